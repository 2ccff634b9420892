/**
 * The open-data forms of the record (/api/v1/): every action with its sources
 * resolved, and one state's record with its computed status. Shapes documented in
 * docs/API.md; a change of shape means a new version path (/api/v2/).
 */
import { compareDates, earliest, latest, precisionOfValue, toIso } from '../data/dates';
import type { Action, Dataset, SourceRef } from '../data/schema';
import type { Status } from '../status/engine';
import { prepared } from '../status/input';

export const API_VERSION = 1;

function resolveSources(data: Dataset, refs: SourceRef[]) {
	const { sources } = prepared(data);
	return refs.map((r) => {
		const s = sources.get(r.id);
		return {
			id: r.id,
			locator: r.locator ?? null,
			title: s?.title ?? null,
			publisher: s?.publisher ?? null,
			url: s?.url ?? null
		};
	});
}

function dateFields(date: Action['date']) {
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
			by: action.by ?? null,
			instrument: action.instrument ?? null,
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
