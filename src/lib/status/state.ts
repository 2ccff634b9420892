/**
 * One state at one date: is it a member, which stage has it reached, does its act of
 * consent count toward entry into force, is its instrument deposited, and where does each
 * of its actions stand against the date. Under uncertain dates every answer is
 * three-valued: certainly, possibly (the date straddles the as-of day), or not.
 */
import { relationTo, type DateValue, type Day, type Relation } from '../data/dates';
import type { ActionType } from '../data/schema';
import { STEPS, type Step } from '../data/steps';
import type { MemberInput, RecordedAction } from './input';

export type Certainty = 'certain' | 'possible' | 'no';

/** The stage a state reaches with each step: the engine's names (data-stage, `stage.*`). */
export const STAGE_OF_STEP = {
	signature: 'signed',
	'domestic-approval': 'approved-domestically',
	consent: 'consent-given',
	deposit: 'deposited',
	withdrawal: 'withdrawn'
} as const satisfies Record<Step, string>;

export type Stage = 'none' | (typeof STAGE_OF_STEP)[Step];

/** Every stage, in the order a state walks through them (data/steps.ts). */
export const STAGES: readonly Stage[] = ['none', ...STEPS.map((step) => STAGE_OF_STEP[step])];

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

/** The first act that takes a step, by the as-of date. */
export interface StepDate {
	type: ActionType;
	date: DateValue;
}

/** An action with where its date stands against the as-of day. */
export interface ActionStatus extends RecordedAction {
	relation: Relation;
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
	/** Each step's first act reached (certainly or possibly) by the as-of date. */
	dates: Partial<Record<Step, StepDate>>;
	/** Does its act of consent count toward the number required (as the sources count). */
	counts: Certainty;
	countedFrom: CountedFrom | null;
	countedDate: DateValue | null;
	/** Is its instrument known to be deposited: the depositary holds it. */
	deposited: Certainty;
	/** The date entry into force takes its instrument as received, and on what ground. */
	receivedFrom: ReceivedFrom | null;
	receivedDate: DateValue | null;
	/** Every action of its file, in date order, each placed against the as-of day. */
	actions: ActionStatus[];
}

function certaintyOf(relation: Relation): Certainty {
	return relation === 'on-or-before' ? 'certain' : relation === 'straddles' ? 'possible' : 'no';
}

function weaker(a: Certainty, b: Certainty): Certainty {
	if (a === 'no' || b === 'no') return 'no';
	return a === 'possible' || b === 'possible' ? 'possible' : 'certain';
}

/** Not ended by an event of this certainty (a withdrawal, a departure). */
function notEnded(end: Certainty): Certainty {
	return end === 'certain' ? 'no' : end === 'possible' ? 'possible' : 'certain';
}

/** Certainty that a state is a member at `asOf`. */
export function membershipAt(member: MemberInput | undefined, asOf: Day): Certainty {
	if (!member) return 'no';
	const joined = certaintyOf(relationTo(member.joined.date, asOf));
	if (!member.left) return joined;
	return weaker(joined, notEnded(certaintyOf(relationTo(member.left.date, asOf))));
}

/**
 * One state's status. `actions` are its recorded actions in date order, so the first of
 * a kind is the earliest; `consentTypes` are the acts the rule counts (treaty.json).
 */
export function stateStatusAt(
	state: string,
	actions: RecordedAction[],
	member: MemberInput | undefined,
	consentTypes: readonly string[],
	asOf: Day
): StateStatus {
	const membership = membershipAt(member, asOf);
	const placed: ActionStatus[] = actions.map((a) => ({ ...a, relation: relationTo(a.date, asOf) }));
	const known = placed.filter((a) => a.relation !== 'after');

	// Stages from the lowest up: the last certain one is the stage, a later possible one
	// is the possible stage.
	const dates: StateStatus['dates'] = {};
	let stage: Stage = 'none';
	let possibleStage: Stage | null = null;
	for (const step of STEPS) {
		const first = known.find((a) => a.step === step && a.takes);
		if (!first) continue;
		dates[step] = { type: first.type, date: first.date };
		if (first.relation === 'on-or-before') {
			stage = STAGE_OF_STEP[step];
			possibleStage = null;
		} else possibleStage = STAGE_OF_STEP[step];
	}

	// The instrument: counted from the act of consent; received on the deposit where one
	// is recorded (even after the as-of day), else assumed received on the act of consent.
	const consent = placed.find((a) => a.step === 'consent' && consentTypes.includes(a.type));
	const deposit = placed.find((a) => a.step === 'deposit');
	// A withdrawal ends both the count and the deposit; so does leaving the organisation.
	const withdrawal = known.find((a) => a.step === 'withdrawal');
	const standing = weaker(
		notEnded(withdrawal ? certaintyOf(withdrawal.relation) : 'no'),
		membership
	);

	return {
		state,
		member: membership === 'certain',
		memberPossible: membership === 'possible',
		joined: member?.joined.date ?? null,
		stage,
		possibleStage,
		dates,
		counts: consent ? weaker(certaintyOf(consent.relation), standing) : 'no',
		countedFrom: consent ? 'consent' : null,
		countedDate: consent?.date ?? null,
		deposited: deposit ? weaker(certaintyOf(deposit.relation), standing) : 'no',
		receivedFrom: consent ? (deposit ? 'deposit' : 'consent-assumed') : null,
		receivedDate: consent ? (deposit ?? consent).date : null,
		actions: placed
	};
}
