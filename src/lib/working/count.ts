/**
 * How the count and the date of entry into force are reached on a day, from the engine's
 * status: every instrument counted (and the date it counts from, and the day the
 * depositary is taken to have received it: a recorded deposit, or the act of consent,
 * which is then an assumption), every state not counted and why, and the arithmetic of
 * Article 9(2) with the earliest and the latest day when dates are imprecise. It decides
 * nothing the engine has not: it sorts the engine's answers and says on what they rest.
 */
import { compareDates, relationTo, type DateValue, type Day } from '../data/dates';
import type { Status } from '../status/engine';
import type { Receipt } from '../status/entry-into-force';
import type { ActionStatus, ReceivedFrom, Stage, StateStatus } from '../status/state';

/** Why an instrument counts only possibly on the day. */
export type Doubt = 'date' | 'membership' | 'withdrawal';

export interface CountedInstrument {
	state: string;
	counts: 'certain' | 'possible';
	/** Why it counts only possibly: empty when it certainly counts. */
	doubts: Doubt[];
	/** The act of consent it counts from, with its sources. */
	consent: ActionStatus;
	/** What entry into force takes as the depositary's receipt, and that day. */
	receivedFrom: ReceivedFrom;
	receivedDate: DateValue;
	/** The recorded deposit, if any, even one dated after the day. */
	deposit: ActionStatus | null;
	/** A withdrawal dated on or around the day (a doubt), if any. */
	withdrawal: ActionStatus | null;
}

/** Why a state's instrument does not count on the day, from the furthest step back. */
export type NotCountedReason =
	/** Not a member of the organisation on the day. */
	| 'not-member'
	/** Its act of consent is dated after the day. */
	| 'not-yet'
	/** It withdrew. */
	| 'withdrawn'
	/** Approved domestically, with no act of consent by the day. */
	| 'domestic-approval-only'
	/** Signed, and nothing further by the day. */
	| 'signature-only'
	/** No step taken by the day. */
	| 'no-action';

export interface NotCounted {
	state: string;
	reason: NotCountedReason;
	/** Its stage on the day, and a higher one possibly reached (the engine's). */
	stage: Stage;
	possibleStage: Stage | null;
	/**
	 * The act the reason rests on: the act of consent not yet reached, the withdrawal, the
	 * (last) domestic approval, the signature; for no step, the last act recorded by the
	 * day if any (an authorisation to sign). Null when there is none.
	 */
	act: ActionStatus | null;
	/** When it joined the organisation: for a state not a member on the day. */
	joined: DateValue | null;
}

/** One replay of Article 9(2): the receipt that reaches the number, and the day after. */
export interface Reckoning extends Receipt {
	/** `day` plus the days the rule counts: the day of entry into force in this replay. */
	enters: Day;
}

export interface Arithmetic {
	/** The date of entry into force at the precision the bounds allow (ISO text). */
	date: string;
	precision: 'day' | 'month' | 'year' | 'range';
	/** Every instrument as early as its date allows. */
	earliest: Reckoning;
	/** Every instrument as late as its date allows; null if the count may never be reached. */
	latest: Reckoning | null;
	/** True when both replays give the same day. */
	exact: boolean;
}

export interface Working {
	asOf: Day;
	recordedTo: string;
	beyondRecord: boolean;
	required: number;
	daysAfter: number;
	counted: Status['counted'];
	remaining: number;
	inForce: boolean;
	inForcePossible: boolean;
	/** Every instrument that counts on the day, certainly or possibly, by its date. */
	instruments: CountedInstrument[];
	/** Every other state the record knows of, and why it does not count. */
	notCounted: NotCounted[];
	/** The arithmetic of entry into force, once the instruments received reach the number. */
	entryIntoForce: Arithmetic | null;
	/**
	 * With the count reached but no date of entry into force yet: the instruments counted
	 * whose receipt is dated after the day, for which entry into force waits. Else empty.
	 */
	awaitingReceipt: CountedInstrument[];
}

/** The order the reasons are listed in: from the nearest to counting to the furthest. */
export const REASONS: readonly NotCountedReason[] = [
	'not-yet',
	'domestic-approval-only',
	'signature-only',
	'no-action',
	'withdrawn',
	'not-member'
];

