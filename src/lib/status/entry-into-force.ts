/**
 * When does the treaty enter into force? Article 9(2): on the 30th day after the
 * depositary receives the 14th instrument, so each instrument enters with the day it was
 * received (or is assumed to have been: see ReceivedFrom in state.ts). With imprecise dates the answer is a pair of
 * bounds, found by replaying the events twice: once with every instrument as early as
 * it can be (and every withdrawal as late), once the other way round. A withdrawal
 * after the 14th instrument does not undo entry into force, so each replay stops at
 * the first moment the count is reached.
 */
import {
	addDaysToDay,
	earliest,
	fromBounds,
	latest,
	precisionOfValue,
	toIso,
	type DateValue,
	type Day
} from '../data/dates';
import type { ReceivedFrom } from './state';

export interface Instrument {
	state: string;
	/** The day the depositary received it, or is assumed to have (see `receivedFrom`). */
	date: DateValue;
	receivedFrom: ReceivedFrom;
	withdrawn?: DateValue;
}

export interface EntryIntoForce {
	/** ISO text at the precision known: "2025-07-10", "2025-07", "2025" or "first/last". */
	date: string;
	precision: 'day' | 'month' | 'year' | 'range';
	/** The earliest day it can be. */
	earliest: Day;
	/** The latest day it can be, or null if the instruments may never reach the count. */
	latest: Day | null;
	/**
	 * The instruments that make the count in the latest replay, each with the ground of
	 * its date: a recorded deposit, or the act of consent where no receipt is dated.
	 */
	instruments: { state: string; receivedFrom: ReceivedFrom }[];
	/**
	 * The receipt that reaches the number required in each replay: with every instrument
	 * as early as its date allows (`earliest`: its day plus `daysAfter` is `earliest` above)
	 * and as late (`latest`, null when the count may never be reached). The working shows
	 * this arithmetic.
	 */
	reached: { earliest: Receipt; latest: Receipt | null };
}

/** The day an instrument is taken as received, and whose it is. */
export interface Receipt {
	state: string;
	day: Day;
	receivedFrom: ReceivedFrom;
}

type Event = { day: Day; delta: 1 | -1; state: string };

/**
 * The day the running count first reaches `required`, the state whose instrument reached
 * it, and the states counted by then.
 */
function replay(
	events: Event[],
	required: number
): { day: Day; by: string; states: string[] } | null {
	// On one day, instruments are counted before withdrawals.
	const sorted = [...events].sort(
		(a, b) => a.day.localeCompare(b.day) || b.delta - a.delta || a.state.localeCompare(b.state)
	);
	const active = new Set<string>();
	for (const e of sorted) {
		if (e.delta === 1) active.add(e.state);
		else active.delete(e.state);
		if (active.size >= required) return { day: e.day, by: e.state, states: [...active] };
	}
	return null;
}

export function entryIntoForce(
	instruments: Instrument[],
	required: number,
	daysAfter: number
): EntryIntoForce | null {
	const early: Event[] = [];
	const late: Event[] = [];
	for (const i of instruments) {
		early.push({ day: earliest(i.date), delta: 1, state: i.state });
		late.push({ day: latest(i.date), delta: 1, state: i.state });
		if (i.withdrawn) {
			// A withdrawal can only follow its instrument: never earlier than it.
			const ew = latest(i.withdrawn);
			const lw = earliest(i.withdrawn);
			early.push({ day: ew < earliest(i.date) ? earliest(i.date) : ew, delta: -1, state: i.state });
			late.push({ day: lw < latest(i.date) ? latest(i.date) : lw, delta: -1, state: i.state });
		}
	}
	const first = replay(early, required);
	if (!first) return null;
	const last = replay(late, required);
	const from = addDaysToDay(first.day, daysAfter);
	const to = last ? addDaysToDay(last.day, daysAfter) : null;
	const value: DateValue = to ? fromBounds(from, to) : { from, to: from };
	const ground = new Map(instruments.map((i) => [i.state, i.receivedFrom]));
	const receipt = (r: { day: Day; by: string }): Receipt => ({
		state: r.by,
		day: r.day,
		receivedFrom: ground.get(r.by)!
	});
	return {
		date: to ? toIso(value) : `${from}/..`,
		precision: to ? precisionOfValue(value) : 'range',
		earliest: from,
		latest: to,
		instruments: (last ?? first).states.map((state) => ({
			state,
			receivedFrom: ground.get(state)!
		})),
		reached: { earliest: receipt(first), latest: last ? receipt(last) : null }
	};
}
