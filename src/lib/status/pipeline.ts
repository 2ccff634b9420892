/**
 * A state's path through the Convention as a pipeline of five steps: signature →
 * domestic approval → consent → deposit → in force for the state. Each step gathers
 * the state's actions that belong to it (Russia has two domestic approvals) as the
 * engine placed them against the as-of day, and says whether it was reached. The last
 * step is computed, never recorded.
 */
import { STEPS, type Step } from '../data/steps';
import type { Status } from './engine';
import type { ActionStatus, Stage } from './state';

/** The recorded steps a state page shows (a withdrawal is its stage, not a step of the way). */
export const PIPELINE = [...STEPS.filter((s) => s !== 'withdrawal'), 'in-force'] as const;
export type PipelineKey = Exclude<Step, 'withdrawal'> | 'in-force';

export interface PipelineStep {
	key: PipelineKey;
	/** Its actions on or before the as-of day, or straddling it, in date order. */
	actions: ActionStatus[];
	reached: 'yes' | 'possibly' | 'no';
}

export type InForceForState =
	| { kind: 'in-force'; date: string }
	| { kind: 'possibly'; date: string }
	| { kind: 'pending' }
	/** The instrument came after entry into force, and the rule for such states is not confirmed. */
	| { kind: 'rule-unconfirmed' }
	| { kind: 'no-instrument' };

export function inForceForState(status: Status, state: string): InForceForState {
	const s = status.states[state];
	const eif = status.entryIntoForce;
	if (!s || !s.countedDate || s.counts === 'no') return { kind: 'no-instrument' };
	if (!eif) return { kind: 'pending' };
	if (!eif.instruments.some((i) => i.state === state)) return { kind: 'rule-unconfirmed' };
	if (status.inForce) return { kind: 'in-force', date: eif.date };
	return status.inForcePossible ? { kind: 'possibly', date: eif.date } : { kind: 'pending' };
}

export function pipeline(status: Status, state: string): PipelineStep[] {
	const known = (status.states[state]?.actions ?? []).filter((a) => a.relation !== 'after');
	return PIPELINE.map((key) => {
		if (key === 'in-force') {
			const f = inForceForState(status, state);
			return {
				key,
				actions: [],
				reached: f.kind === 'in-force' ? 'yes' : f.kind === 'possibly' ? 'possibly' : 'no'
			};
		}
		const actions = known.filter((a) => a.step === key);
		// An act that only belongs with a step (an authorisation to sign) does not reach it.
		const taking = actions.filter((a) => a.takes);
		const reached = taking.some((a) => a.relation === 'on-or-before')
			? 'yes'
			: taking.length
				? 'possibly'
				: 'no';
		return { key, actions, reached };
	});
}

export type NextStep = 'sign-or-accede' | 'consent' | 'deposit' | 'await-entry' | 'none';

/** What a state's mission would do next, by the stage it has reached. */
const NEXT: Record<Stage, NextStep> = {
	none: 'sign-or-accede',
	signed: 'consent',
	'approved-domestically': 'consent',
	'consent-given': 'deposit',
	deposited: 'await-entry',
	withdrawn: 'sign-or-accede'
};

export function nextStep(status: Status, state: string): NextStep {
	const s = status.states[state];
	if (!s || !s.member) return 'none';
	if (status.inForce && s.counts === 'certain') return 'none';
	return NEXT[s.stage];
}
