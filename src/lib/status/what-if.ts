/**
 * "If state X deposits its instrument on day D, when does the Convention enter into
 * force?" The engine is run on the records plus that one hypothetical deposit (and an
 * act of consent on the same day if the state has none), as of the day the count
 * would be complete.
 */
import { addDaysToDay, type Day } from '../data/dates';
import { SCHEMA_VERSION, type Action, type Dataset, type StateFile } from '../data/schema';
import type { EntryIntoForce } from './entry-into-force';
import { statusAt } from './engine';

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

export function whatIfDeposit(data: Dataset, state: string, deposit: Day): WhatIf {
	const rule = data.treaty.entryIntoForce;
	const file: StateFile = data.states.find((s) => s.state === state) ?? {
		schemaVersion: SCHEMA_VERSION,
		revision: 1,
		history: [{ revision: 1, date: deposit, summary: 'hypothetical' }],
		treaty: data.treaty.id,
		state,
		actions: []
	};
	const hypothetical: Action[] = [];
	if (!file.actions.some((a) => (rule.counts as string[]).includes(a.type))) {
		hypothetical.push({ type: 'ratification', date: deposit, sources: [{ id: 'what-if' }] });
	}
	if (!file.actions.some((a) => a.type === 'deposit')) {
		hypothetical.push({ type: 'deposit', date: deposit, sources: [{ id: 'what-if' }] });
	}
	const changed: Dataset = {
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
