/**
 * What the status engine reads, and the record indexed once for it. A whole data set is
 * a StatusInput; so is a page's slice of it (src/lib/server/page-data.ts), which keeps the
 * fields that page shows and drops the rest, and on which the engine runs the same way in
 * the browser. The text fields an action carries (by, instrument, note, a citation's
 * locator) pass through as values for the views to render (i18n/format.ts `localized`).
 */
import { compareDates, type DateValue, type PartialDate } from '../data/dates';
import type { Action, LocalizedText, Source, SourceRef, TreatyFile } from '../data/schema';
import { ACTION_STEPS, type Step } from '../data/steps';

/** A bibliography entry, with the fields the views show. */
export type SourceEntry = Pick<Source, 'id' | 'title'> &
	Partial<Pick<Source, 'kind' | 'publisher' | 'date' | 'url' | 'site'>>;

export type ActionInput = Pick<Action, 'type' | 'date' | 'sources'> &
	Partial<Pick<Action, 'by' | 'instrument' | 'note' | 'alternatives'>>;

export interface MemberInput {
	state: string;
	joined: { date: DateValue };
	left?: { date: DateValue };
}

export interface StatusInput {
	treaty: {
		id: string;
		signature: { date: PartialDate };
		recordedTo: { date: PartialDate };
		entryIntoForce: Pick<
			TreatyFile['entryIntoForce'],
			'instrumentsRequired' | 'daysAfter' | 'counts'
		>;
	};
	members: { members: MemberInput[] };
	sources: { sources: SourceEntry[] };
	states: { state: string; actions: ActionInput[] }[];
}

/** A citation with its source resolved to the bibliography's entry (the same object for every citation of it). */
export interface Citation {
	source: SourceEntry;
	locator?: LocalizedText;
}

/** An action as the engine hands it to the views, before the as-of day is applied. */
export interface RecordedAction {
	/** Its place in its state's file, from 0: stable ids for lists and feeds. */
	index: number;
	type: Action['type'];
	/** The step it belongs to (data/steps.ts) and whether it takes that step. */
	step: Step;
	takes: boolean;
	date: DateValue;
	by?: LocalizedText;
	instrument?: LocalizedText;
	note?: LocalizedText;
	sources: Citation[];
	alternatives: { date: DateValue; note?: LocalizedText; sources: Citation[] }[];
}

/** The record indexed once per input: states, members and sources by code and id. */
export interface Prepared {
	/** Every state the data knows of (members, past or present, and any with a file), sorted. */
	codes: string[];
	members: Map<string, MemberInput>;
	/** Each state's actions, in date order (the files need not list them so). */
	actions: Map<string, RecordedAction[]>;
	sources: Map<string, SourceEntry>;
	/** Citations resolved to the bibliography's entries. */
	cite: (refs: SourceRef[]) => Citation[];
}

const cache = new WeakMap<StatusInput, Prepared>();

/** The input indexed; computed once per input object, however many days are asked of it. */
export function prepared(input: StatusInput): Prepared {
	let p = cache.get(input);
	if (!p) {
		p = prepare(input);
		cache.set(input, p);
	}
	return p;
}

function prepare(input: StatusInput): Prepared {
	const sources = new Map(input.sources.sources.map((s) => [s.id, s]));
	const unknown = new Map<string, SourceEntry>();
	// A citation of an id the bibliography lacks (a page's slice, or a hypothetical act)
	// shows the id as its title.
	const entry = (id: string) =>
		sources.get(id) ?? unknown.get(id) ?? unknown.set(id, { id, title: id }).get(id)!;
	const cite = (refs: SourceRef[]): Citation[] =>
		refs.map((r) => ({ source: entry(r.id), ...(r.locator ? { locator: r.locator } : {}) }));
	const actions = new Map(
		input.states.map((file) => [
			file.state,
			file.actions
				.map((a, index): RecordedAction => {
					const { step, takes } = ACTION_STEPS[a.type];
					return {
						index,
						type: a.type,
						step,
						takes,
						date: a.date,
						...(a.by ? { by: a.by } : {}),
						...(a.instrument ? { instrument: a.instrument } : {}),
						...(a.note ? { note: a.note } : {}),
						sources: cite(a.sources),
						alternatives: (a.alternatives ?? []).map((alt) => ({
							date: alt.date,
							...(alt.note ? { note: alt.note } : {}),
							sources: cite(alt.sources)
						}))
					};
				})
				.sort((x, y) => compareDates(x.date, y.date) || x.index - y.index)
		])
	);
	const members = new Map(input.members.members.map((m) => [m.state, m]));
	const codes = [...new Set([...members.keys(), ...actions.keys()])].sort();
	return { codes, members, actions, sources, cite };
}

/**
 * Only what the engine reads: actions' types and dates, membership dates and the rule.
 * The widget, which shows only the status, gets this instead of the record.
 */
export function engineInput(input: StatusInput): StatusInput {
	return {
		treaty: {
			id: input.treaty.id,
			signature: { date: input.treaty.signature.date },
			recordedTo: { date: input.treaty.recordedTo.date },
			entryIntoForce: {
				instrumentsRequired: input.treaty.entryIntoForce.instrumentsRequired,
				daysAfter: input.treaty.entryIntoForce.daysAfter,
				counts: input.treaty.entryIntoForce.counts
			}
		},
		members: {
			members: input.members.members.map((m) => ({
				state: m.state,
				joined: { date: m.joined.date },
				...(m.left ? { left: { date: m.left.date } } : {})
			}))
		},
		sources: { sources: [] },
		states: input.states.map((s) => ({
			state: s.state,
			actions: s.actions.map((a) => ({ type: a.type, date: a.date, sources: [] }))
		}))
	};
}
