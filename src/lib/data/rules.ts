/**
 * The rules one state's actions must keep, whatever the dates' precision: the stages
 * come in order where the dates say so, there is no deposit without an act of
 * consent, nothing is recorded twice, and a second instrument needs a note saying
 * why. Shared by the validator and the record command.
 */
import { certainlyAfter, toIso } from './dates';
import { ACTION_TYPES, type Action, type ActionType } from './schema';
import { stepRank } from './steps';
import type { DataError } from './validate';

/** The order a state walks through (steps.ts); a later stage cannot certainly precede an earlier. */
export const STAGE_RANK: Partial<Record<ActionType, number>> = Object.fromEntries(
	ACTION_TYPES.map((type) => [type, stepRank(type)])
);

function same(a: Action, b: Action): boolean {
	return a.type === b.type && toIso(a.date) === toIso(b.date) && (a.by ?? '') === (b.by ?? '');
}

export function checkStateActions(
	file: string,
	actions: Action[],
	consentTypes: readonly string[]
): DataError[] {
	const errors: DataError[] = [];
	const isConsent = (a: Action) => consentTypes.includes(a.type);
	actions.forEach((a, i) => {
		const p = `actions[${i}]`;
		const dup = actions.findIndex((b, j) => j < i && same(a, b));
		if (dup >= 0) {
			errors.push({
				file,
				path: p,
				message: `duplicate of actions[${dup}]`,
				expected: 'each action once',
				got: `${a.type} ${toIso(a.date)}`
			});
		}
		const rank = STAGE_RANK[a.type];
		if (rank !== undefined) {
			actions.forEach((b, j) => {
				const other = STAGE_RANK[b.type];
				if (other !== undefined && other < rank && certainlyAfter(b.date, a.date)) {
					errors.push({
						file,
						path: `${p}.date`,
						message: `${a.type} is dated before the ${b.type} in actions[${j}]`,
						expected: `on or after ${toIso(b.date)}`,
						got: toIso(a.date)
					});
				}
			});
		}
		if ((a.type === 'deposit' || a.type === 'withdrawal') && !actions.some(isConsent)) {
			errors.push({
				file,
				path: `${p}.type`,
				message: `${a.type} without an act of consent (${consentTypes.join(', ')})`,
				expected: 'an act of consent recorded first',
				got: 'none'
			});
		}
		const earlier = actions.findIndex((b, j) => j < i && b.type === a.type && !same(a, b));
		if ((a.type === 'deposit' || isConsent(a)) && earlier >= 0 && !a.note) {
			errors.push({
				file,
				path: `${p}.note`,
				message: `a second ${a.type} needs a note explaining it`,
				expected: 'a note',
				got: 'none'
			});
		}
	});
	return errors;
}
