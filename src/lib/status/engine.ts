/**
 * The status engine: a pure function of the records and a date. It answers "what is
 * the status of the Convention as of day D": each state's membership and stage, the
 * count toward entry into force (certain and possible), what remains, and whether and
 * when the Convention enters into force. The pages, the CLI, the widget, the API and
 * the tests all call this one function.
 */
import {
	compareDates,
	earliest,
	fromBounds,
	latest,
	type DateValue,
	type Day
} from '../data/dates';
import { entryIntoForce, type EntryIntoForce, type Instrument } from './entry-into-force';
import { prepared, type StatusInput } from './input';
import { stateStatusAt, type StateStatus } from './state';

export interface Status {
	treaty: string;
	asOf: Day;
	/** The latest date at which the sources state the status. */
	recordedTo: string;
	/** True when the as-of date is later than the data is recorded to. */
	beyondRecord: boolean;
	required: number;
	/** Acts of consent counted toward the number required, as the sources count them. */
	counted: { certain: number; possible: number };
	/** Instruments the depositary is known to hold: recorded deposits. */
	deposited: { certain: number; possible: number };
	/** Instruments still needed for entry into force: 0 once it is in force. */
	remaining: number;
	inForce: boolean;
	/** True when entry into force before the as-of date depends on an imprecise date. */
	inForcePossible: boolean;
	entryIntoForce: EntryIntoForce | null;
	members: { certain: number; possible: number };
	/** Every state the data knows of, by code, in code order. */
	states: Record<string, StateStatus>;
}

/** Every state the data knows of: members (past or present) and any with a file. */
export function stateCodes(data: StatusInput): string[] {
	return prepared(data).codes;
}

/** `value`, with each bound moved no earlier than the same bound of `floor`. */
function notBefore(value: DateValue, floor: DateValue): DateValue {
	if (earliest(value) >= earliest(floor) && latest(value) >= latest(floor)) return value;
	const max = (a: Day, b: Day) => (a > b ? a : b);
	return fromBounds(max(earliest(value), earliest(floor)), max(latest(value), latest(floor)));
}

export function statusAt(data: StatusInput, asOf: Day): Status {
	const rule = data.treaty.entryIntoForce;
	// Indexed once per input (not per day), so the cost grows with the number of states.
	const { codes, actions, members: memberOf } = prepared(data);
	const states = codes.map((state) =>
		stateStatusAt(state, actions.get(state) ?? [], memberOf.get(state), rule.counts, asOf)
	);
	const tally = (of: (s: StateStatus) => string) => ({
		certain: states.filter((s) => of(s) === 'certain').length,
		possible: states.filter((s) => of(s) === 'possible').length
	});
	const counted = tally((s) => s.counts);

	// Entry into force is judged from the instruments received by the as-of date (by their
	// deposit, or their act of consent where no deposit is recorded): one whose date
	// straddles it enters with its full range of dates.
	// Withdrawn instruments stay in: the replay decides whether they left before the
	// count was reached, since a later withdrawal does not undo entry into force. Leaving
	// the organisation is replayed the same way, not judged by membership at the as-of
	// date, which would undo an entry into force that has already happened.
	const instruments: Instrument[] = [];
	for (const s of states) {
		const member = memberOf.get(s.state);
		if (!s.receivedDate || !s.receivedFrom || earliest(s.receivedDate) > asOf) continue;
		if (!member || earliest(member.joined.date) > asOf) continue;
		const left = member.left && earliest(member.left.date) <= asOf ? member.left.date : undefined;
		const ends = [s.dates.withdrawal?.date, left].filter((d): d is DateValue => d !== undefined);
		instruments.push({
			state: s.state,
			// An instrument cannot count before its state has joined.
			date: notBefore(s.receivedDate, member.joined.date),
			receivedFrom: s.receivedFrom,
			withdrawn: ends.sort(compareDates)[0]
		});
	}
	const eif = entryIntoForce(instruments, rule.instrumentsRequired, rule.daysAfter);
	const inForce = eif !== null && eif.latest !== null && eif.latest <= asOf;
	const inForcePossible = !inForce && eif !== null && eif.earliest <= asOf;

	return {
		treaty: data.treaty.id,
		asOf,
		recordedTo: data.treaty.recordedTo.date,
		beyondRecord: asOf > latest(data.treaty.recordedTo.date),
		required: rule.instrumentsRequired,
		counted,
		deposited: tally((s) => s.deposited),
		// A withdrawal after entry into force lowers the count but needs nothing more.
		remaining: inForce ? 0 : Math.max(0, rule.instrumentsRequired - counted.certain),
		inForce,
		inForcePossible,
		entryIntoForce: eif,
		members: {
			certain: states.filter((s) => s.member).length,
			possible: states.filter((s) => s.memberPossible).length
		},
		states: Object.fromEntries(states.map((s) => [s.state, s]))
	};
}

/** The day the default views show: the last day the sources state the status. */
export function recordedDay(data: StatusInput): Day {
	return latest(data.treaty.recordedTo.date);
}

/** The first day anything can have happened: the treaty's signature. */
export function firstDay(data: StatusInput): Day {
	return earliest(data.treaty.signature.date);
}

const recorded = new WeakMap<StatusInput, Status>();

/** The status as recorded: on the last day the sources state it. Computed once per input. */
export function recordedStatus(data: StatusInput): Status {
	let status = recorded.get(data);
	if (!status) {
		status = statusAt(data, recordedDay(data));
		recorded.set(data, status);
	}
	return status;
}
