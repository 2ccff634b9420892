/**
 * Dates as the sources give them: a day ("2011-11-30"), a month ("2024-12"), a year
 * ("2024"), or a range of those when only bounds are known. Nothing here rounds a
 * year to a day: every date keeps its precision, and each is read as the interval of
 * days it could be (its earliest and latest day). Days are ISO strings, which compare
 * correctly as strings; arithmetic goes through UTC so no time zone can shift a day.
 */

export type Precision = 'day' | 'month' | 'year';
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;
/** Only bounds are known: the act happened on some day from `from` to `to`. */
export interface DateRange {
	from: PartialDate;
	to: PartialDate;
}
export type DateValue = PartialDate | DateRange;
/** A calendar day, "YYYY-MM-DD". */
export type Day = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isRange(value: DateValue): value is DateRange {
	return typeof value === 'object' && value !== null;
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a real date at some precision, or null if it is one. */
export function partialDateProblem(text: string): string | null {
	const m = PATTERN.exec(text);
	if (!m) return 'not a date of the form YYYY, YYYY-MM or YYYY-MM-DD';
	const year = Number(m[1]);
	if (year < 1900 || year > 2200) return `year ${year} is out of range`;
	if (m[2] === undefined) return null;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
	if (m[3] === undefined) return null;
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month))
		return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
	return null;
}

export function isPartialDate(text: string): boolean {
	return partialDateProblem(text) === null;
}

export function precisionOf(date: PartialDate): Precision {
	return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day a partial date or range could be. */
export function earliest(value: DateValue): Day {
	if (isRange(value)) return earliest(value.from);
	if (value.length === 4) return `${value}-01-01`;
	if (value.length === 7) return `${value}-01`;
	return value;
}

/** The last day a partial date or range could be. */
export function latest(value: DateValue): Day {
	if (isRange(value)) return latest(value.to);
	if (value.length === 4) return `${value}-12-31`;
	if (value.length === 7) {
		const [y, m] = value.split('-').map(Number);
		return `${value}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
	}
	return value;
}

/** True when the value names exactly one day. */
export function isExact(value: DateValue): boolean {
	return earliest(value) === latest(value);
}

/** Where a date stands against a day: wholly before or on it, wholly after, or either. */
export type Relation = 'on-or-before' | 'after' | 'straddles';

export function relationTo(value: DateValue, day: Day): Relation {
	if (latest(value) <= day) return 'on-or-before';
	if (earliest(value) > day) return 'after';
	return 'straddles';
}

/** Orders dates by their earliest day, then their latest (the more precise first). */
export function compareDates(a: DateValue, b: DateValue): number {
	const e = earliest(a).localeCompare(earliest(b));
	return e !== 0 ? e : latest(a).localeCompare(latest(b));
}

/** True when `a` certainly does not come after `b` (every day of a ≤ every day of b). */
export function certainlyNotAfter(a: DateValue, b: DateValue): boolean {
	return latest(a) <= earliest(b);
}

/** True when `a` certainly comes after `b`. */
export function certainlyAfter(a: DateValue, b: DateValue): boolean {
	return earliest(a) > latest(b);
}

function toUtc(day: Day): number {
	const [y, m, d] = day.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): Day {
	return new Date(ms).toISOString().slice(0, 10);
}

export function addDaysToDay(day: Day, days: number): Day {
	return fromUtc(toUtc(day) + days * 86_400_000);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
	return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * The most precise single date that covers exactly the days from `first` to `last`:
 * a day, a whole month, a whole year, or else a range of days.
 */
export function fromBounds(first: Day, last: Day): DateValue {
	if (first === last) return first;
	const year = first.slice(0, 4);
	const month = first.slice(0, 7);
	if (first === earliest(month) && last === latest(month)) return month;
	if (first === earliest(year) && last === latest(year)) return year;
	return { from: first, to: last };
}

/**
 * Adds whole days to a date of any precision, keeping the uncertainty: a month plus
 * 30 days is the range from (first day + 30) to (last day + 30).
 */
export function addDays(value: DateValue, days: number): DateValue {
	return fromBounds(addDaysToDay(earliest(value), days), addDaysToDay(latest(value), days));
}

/** The precision of a value as a whole: a range is its own kind. */
export function precisionOfValue(value: DateValue): Precision | 'range' {
	return isRange(value) ? 'range' : precisionOf(value);
}

/** A compact, language-neutral text for a date: "2024", "2024-12", "2010-06-08/2022". */
export function toIso(value: DateValue): string {
	return isRange(value) ? `${value.from}/${value.to}` : value;
}

/** Today's date in UTC, as a day. */
export function today(now: Date = new Date()): Day {
	return now.toISOString().slice(0, 10);
}
