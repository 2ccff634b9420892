/** The numbers and texts behind the timeline chart, computed without Chart.js. */
import { describe, expect, it } from 'vitest';
import { statusAt } from '../../../src/lib/status/engine';
import { cumulativeSeries } from '../../../src/lib/status/series';
import {
	chartSummary,
	countRows,
	dayNumber,
	dayOfNumber,
	pointLines,
	stepChanges,
	stepLabel,
	stepPoints,
	xRange,
	yearTicks
} from '../../../src/lib/timeline/chart-data';
import { realData } from '../../helpers/real-data';

const data = realData();

describe('day numbers', () => {
	it('count whole days from 1970 and read back to the same day', () => {
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(dayNumber('2025-03-17') - dayNumber('2025-03-14')).toBe(3);
		// 2024 is a leap year: 29 February exists and 1 March is the day after it.
		expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
		for (const day of ['2010-06-08', '2024-02-29', '2025-12-31']) {
			expect(dayOfNumber(dayNumber(day))).toBe(day);
		}
	});
});

describe('yearTicks', () => {
	it('puts ticks on 1 January only, thinned to fit', () => {
		const min = dayNumber('2010-06-08');
		const max = dayNumber('2025-03-17');
		const every = yearTicks(min, max, 20);
		expect(every.map((x) => dayOfNumber(x))).toEqual(
			Array.from({ length: 15 }, (_, i) => `${2011 + i}-01-01`)
		);
		const few = yearTicks(min, max, 4);
		expect(few.length).toBeLessThanOrEqual(4);
		expect(few.map((x) => dayOfNumber(x))).toEqual(['2015-01-01', '2020-01-01', '2025-01-01']);
	});
});

describe('step points from the real series', () => {
	it('put the band on top of the certain count and label the steps', () => {
		const points = stepPoints(cumulativeSeries(data));
		expect(points[0]).toMatchObject({ date: '2010-06-08', certain: 0, upper: 5 });
		const last = points.at(-1)!;
		expect(last).toMatchObject({ date: '2025-03-17', certain: 13, upper: 13 });
		for (const p of points) expect(p.upper).toBeGreaterThanOrEqual(p.certain);
		// China counts from its ratification, dated only "2024", as Jordan's is.
		const cn = points.find((p) => p.date === '2024-12-31')!;
		expect(stepLabel(cn, 'en')).toBe('China and Jordan');
		expect(stepLabel(cn, 'ru')).toBe('Китай и Иордания');
		const five = points.find((p) => p.date === '2022-12-31')!;
		expect(stepLabel(five, 'en')).toBe('Azerbaijan, India, Kyrgyzstan, Mongolia and Türkiye');
		expect(stepLabel(five, 'en', true)).toBe('AZ, IN, KG, MN and TR');
		expect(stepLabel(points[0], 'en')).toBe('');
		expect(pointLines(points[0], 'en')).toEqual(['Counted: 0', 'Possibly also: 5']);
	});

	it('stretches the x range to an as-of date beyond the series', () => {
		const points = stepPoints(cumulativeSeries(data));
		const within = xRange(points, '2020-01-01');
		expect(within.min).toBe(dayNumber('2010-06-08'));
		expect(within.max).toBeGreaterThan(dayNumber('2025-03-17'));
		const beyond = xRange(points, '2026-11-26');
		expect(beyond.max).toBeGreaterThan(dayNumber('2026-11-26'));
	});

	it('summarises the chart in words for the canvas label', () => {
		const series = cumulativeSeries(data);
		const text = chartSummary(series, statusAt(data, '2025-03-17'), 'en');
		expect(text).toContain('from 8 June 2010 to 17 March 2025');
		expect(text).toContain('13 of the 14 needed');
		// On 1 February 2025 Palestine's and Tajikistan's dates straddle the day: 11–13.
		expect(chartSummary(series, statusAt(data, '2025-02-01'), 'en')).toContain('11–13 of the 14');
	});
});

describe('the chart as a table (printed in its place)', () => {
	it('has one row per step of the series, with the same counts and who changes there', () => {
		const series = cumulativeSeries(data);
		const rows = countRows(series, 'en');
		expect(rows.map((r) => [r.date, r.certain, r.possible])).toEqual(
			series.map((p) => [p.date, p.certain, p.possible])
		);
		const cn = rows.find((r) => r.date === '2024-12-31')!;
		expect(cn.changes).toEqual(['Counted from here: China and Jordan']);
		expect(countRows(series, 'ru').find((r) => r.date === '2024-12-31')!.changes).toEqual([
			'Учитываются с этой даты: Китай и Иордания'
		]);
		expect(rows[0].changes).toEqual([]);
	});

	it('names who stops counting as well as who starts', () => {
		const lines = stepChanges({ added: ['KZ'], removed: ['CN', 'IN'] }, 'en');
		expect(lines).toEqual(['Counted from here: Kazakhstan', 'No longer counted: China and India']);
		// The tooltip is the counts, then the same lines.
		const points = stepPoints(cumulativeSeries(data));
		const cn = points.find((p) => p.date === '2024-12-31')!;
		expect(pointLines(cn, 'en').slice(-1)).toEqual(stepChanges(cn, 'en'));
	});
});
