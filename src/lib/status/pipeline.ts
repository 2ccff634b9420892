/**
 * A state's path through the Convention as a pipeline of five steps: signature →
 * domestic approval → consent → deposit → in force for the state. Each step gathers
 * the recorded actions that belong to it (Russia has two domestic approvals) and says
 * whether it was reached. The last step is computed, never recorded.
 */
import { earliest, latest, type Day } from '../data/dates';
import type { Action, Dataset } from '../data/schema';
import type { Status } from './engine';

export const STEPS = ['signature', 'domestic-approval', 'consent', 'deposit', 'in-force'] as const;
export type StepKey = (typeof STEPS)[number];

export interface PipelineStep {
	key: StepKey;
	actions: Action[];
	reached: 'yes' | 'possibly' | 'no';
}

export type InForceForState =
	| { kind: 'in-force'; date: string }
	| { kind: 'possibly'; date: string }
	| { kind: 'pending' }
	/** The instrument came after entry into force, and the rule for such states is not confirmed. */
	| { kind: 'rule-unconfirmed' }
	| { kind: 'no-instrument' };

function stepOf(action: Action, consentTypes: readonly string[]): StepKey | null {
	if (action.type === 'signature') return 'signature';
	if (action.type === 'domestic-approval') return 'domestic-approval';
	if (consentTypes.includes(action.type)) return 'consent';
	if (action.type === 'deposit') return 'deposit';
	return null;
}

export function inForceForState(status: Status, code: string): InForceForState {
	const s = status.states.find((x) => x.state === code);
	const eif = status.entryIntoForce;
	if (!s || !s.countedDate || s.counts === 'no') return { kind: 'no-instrument' };
	if (!eif) return { kind: 'pending' };
	if (!eif.instruments.some((i) => i.state === code)) return { kind: 'rule-unconfirmed' };
	if (status.inForce) return { kind: 'in-force', date: eif.date };
	return status.inForcePossible ? { kind: 'possibly', date: eif.date } : { kind: 'pending' };
}

export function pipeline(data: Dataset, status: Status, code: string): PipelineStep[] {
	const consentTypes = data.treaty.entryIntoForce.counts;
	const file = data.states.find((s) => s.state === code);
	const asOf: Day = status.asOf;
	return STEPS.map((key) => {
		if (key === 'in-force') {
			const f = inForceForState(status, code);
			return {
				key,
				actions: [],
				reached: f.kind === 'in-force' ? 'yes' : f.kind === 'possibly' ? 'possibly' : 'no'
			};
		}
		const actions = (file?.actions ?? []).filter(
			(a) => stepOf(a, consentTypes) === key && earliest(a.date) <= asOf
		);
		const reached = actions.some((a) => latest(a.date) <= asOf)
			? 'yes'
			: actions.length
				? 'possibly'
				: 'no';
		return { key, actions, reached };
	});
}

export type NextStep = 'sign-or-accede' | 'consent' | 'deposit' | 'await-entry' | 'none';

/** What a state's mission would do next, from its stage. */
export function nextStep(status: Status, code: string): NextStep {
	const s = status.states.find((x) => x.state === code);
	if (!s || !s.member) return 'none';
	if (status.inForce && s.counts === 'certain') return 'none';
	switch (s.stage) {
		case 'none':
		case 'withdrawn':
			return 'sign-or-accede';
		case 'signed':
		case 'approved-domestically':
			return 'consent';
		case 'consent-given':
			return 'deposit';
		default:
			return 'await-entry';
	}
}
