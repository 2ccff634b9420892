/**
 * The as-of date of a view, from the `?asOf=YYYY-MM-DD` permalink. A value that is not a
 * real day, or is in the future, is refused with a reason, and the page falls back to
 * the status as recorded; it never shows a broken page.
 */
import { partialDateProblem, type Day } from './data/dates';

export type AsOf = { ok: true; day: Day | null } | { ok: false; value: string };

export const AS_OF_PARAM = 'asOf';

/** null means "as recorded" (no parameter, or an empty one). */
export function parseAsOf(value: string | null, max: Day): AsOf {
	if (value === null || value.trim() === '') return { ok: true, day: null };
	const v = value.trim();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || partialDateProblem(v) || v > max) {
		return { ok: false, value: value.slice(0, 40) };
	}
	return { ok: true, day: v };
}

/** The URL of the same page at another as-of date; null removes the parameter. */
export function withAsOf(url: URL, day: Day | null): URL {
	const next = new URL(url);
	if (day) next.searchParams.set(AS_OF_PARAM, day);
	else next.searchParams.delete(AS_OF_PARAM);
	return next;
}
