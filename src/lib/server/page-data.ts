/**
 * What each page's load returns: only what that page renders. The site frame gets the
 * header's and footer's few fields; the home page the slice of the record the count, map,
 * timeline and table show (the engine runs on it again in the browser when the as-of date
 * moves); a state page that state's status as recorded, with its record and the sources
 * it cites; the widget only what the engine reads. No page's data holds the whole record.
 * Pure functions of the data set, so the tests check them directly.
 */
import type { DateValue } from '../data/dates';
import type { Fingerprint } from '../data/fingerprint';
import type {
	Action,
	Dataset,
	LocalizedText,
	SourceRef,
	StateFile,
	TreatyFile
} from '../data/schema';
import { forLang, titleIsTranslation } from '../i18n/format';
import { LANGS, type Lang } from '../i18n/langs';
import { recordedStatus } from '../status/engine';
import { engineInput, prepared, type Citation, type StatusInput } from '../status/input';
import {
	inForceForState,
	nextStep,
	pipeline,
	type InForceForState,
	type NextStep,
	type PipelineStep
} from '../status/pipeline';
import { dataRevision } from '../status/report';
import type { StateStatus } from '../status/state';
import {
	historyLines,
	sinceLastRevision,
	type HistoryLine,
	type Interval
} from '../working/changes';

/** The header and footer of every page of the site. */
export interface SiteFrame {
	shortTitle: TreatyFile['shortTitle'];
	recordedTo: string;
	/** The sources that state the record reaches that day, in the page's language. */
	recordedToSources: Citation[];
	revision: { number: number; date: string };
	/** The short fingerprint of the data set (data/fingerprint.ts), which citations name. */
	fingerprint: string;
	/** The languages whose titles are this project's translation (the footer says so). */
	unofficialTitles: Lang[];
}

/** `fingerprint` is that of the files `data` was read from (server/dataset.ts). */
export function siteFrame(data: Dataset, fingerprint: Fingerprint, lang: Lang): SiteFrame {
	return {
		shortTitle: data.treaty.shortTitle,
		recordedTo: data.treaty.recordedTo.date,
		recordedToSources: recordedToSources(data, lang),
		revision: dataRevision(data),
		fingerprint: fingerprint.short,
		unofficialTitles: LANGS.filter((lang) => titleIsTranslation(data.treaty, lang))
	};
}

/** The sources of treaty.json's recordedTo, as a page in `lang` cites them. */
function recordedToSources(data: Dataset, lang: Lang): Citation[] {
	return prepared(recordIn(data, lang)).cite(refsFor(data.treaty.recordedTo.sources ?? [], lang));
}

/** The treaty as a page's heading and introduction name it. */
export type TreatyHeading = Pick<TreatyFile, 'title' | 'titleUnofficial'> & {
	signature: Pick<TreatyFile['signature'], 'place' | 'placeNames' | 'date'>;
};

function treatyHeading(data: Dataset): TreatyHeading {
	const { title, titleUnofficial, signature } = data.treaty;
	return {
		title,
		...(titleUnofficial ? { titleUnofficial } : {}),
		signature: {
			place: signature.place,
			...(signature.placeNames ? { placeNames: signature.placeNames } : {}),
			date: signature.date
		}
	};
}

/** Citations with each locator in the page's language only. */
function refsFor(refs: SourceRef[], lang: Lang): SourceRef[] {
	return refs.map((r) => (r.locator ? { ...r, locator: forLang(r.locator, lang) } : r));
}

/** An action as a page in `lang` shows it: its texts in that language (or their original). */
function actionFor(a: Action, lang: Lang): Action {
	return {
		type: a.type,
		date: a.date,
		...(a.by ? { by: forLang(a.by, lang) } : {}),
		...(a.instrument ? { instrument: forLang(a.instrument, lang) } : {}),
		...(a.note ? { note: forLang(a.note, lang) } : {}),
		sources: refsFor(a.sources, lang),
		...(a.alternatives
			? {
					alternatives: a.alternatives.map((alt) => ({
						date: alt.date,
						...(alt.note ? { note: forLang(alt.note, lang) } : {}),
						sources: refsFor(alt.sources, lang)
					}))
				}
			: {})
	};
}

const records = new WeakMap<Dataset, Map<Lang, StatusInput>>();

/**
 * The record as the pages in `lang` read it: what the engine reads, each action's texts
 * in that language (with their original), and the bibliography's entries without their
 * notes, each title as published and in that language. Made once per
 * language, so its status as recorded is computed once for all the state pages.
 */
function recordIn(data: Dataset, lang: Lang): StatusInput {
	let byLang = records.get(data);
	if (!byLang) records.set(data, (byLang = new Map()));
	let record = byLang.get(lang);
	if (!record) {
		record = {
			...engineInput(data),
			sources: {
				sources: data.sources.sources.map(({ id, title, kind, publisher, date, url, site }) => ({
					id,
					// As published, with the page's translation.
					title: forLang(title, lang),
					kind,
					publisher: forLang(publisher, lang),
					...(date ? { date } : {}),
					...(url ? { url } : {}),
					...(site ? { site } : {})
				}))
			},
			states: data.states.map((file) => ({
				state: file.state,
				actions: file.actions.map((a) => actionFor(a, lang))
			}))
		};
		byLang.set(lang, record);
	}
	return record;
}

/**
 * The record as the home page shows it at any date: what the engine reads, plus what the
 * timeline's list and the table print of each action (organ, act, note, the sources cited
 * with their title and address), in the page's language, and nothing else: no histories,
 * no state or membership notes, no publishers.
 */
