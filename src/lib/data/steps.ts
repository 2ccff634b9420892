/**
 * The steps a state walks through on the Convention, in order, and the step each type of
 * action belongs to: the one place that order is written. The validator's rule that
 * stages come in order (rules.ts), the engine's stages, the state pages' pipeline and the
 * table's sort by stage all read it, so a new action type is one line of ACTION_STEPS.
 */
import type { ActionType } from './schema';

/** In order: a later step cannot certainly precede an earlier one. */
export const STEPS = ['signature', 'domestic-approval', 'consent', 'deposit', 'withdrawal'] as const;
export type Step = (typeof STEPS)[number];

/**
 * Each action type's step, and whether the action takes that step. An act can belong
 * with a step without taking it: a domestic decision authorising signature is shown with
 * the signature, but the state has not signed until it signs.
 */
export const ACTION_STEPS: Record<ActionType, { step: Step; takes: boolean }> = {
	'signature-authorisation': { step: 'signature', takes: false },
	signature: { step: 'signature', takes: true },
	'domestic-approval': { step: 'domestic-approval', takes: true },
	ratification: { step: 'consent', takes: true },
	acceptance: { step: 'consent', takes: true },
	approval: { step: 'consent', takes: true },
	accession: { step: 'consent', takes: true },
	deposit: { step: 'deposit', takes: true },
	withdrawal: { step: 'withdrawal', takes: true }
};

/** The position of an action type's step in STEPS. */
export function stepRank(type: ActionType): number {
	return STEPS.indexOf(ACTION_STEPS[type].step);
}
