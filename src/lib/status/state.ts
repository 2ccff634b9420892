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

/** Where a state's instrument is dated from: its deposit where recorded, else its consent. */
export type CountedFrom = 'deposit' | 'consent';

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
	counts: Certainty;
	countedFrom: CountedFrom | null;
	countedDate: DateValue | null;
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

/** The instrument that counts for a state: its date, and whether deposit or consent. */
export function instrumentOf(
	actions: Action[],
	consentTypes: readonly string[]
): { from: CountedFrom; date: DateValue } | null {
	// The earliest, not the first listed: the files need not list actions in date order.
	const deposit = firstOf(actions, (a) => a.type === 'deposit');
	if (deposit) return { from: 'deposit', date: deposit.date };
	const consent = firstOf(actions, (a) => consentTypes.includes(a.type));
	return consent ? { from: 'consent', date: consent.date } : null;
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
	let counts: Certainty = instrument ? certaintyOf(instrument.date, asOf) : 'no';
	if (wd) {
		const w = certaintyOf(wd.date, asOf);
		counts = weaker(counts, w === 'certain' ? 'no' : w === 'possible' ? 'possible' : 'certain');
	}
	counts = weaker(counts, membership);

	return {
		state: code,
		member: membership === 'certain',
		memberPossible: membership === 'possible',
		joined: member?.joined.date ?? null,
		stage,
		possibleStage,
		dates,
		counts,
		countedFrom: instrument?.from ?? null,
		countedDate: instrument?.date ?? null
	};
}