export function homeInput(data: Dataset, lang: Lang): StatusInput {
	const record = recordIn(data, lang);
	const cited = new Set(
		record.states
			.flatMap((s) =>
				s.actions.flatMap((a) => [a, ...(a.alternatives ?? [])].flatMap((x) => x.sources))
			)
			.map((r) => r.id)
	);
	return {
		...record,
		sources: {
			sources: record.sources.sources
				.filter((s) => cited.has(s.id))
				.map((s) => ({ id: s.id, title: s.title, ...(s.url ? { url: s.url } : {}) }))
		}
	};
}

export interface HomeData {
	input: StatusInput;
	treaty: TreatyHeading;
}

export function homeData(data: Dataset, lang: Lang): HomeData {
	return { input: homeInput(data, lang), treaty: treatyHeading(data) };
}

/** A date with its sources resolved (a member's joining, another date a source gives). */
export interface CitedDate {
	date: DateValue;
	inferred?: boolean;
	note?: LocalizedText;
	sources: Citation[];
}

/** What a state page shows: the state as recorded, its record and the sources it cites. */
export interface StateView {
	state: string;
	/** The day the record goes to: the page shows the status then. */
	asOf: string;
	required: number;
	/** The state's status as recorded, its actions placed and their sources resolved. */
	status: StateStatus;
	steps: PipelineStep[];
	inForce: InForceForState;
	next: NextStep;
	note?: LocalizedText;
	membership: { joined: CitedDate; alternatives: CitedDate[] } | null;
	history: StateFile['history'];
	revision: number;
}

export interface StateData {
	view: StateView;
	/** The engine's input for "what its instrument would do", for a state not counted. */
	whatIf: StatusInput | null;
}

/** A state's page (its ISO alpha-2 code, which must have a file) in a language. */
export function stateData(data: Dataset, state: string, lang: Lang): StateData {
	const record = recordIn(data, lang);
	const status = recordedStatus(record);
	const s = status.states[state];
	const file = data.states.find((f) => f.state === state)!;
	const member = data.members.members.find((m) => m.state === state);
	const { cite } = prepared(record);
	const cited = (d: {
		date: DateValue;
		inferred?: boolean;
		note?: LocalizedText;
		/** None for a date inferred from no single page. */
		sources?: Parameters<typeof cite>[0];
	}): CitedDate => ({
		date: d.date,
		...(d.inferred ? { inferred: true } : {}),
		...(d.note ? { note: forLang(d.note, lang) } : {}),
		sources: cite(refsFor(d.sources ?? [], lang))
	});
	return {
		view: {
			state,
			asOf: status.asOf,
			required: status.required,
			status: s,
			steps: pipeline(status, state),
			inForce: inForceForState(status, state),
			next: nextStep(status, state),
			...(file.note ? { note: forLang(file.note, lang) } : {}),
			membership: member
				? { joined: cited(member.joined), alternatives: (member.alternatives ?? []).map(cited) }
				: null,
			history: file.history.map((h) => ({ ...h, summary: forLang(h.summary, lang) })),
			revision: file.revision
		},
		whatIf: s.counts === 'no' ? engineInput(data) : null
	};
}

/** The widget shows only the status: it gets what the engine reads. */
export function embedData(
	data: Dataset,
	lang: Lang
): { input: StatusInput; recordedToSources: Citation[] } {
	// The one text it carries: who states the status the record reaches (a link out).
	return { input: engineInput(data), recordedToSources: recordedToSources(data, lang) };
}

/**
 * The record as the working pages show it at any date: what the engine reads, each
 * action's texts in the page's language, and the whole bibliography entry of every
 * source an action cites (a citation in a memorandum needs its publisher and date).
 */
function citedInput(data: Dataset, lang: Lang): StatusInput {
	const record = recordIn(data, lang);
	const cited = new Set(
		record.states.flatMap((s) =>
			s.actions.flatMap((a) =>
				[a, ...(a.alternatives ?? [])].flatMap((x) => x.sources.map((r) => r.id))
			)
		)
	);
	return {
		...record,
		sources: { sources: record.sources.sources.filter((s) => cited.has(s.id)) }
	};
}

/** Article 9(2) as the working page quotes it, with what the working reads of the rule. */
export interface RuleQuote {
	article: string;
	/** The article's text per language (today the Russian only), or null. */
	text: Partial<Record<Lang, string>> | null;
	sources: Citation[];
	daysAfter: number;
	counts: string[];
}

export interface WorkingData {
	input: StatusInput;
	rule: RuleQuote;
}

/** The working page ("how this is counted"): the engine runs on `input` for any day. */
export function workingData(data: Dataset, lang: Lang): WorkingData {
	const { entryIntoForce } = data.treaty;
	return {
		input: citedInput(data, lang),
		rule: {
			article: entryIntoForce.article,
			text: entryIntoForce.text ?? null,
			sources: prepared(recordIn(data, lang)).cite(refsFor(entryIntoForce.sources, lang)),
			daysAfter: entryIntoForce.daysAfter,
			counts: [...entryIntoForce.counts]
		}
	};
}

export interface ChangesData {
	input: StatusInput;
	/** Every history line of every file, each summary in the page's language. */
	history: HistoryLine[];
	/** What the page shows by default (and without JavaScript). */
	since: Interval;
}

/** The "what changed" page: the record for any two days, and the record's corrections. */
export function changesData(data: Dataset, lang: Lang): ChangesData {
	const history = historyLines(data).map((h) => ({ ...h, summary: forLang(h.summary, lang) }));
	return { input: citedInput(data, lang), history, since: sinceLastRevision(history) };
}
