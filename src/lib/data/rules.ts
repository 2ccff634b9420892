/**
 * The rules one state's actions must keep, whatever the dates' precision: the stages
 * come in order where the dates say so, there is no deposit without an act of
 * consent, nothing is recorded twice, and a second instrument needs a note saying
 * why. Shared by the validator and the record command.
 */
import { earliest, latest, toIso } from './dates';
import { ACTION_TYPES, type Action, type ActionType } from './schema';
import { stepRank } from './steps';
import type { DataError } from './validate';

/** The order a state walks through (steps.ts); a later stage cannot certainly precede an earlier. */
export const STAGE_RANK: Partial<Record<ActionType, number>> = Object.fromEntries(
	ACTION_TYPES.map((type) => [type, stepRank(type)])
);

/** What makes two actions the same act: type, date and organ. */
function sameKey(a: Action): string {
	return JSON.stringify([a.type, toIso(a.date), a.by ?? ''])
}

export function checkStateActions(
	file: string,
	actions: Action[],
	consentTypes: readonly string[]
): DataError[] {
	const errors: DataError[] = [];
	const isConsent = (a: Action) => consentTypes.includes(a.type);
	// Each action's key and bounds are worked out once: a file may hold many actions, and
	// every action is compared with every other.
	const keys = actions.map(sameKey);
	const first = actions.map((a) => earliest(a.date));
	const last = actions.map((a) => latest(a.date));
	const firstWithKey = new Map<string, number>();
	const hasConsent = actions.some(isConsent);
	actions.forEach((a, i) => {
		const p = `actions[${i}]`;
		const dup = firstWithKey.get(keys[i]);
		if (dup !== undefined) {
			errors.push({
				file,
				path: p,
				message: `duplicate of actions[${dup}]`,
				expected: 'each action once',
				got: `${a.type} ${toIso(a.date)}`
			});
		} else firstWithKey.set(keys[i], i);
		const rank = STAGE_RANK[a.type];
		if (rank !== undefined) {
			actions.forEach((b, j) => {
				const other = STAGE_RANK[b.type];
				// b certainly after a: its first possible day is after a's last.
				if (other !== undefined && other < rank && first[j] > last[i]) {
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
		if ((a.type === 'deposit' || a.type === 'withdrawal') && !hasConsent) {
			errors.push({
				file,
				path: `${p}.type`,
				message: `${a.type} without an act of consent (${consentTypes.join(', ')})`,
				expected: 'an act of consent recorded first',
				got: 'none'
			});
		}
		const earlier = actions.findIndex((b, j) => j < i && b.type === a.type && keys[j] !== keys[i]);
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
