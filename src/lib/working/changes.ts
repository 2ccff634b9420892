/**
 * What changed between two days, kept in two kinds that must never be confused: the
 * acts dated in the interval (the law changed: a state signed, ratified, deposited) with
 * the count and each state's stage at both ends, and the corrections made to the record
 * itself in the interval (our record changed: the files' history lines). Both ends are
 * read from the record as it now stands.
 *
 * The interval is the days after `from` up to and including `to`: the status on `from`
 * already holds that day's acts. A date known only roughly is **certainly** in it when
 * every day it can be is, **possibly** when only some are (docs/DATA.md §2).
 */
import {
	addDaysToDay,
	compareDates,
	earliest,
	latest,
	type DateValue,
	type Day,
	type PartialDate
} from '../data/dates';
import type { LocalizedText } from '../data/schema';
import { statusAt } from '../status/engine';
import { prepared, type RecordedAction, type StatusInput } from '../status/input';
import type { Certainty, Stage } from '../status/state';

export interface Interval {
	from: Day;
	to: Day;
}

export type Within = 'certain' | 'possible';

/** Whether a date falls in (from, to]: certainly, possibly (it straddles an end), or not. */
export function within(value: DateValue, { from, to }: Interval): Within | null {
	const first = earliest(value);
	const last = latest(value);
	if (last <= from || first > to) return null;
	return first > from && last <= to ? 'certain' : 'possible';
}

/** A line of a data file's history: a correction of the record, not an act. */
export interface HistoryLine {
	/** The file's path in data/: "treaty.json", "states/KZ.json". */
	file: string;
	/** The state, for a state's file. */
	state?: string;
	revision: number;
	date: PartialDate;
	summary: LocalizedText;
}

export interface DatedAct {
	state: string;
	action: RecordedAction;
	within: Within;
}

export interface Correction extends HistoryLine {
	within: Within;
}

/** A state at one end of the interval. */
export interface StateEnd {
	member: boolean;
	stage: Stage;
	possibleStage: Stage | null;
	counts: Certainty;
}

export interface StateChange {
	state: string;
	from: StateEnd;
	to: StateEnd;
	/** True when anything of the above differs between the two ends. */
	changed: boolean;
}

/** The count at one end. */
export interface CountEnd {
	counted: { certain: number; possible: number };
	deposited: { certain: number; possible: number };
	inForce: boolean;
	inForcePossible: boolean;
	/** The date of entry into force known on that day (ISO text), or null. */
	entryIntoForce: string | null;
}

export interface Changes extends Interval {
	required: number;
	recordedTo: string;
	/** `to` is later than the record goes: acts since may be missing. */
	beyondRecord: boolean;
	/** Acts dated in the interval, certainly or possibly, by date. */
	acts: DatedAct[];
	count: { from: CountEnd; to: CountEnd };
	/** Every state the record knows of, at both ends. */
	states: StateChange[];
	/** Corrections to the record dated in the interval, by date. */
	corrections: Correction[];
}

function stateEnd(s: {
	member: boolean;
	stage: Stage;
	possibleStage: Stage | null;
	counts: Certainty;
}): StateEnd {
	return { member: s.member, stage: s.stage, possibleStage: s.possibleStage, counts: s.counts };
}

function countEnd(status: ReturnType<typeof statusAt>): CountEnd {
	return {
		counted: status.counted,
		deposited: status.deposited,
		inForce: status.inForce,
		inForcePossible: status.inForcePossible,
		entryIntoForce: status.entryIntoForce?.date ?? null
	};
}

const sameEnd = (a: StateEnd, b: StateEnd) =>
	a.member === b.member &&
	a.stage === b.stage &&
	a.possibleStage === b.possibleStage &&
	a.counts === b.counts;

export function changesBetween(
	input: StatusInput,
	history: HistoryLine[],
	interval: Interval
): Changes {
	const before = statusAt(input, interval.from);
	const after = statusAt(input, interval.to);
	const acts: DatedAct[] = [];
	for (const [state, actions] of prepared(input).actions) {
		for (const action of actions) {
			const w = within(action.date, interval);
			if (w) acts.push({ state, action, within: w });
		}
	}
	acts.sort((a, b) => compareDates(a.action.date, b.action.date) || a.state.localeCompare(b.state));
	const corrections = history
		.map((line) => ({ ...line, within: within(line.date, interval) }))
		.filter((c): c is Correction => c.within !== null)
		.sort((a, b) => compareDates(a.date, b.date) || a.file.localeCompare(b.file));
	return {
		...interval,
		required: after.required,
		recordedTo: after.recordedTo,
		beyondRecord: after.beyondRecord,
		acts,
		count: { from: countEnd(before), to: countEnd(after) },
		states: Object.keys(after.states).map((state) => {
			const from = stateEnd(before.states[state]);
			const to = stateEnd(after.states[state]);
			return { state, from, to, changed: !sameEnd(from, to) };
		}),
		corrections
	};
}

/**
 * The interval since the previous data revision: from the last day the record was
 * corrected before its latest correction, to that latest day. With corrections on one
 * day only, the day before it to that day.
 */
export function sinceLastRevision(history: HistoryLine[]): Interval {
	const days = [...new Set(history.map((h) => latest(h.date)))].sort();
	const to = days.at(-1)!;
	return { from: days.at(-2) ?? addDaysToDay(to, -1), to };
}

/** Every history line of every file of a data set (treaty, members, sources, states). */
export function historyLines(data: {
	treaty: { history: Omit<HistoryLine, 'file' | 'state'>[] };
	members: { history: Omit<HistoryLine, 'file' | 'state'>[] };
	sources: { history: Omit<HistoryLine, 'file' | 'state'>[] };
	states: { state: string; history: Omit<HistoryLine, 'file' | 'state'>[] }[];
}): HistoryLine[] {
	const lines = (file: string, history: Omit<HistoryLine, 'file' | 'state'>[], state?: string) =>
		history.map((h) => ({
			file,
			...(state ? { state } : {}),
			revision: h.revision,
			date: h.date,
			summary: h.summary
		}));
	return [
		...lines('treaty.json', data.treaty.history),
		...lines('members.json', data.members.history),
		...lines('sources.json', data.sources.history),
		...data.states.flatMap((s) => lines(`states/${s.state}.json`, s.history, s.state))
	];
}
