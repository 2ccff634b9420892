/**
 * One state at one date: is it a member, which stage has it reached, and does its
 * instrument count toward entry into force. Under uncertain dates every answer is
 * three-valued: certainly, possibly (the date straddles the as-of day), or not.
 */
import { compareDates, earliest, relationTo, type DateValue, type Day } from '../data/dates';
import type { Action, Member, StateFile } from '../data/schema';

export type Certainty = 'certain' | 'possible' | 'no';

export const STAGES = [
	'none',
	'signed',
	'approved-domestically',
	'consent-given',
	'deposited'
] as const;
export type Stage = (typeof STAGES)[number] | 'withdrawn';

/**
 * What a state's instrument is counted from toward the number required: its act of
 * consent, as the sources (the Secretariat's digest) count. The API's enum also named
 * 'deposit' while a recorded deposit was counted instead; no state is counted so now.
 */
export type CountedFrom = 'consent';

/**
 * Where entry into force takes a state's instrument as received by the depositary (the
 * date Article 9(2) runs from): its recorded deposit, or, where the sources date none,
 * its act of consent, which is then an assumption and said so wherever it is used.
 */
export type ReceivedFrom = 'deposit' | 'consent-assumed';

export interface StageDates {
	signature?: DateValue;
	domesticApproval?: DateValue;
	consent?: { type: Action['type']; date: DateValue };
	deposit?: DateValue;
	withdrawal?: DateValue;
}

export interface StateStatus {
	state: string;
	member: boolean;
	/** True when membership at the as-of date depends on an imprecise joining date. */
	memberPossible: boolean;
	joined: DateValue | null;
	/** The highest stage certainly reached by the as-of date. */
	stage: Stage;
	/** A higher stage possibly reached (its date straddles the as-of date), if any. */
	possibleStage: Stage | null;
	/** The dates of the stages reached (certainly or possibly) by the as-of date. */
	dates: StageDates;
	/** Does its act of consent count toward the number required (as the sources count). */
	counts: Certainty;
	countedFrom: CountedFrom | null;
	countedDate: DateValue | null;
	/** Is its instrument known to be deposited: the depositary holds it. */
	deposited: Certainty;
	/** The date entry into force takes its instrument as received, and on what ground. */
	receivedFrom: ReceivedFrom | null;
	receivedDate: DateValue | null;
}

function certaintyOf(date: DateValue, asOf: Day): Certainty {
	const r = relationTo(date, asOf);
	return r === 'on-or-before' ? 'certain' : r === 'straddles' ? 'possible' : 'no';
}

function weaker(a: Certainty, b: Certainty): Certainty {
	if (a === 'no' || b === 'no') return 'no';
	return a === 'possible' || b === 'possible' ? 'possible' : 'certain';
}

/** Certainty that a state is a member at `asOf`. */
export function membershipAt(member: Member | undefined, asOf: Day): Certainty {
	if (!member) return 'no';
	const joined = certaintyOf(member.joined.date, asOf);
	if (!member.left) return joined;
	const left = certaintyOf(member.left.date, asOf);
	const stillIn: Certainty =
		left === 'certain' ? 'no' : left === 'possible' ? 'possible' : 'certain';
	return weaker(joined, stillIn);
}

/**
 * A state's instrument: the act of consent it is counted from, and the date it is taken
 * as received by the depositary (its deposit where recorded, else its act of consent).
 */
export function instrumentOf(
	actions: Action[],
	consentTypes: readonly string[]
): { consent: DateValue; received: { from: ReceivedFrom; date: DateValue } } | null {
	// The earliest, not the first listed: the files need not list actions in date order.
	const consent = firstOf(actions, (a) => consentTypes.includes(a.type));
	if (!consent) return null;
	const deposit = firstOf(actions, (a) => a.type === 'deposit');
	return {
		consent: consent.date,
		received: deposit
			? { from: 'deposit', date: deposit.date }
			: { from: 'consent-assumed', date: consent.date }
	};
}

function firstOf(actions: Action[], pred: (a: Action) => boolean): Action | undefined {
	return actions.filter(pred).sort((a, b) => compareDates(a.date, b.date))[0];
}

export function stateStatusAt(
	file: StateFile | undefined,
	code: string,
	member: Member | undefined,
	consentTypes: readonly string[],
	asOf: Day
): StateStatus {
	const membership = membershipAt(member, asOf);
	const actions = (file?.actions ?? []).filter((a) => earliest(a.date) <= asOf);
	const dates: StageDates = {};
	const sig = firstOf(actions, (a) => a.type === 'signature');
	if (sig) dates.signature = sig.date;
	const dom = firstOf(actions, (a) => a.type === 'domestic-approval');
	if (dom) dates.domesticApproval = dom.date;
	const con = firstOf(actions, (a) => consentTypes.includes(a.type));
	if (con) dates.consent = { type: con.type, date: con.date };
	const dep = firstOf(actions, (a) => a.type === 'deposit');
	if (dep) dates.deposit = dep.date;
	const wd = firstOf(actions, (a) => a.type === 'withdrawal');
	if (wd) dates.withdrawal = wd.date;

	// Stages from the lowest up: the last certain one is the stage, a later possible one
	// is the possible stage.
	const ladder: [Stage, DateValue | undefined][] = [
		['signed', dates.signature],
		['approved-domestically', dates.domesticApproval],
		['consent-given', dates.consent?.date],
		['deposited', dates.deposit],
		['withdrawn', dates.withdrawal]
	];
	let stage: Stage = 'none';
	let possibleStage: Stage | null = null;
	for (const [name, date] of ladder) {
		if (!date) continue;
		const c = certaintyOf(date, asOf);
		if (c === 'certain') {
			stage = name;
			possibleStage = null;
		} else if (c === 'possible') possibleStage = name;
	}

	const instrument = instrumentOf(file?.actions ?? [], consentTypes);
	const deposit = firstOf(file?.actions ?? [], (a) => a.type === 'deposit');
	// A withdrawal ends both the count and the deposit; so does leaving the organisation.
	const w = wd ? certaintyOf(wd.date, asOf) : 'no';
	const notWithdrawn: Certainty =
		w === 'certain' ? 'no' : w === 'possible' ? 'possible' : 'certain';
	const standing = weaker(notWithdrawn, membership);
	const counts = instrument ? weaker(certaintyOf(instrument.consent, asOf), standing) : 'no';
	const deposited = deposit ? weaker(certaintyOf(deposit.date, asOf), standing) : 'no';

	return {
		state: code,
		member: membership === 'certain',
		memberPossible: membership === 'possible',
		joined: member?.joined.date ?? null,
		stage,
		possibleStage,
		dates,
		counts,
		countedFrom: instrument ? 'consent' : null,
		countedDate: instrument?.consent ?? null,
		deposited,
		receivedFrom: instrument?.received.from ?? null,
		receivedDate: instrument?.received.date ?? null
	};
}
