/**
 * The open-data forms of the record (/api/v1/): every action with its sources
 * resolved, and one state's record with its computed status. Shapes documented in
 * docs/API.md; a change of shape means a new version path (/api/v2/).
 */
import { compareDates, earliest, latest, precisionOfValue, toIso } from '../data/dates';
import type { Action, Dataset, LocalizedText, SourceRef } from '../data/schema';
import { plainText } from '../i18n/format';
import type { Status } from '../status/engine';
import { prepared } from '../status/input';

export const API_VERSION = 1;

/**
 * A text the data may give per language, in API v1's two forms: the English text (or
 * the original where there is no English), as v1 has always published it, and
 * `texts`, every language there is, the first key being the original.
 */
function apiText(value: LocalizedText | undefined): { text: string | null; texts: object | null } {
	if (value === undefined) return { text: null, texts: null };
	return { text: plainText(value, 'en'), texts: typeof value === 'string' ? { en: value } : value };
}

export function resolveSources(data: Dataset, refs: SourceRef[]) {
	const { sources } = prepared(data);
	return refs.map((r) => {
		const s = sources.get(r.id);
		const locator = apiText(r.locator);
		const title = apiText(s?.title);
		const publisher = apiText(s?.publisher);
		return {
			id: r.id,
			locator: locator.text,
			locatorTexts: locator.texts,
			title: title.text,
			titleTexts: title.texts,
			publisher: publisher.text,
			publisherTexts: publisher.texts,
			url: s?.url ?? null
		};
	});
}

export function dateFields(date: Action['date']) {
	return {
		date: toIso(date),
		precision: precisionOfValue(date),
		earliest: earliest(date),
		latest: latest(date)
	};
}

export function eventsJson(data: Dataset) {
	const events = data.states
		.flatMap((file) => file.actions.map((a) => ({ state: file.state, action: a })))
		.sort((x, y) => compareDates(x.action.date, y.action.date) || x.state.localeCompare(y.state))
		.map(({ state, action }) => ({
			state,
			type: action.type,
			...dateFields(action.date),
			by: apiText(action.by).text,
			byTexts: apiText(action.by).texts,
			instrument: apiText(action.instrument).text,
			instrumentTexts: apiText(action.instrument).texts,
			note: action.note ?? null,
			sources: resolveSources(data, action.sources),
			alternatives: (action.alternatives ?? []).map((alt) => ({
				...dateFields(alt.date),
				note: alt.note ?? null,
				sources: resolveSources(data, alt.sources)
			}))
		}));
	return { apiVersion: API_VERSION, recordedTo: data.treaty.recordedTo.date, events };
}

export function stateJson(data: Dataset, status: Status, state: string) {
	const file = data.states.find((s) => s.state === state)!;
	const member = data.members.members.find((m) => m.state === state) ?? null;
	const s = status.states[state];
	return {
		apiVersion: API_VERSION,
		state,
		asOf: status.asOf,
		recordedTo: status.recordedTo,
		status: {
			member: s.member,
			stage: s.stage,
			possibleStage: s.possibleStage,
			counts: s.counts,
			countedFrom: s.countedFrom,
			countedDate: s.countedDate === null ? null : toIso(s.countedDate),
			deposited: s.deposited,
			receivedFrom: s.receivedFrom,
			receivedDate: s.receivedDate === null ? null : toIso(s.receivedDate)
		},
		membership: member,
		record: file
	};
}