const known = (s: StateStatus) => s.actions.filter((a) => a.relation !== 'after');

/** The act of consent the engine counts the state from: the first of the rule's types. */
function consentOf(s: StateStatus, counts: readonly string[]): ActionStatus | undefined {
	return s.actions.find((a) => a.step === 'consent' && counts.includes(a.type));
}

function instrumentOf(s: StateStatus, consent: ActionStatus): CountedInstrument {
	const doubts: Doubt[] = [];
	const withdrawal = known(s).find((a) => a.step === 'withdrawal') ?? null;
	if (s.counts === 'possible') {
		if (consent.relation === 'straddles') doubts.push('date');
		if (s.memberPossible) doubts.push('membership');
		if (withdrawal?.relation === 'straddles') doubts.push('withdrawal');
	}
	return {
		state: s.state,
		counts: s.counts as 'certain' | 'possible',
		doubts,
		consent,
		receivedFrom: s.receivedFrom!,
		receivedDate: s.receivedDate!,
		deposit: s.actions.find((a) => a.step === 'deposit') ?? null,
		withdrawal
	};
}

function notCountedOf(s: StateStatus, consent: ActionStatus | undefined): NotCounted {
	const acts = known(s);
	const last = (step: string) => acts.filter((a) => a.step === step && a.takes).at(-1) ?? null;
	const of = (reason: NotCountedReason, act: ActionStatus | null): NotCounted => ({
		state: s.state,
		reason,
		stage: s.stage,
		possibleStage: s.possibleStage,
		act,
		joined: reason === 'not-member' ? s.joined : null
	});
	if (!s.member && !s.memberPossible) return of('not-member', null);
	const withdrawal = last('withdrawal');
	if (withdrawal?.relation === 'on-or-before') return of('withdrawn', withdrawal);
	if (consent && consent.relation === 'after') return of('not-yet', consent);
	const approval = last('domestic-approval');
	if (approval) return of('domestic-approval-only', approval);
	const signature = last('signature');
	if (signature) return of('signature-only', signature);
	return of('no-action', acts.at(-1) ?? null);
}

/** What the working reads of the rule (treaty.json entryIntoForce). */
export interface WorkingRule {
	daysAfter: number;
	counts: readonly string[];
}

/** The working of `status`, the engine's status on a day, under `rule`. */
export function working(status: Status, rule: WorkingRule): Working {
	const instruments: CountedInstrument[] = [];
	const notCounted: NotCounted[] = [];
	for (const s of Object.values(status.states)) {
		const consent = consentOf(s, rule.counts);
		if (s.counts !== 'no' && consent) instruments.push(instrumentOf(s, consent));
		else notCounted.push(notCountedOf(s, consent));
	}
	instruments.sort(
		(a, b) => compareDates(a.consent.date, b.consent.date) || a.state.localeCompare(b.state)
	);
	notCounted.sort(
		(a, b) =>
			REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) || a.state.localeCompare(b.state)
	);

	const eif = status.entryIntoForce;
	const arithmetic: Arithmetic | null = eif
		? {
				date: eif.date,
				precision: eif.precision,
				// The engine adds the days; the working reports its sums, it does not redo them.
				earliest: { ...eif.reached.earliest, enters: eif.earliest },
				latest:
					eif.reached.latest && eif.latest ? { ...eif.reached.latest, enters: eif.latest } : null,
				exact: eif.latest === eif.earliest
			}
		: null;

	return {
		asOf: status.asOf,
		recordedTo: status.recordedTo,
		beyondRecord: status.beyondRecord,
		required: status.required,
		daysAfter: rule.daysAfter,
		counted: status.counted,
		remaining: status.remaining,
		inForce: status.inForce,
		inForcePossible: status.inForcePossible,
		instruments,
		notCounted,
		entryIntoForce: arithmetic,
		awaitingReceipt:
			eif || status.remaining > 0
				? []
				: instruments.filter((i) => relationTo(i.receivedDate, status.asOf) === 'after')
	};
}
