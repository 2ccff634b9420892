/**
 * What the timeline chart draws, computed without Chart.js so it can be tested: the
 * step points on a numeric day axis, the year ticks, the labels of each step and the
 * text alternative of the canvas.
 */
import { type Day } from '../data/dates';
import { t, type Lang } from '../i18n';
import { formatDate, stateName } from '../i18n/format';
import { LANG_INFO } from '../i18n/langs';
import type { Status } from '../status/engine';
import type { SeriesPoint } from '../status/series';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC): a plain number axis, so no date adapter is needed. */
export function dayNumber(day: Day): number {
	const [y, m, d] = day.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayOfNumber(n: number): Day {
	return new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);
}

export interface StepPoint {
	x: number;
	date: Day;
	certain: number;
	/** Certain plus possible: the top of the band. */
	upper: number;
	added: string[];
	removed: string[];
}

export function stepPoints(series: SeriesPoint[]): StepPoint[] {
	return series.map((p) => ({
		x: dayNumber(p.date),
		date: p.date,
		certain: p.certain,
		upper: p.certain + p.possible,
		added: p.added,
		removed: p.removed
	}));
}

/** The x range: the series, stretched to show the as-of date when it lies outside it. */
export function xRange(points: StepPoint[], asOf: Day): { min: number; max: number } {
	const xs = [...points.map((p) => p.x), dayNumber(asOf)];
	const min = Math.min(...xs);
	const max = Math.max(...xs);
	// A little room on the right so the last step and the marker are not on the edge.
	const pad = Math.max(30, (max - min) * 0.02);
	return { min, max: max + pad };
}

/** The 1 January of every `step`-th year inside the range; fewer when the chart is narrow. */
export function yearTicks(min: number, max: number, maxTicks = 10): number[] {
	const first = Number(dayOfNumber(min).slice(0, 4));
	const last = Number(dayOfNumber(max).slice(0, 4));
	const span = last - first + 1;
	const step = [1, 2, 5, 10, 20].find((s) => span / s <= maxTicks) ?? 50;
	const ticks: number[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
		const x = dayNumber(`${y}-01-01`);
		if (x >= min && x <= max) ticks.push(x);
	}
	return ticks;
}

function listOf(items: string[], lang: Lang): string {
	return new Intl.ListFormat(LANG_INFO[lang].locale, { type: 'conjunction' }).format(items);
}

/** The text beside a step: who starts (or stops) counting there. Codes when space is short. */
export function stepLabel(point: StepPoint, lang: Lang, short = false): string {
	const name = (state: string) => (short ? state : stateName(state, lang));
	const parts: string[] = [];
	if (point.added.length) parts.push(listOf(point.added.map(name), lang));
	if (point.removed.length) parts.push(`−${listOf(point.removed.map(name), lang)}`);
	return parts.join(' ');
}

/** Who starts and who stops counting at a point, one line each ("Counted from here: …"). */
export function stepChanges(point: Pick<StepPoint, 'added' | 'removed'>, lang: Lang): string[] {
	const names = (codes: string[]) =>
		listOf(
			codes.map((c) => stateName(c, lang)),
			lang
		);
	const lines: string[] = [];
	if (point.added.length) {
		lines.push(t(lang, 'timeline.chart.tooltip.added', { states: names(point.added) }));
	}
	if (point.removed.length) {
		lines.push(t(lang, 'timeline.chart.tooltip.removed', { states: names(point.removed) }));
	}
	return lines;
}

/** The tooltip of a point: the counts there and who starts or stops counting. */
export function pointLines(point: StepPoint, lang: Lang): string[] {
	const lines = [t(lang, 'timeline.chart.tooltip.certain', { n: point.certain })];
	if (point.upper > point.certain) {
		lines.push(t(lang, 'timeline.chart.tooltip.possible', { n: point.upper - point.certain }));
	}
	return [...lines, ...stepChanges(point, lang)];
}

/** One row of the chart as a table: what a printed page shows in the canvas's place. */
export interface CountRow {
	date: Day;
	certain: number;
	possible: number;
	/** Who starts or stops counting on that day (stepChanges). */
	changes: string[];
}

/** The chart's steps as rows, in date order: the same points the chart draws. */
export function countRows(series: SeriesPoint[], lang: Lang): CountRow[] {
	return series.map((p) => ({
		date: p.date,
		certain: p.certain,
		possible: p.possible,
		changes: stepChanges(p, lang)
	}));
}

/** The canvas's text alternative: what the chart shows, in one or two sentences. */
export function chartSummary(series: SeriesPoint[], status: Status, lang: Lang): string {
	const { certain, possible } = status.counted;
	const counted = possible ? `${certain}–${certain + possible}` : String(certain);
	return t(lang, 'timeline.chart.summary', {
		from: formatDate(series[0]?.date ?? status.asOf, lang),
		to: formatDate(series.at(-1)?.date ?? status.asOf, lang),
		asOf: formatDate(status.asOf, lang),
		counted,
		required: status.required
	});
}
