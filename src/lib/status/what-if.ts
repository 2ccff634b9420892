/**
 * "If state X deposits its instrument on day D, when does the Convention enter into
 * force?" The engine is run on the records plus that one hypothetical deposit (and an
 * act of consent on the same day if the state has none), as of the day the count
 * would be complete.
 */
import { addDaysToDay, type Day } from '../data/dates';
import type { EntryIntoForce } from './entry-into-force';
import { statusAt } from './engine';
import type { ActionInput, StatusInput } from './input';

export interface WhatIf {
	state: string;
	deposit: Day;
	/** Whether this deposit would bring the certain count to the number required. */
	completesCount: boolean;
	/** Entry into force with the hypothetical deposit, or null if still short. */
	entryIntoForce: EntryIntoForce | null;
	/** How many instruments would be counted on that day. */
	countedThen: number;
}

export function whatIfDeposit(data: StatusInput, state: string, deposit: Day): WhatIf {
	const rule = data.treaty.entryIntoForce;
	const file = data.states.find((s) => s.state === state) ?? { state, actions: [] };
	const hypothetical: ActionInput[] = [];
	if (!file.actions.some((a) => (rule.counts as string[]).includes(a.type))) {
		hypothetical.push({ type: 'ratification', date: deposit, sources: [{ id: 'what-if' }] });
	}
	if (!file.actions.some((a) => a.type === 'deposit')) {
		hypothetical.push({ type: 'deposit', date: deposit, sources: [{ id: 'what-if' }] });
	}
	const changed: StatusInput = {
		...data,
		states: [
			...data.states.filter((s) => s.state !== state),
			{ ...file, actions: [...file.actions, ...hypothetical] }
		]
	};
	const before = statusAt(data, deposit);
	const after = statusAt(changed, addDaysToDay(deposit, rule.daysAfter));
	const then = statusAt(changed, deposit);
	return {
		state,
		deposit,
		completesCount:
			before.counted.certain < rule.instrumentsRequired &&
			then.counted.certain >= rule.instrumentsRequired,
		entryIntoForce: after.entryIntoForce,
		countedThen: then.counted.certain
	};
}
