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

/** The two days of a "what changed" view: `?from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export const FROM_PARAM = 'from';
export const TO_PARAM = 'to';

export type IntervalParam =
	{ ok: true; interval: { from: Day; to: Day } | null } | { ok: false; value: string };

/**
 * Both days, or null (no parameters: the page's default). Each must be a real day up to
 * `max`, and `from` before `to`; otherwise refused with what was given.
 */
export function parseInterval(from: string | null, to: string | null, max: Day): IntervalParam {
	if ((from ?? '').trim() === '' && (to ?? '').trim() === '') return { ok: true, interval: null };
	const a = parseAsOf(from, max);
	const b = parseAsOf(to, max);
	const given = `${(from ?? '').slice(0, 40)} – ${(to ?? '').slice(0, 40)}`;
	if (!a.ok || !b.ok || !a.day || !b.day || a.day >= b.day) return { ok: false, value: given };
	return { ok: true, interval: { from: a.day, to: b.day } };
}

/** The URL of the same page for another interval; null removes both parameters. */
export function withInterval(url: URL, interval: { from: Day; to: Day } | null): URL {
	const next = new URL(url);
	if (interval) {
		next.searchParams.set(FROM_PARAM, interval.from);
		next.searchParams.set(TO_PARAM, interval.to);
	} else {
		next.searchParams.delete(FROM_PARAM);
		next.searchParams.delete(TO_PARAM);
	}
	return next;
}
