import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addDaysToDay,
	certainlyAfter,
	certainlyNotAfter,
	compareDates,
	daysBetween,
	daysInMonth,
	earliest,
	fromBounds,
	isExact,
	isPartialDate,
	isRange,
	latest,
	partialDateProblem,
	precisionOf,
	precisionOfValue,
	relationTo,
	toIso,
	today
} from '../../../src/lib/data/dates';

describe('earliest and latest', () => {
	it('reads each precision as the interval of days it could be', () => {
		expect([earliest('2024'), latest('2024')]).toEqual(['2024-01-01', '2024-12-31']);
		expect([earliest('2024-02'), latest('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
		expect([earliest('2025-02'), latest('2025-02')]).toEqual(['2025-02-01', '2025-02-28']);
		expect([earliest('2024-12'), latest('2024-12')]).toEqual(['2024-12-01', '2024-12-31']);
		expect([earliest('2024-04'), latest('2024-04')]).toEqual(['2024-04-01', '2024-04-30']);
		expect([earliest('2011-11-30'), latest('2011-11-30')]).toEqual(['2011-11-30', '2011-11-30']);
	});

	it('reads a range from the first day of its start to the last day of its end', () => {
		const range = { from: '2010-06-08', to: '2022' };
		expect(isRange(range)).toBe(true);
		expect(isRange('2022')).toBe(false);
		expect(earliest(range)).toBe('2010-06-08');
		expect(latest(range)).toBe('2022-12-31');
		expect(earliest({ from: '2025', to: '2025-03-04' })).toBe('2025-01-01');
		expect(latest({ from: '2025', to: '2025-03' })).toBe('2025-03-31');
	});

	it('knows the precision of a date and of a value', () => {
		expect(precisionOf('2024')).toBe('year');
		expect(precisionOf('2024-12')).toBe('month');
		expect(precisionOf('2024-12-13')).toBe('day');
		expect(precisionOfValue({ from: '2025', to: '2025-03-11' })).toBe('range');
		expect(precisionOfValue('2024-12')).toBe('month');
	});

	it('writes a range as from/to and a date as itself', () => {
		expect(toIso({ from: '2010-06-08', to: '2022' })).toBe('2010-06-08/2022');
		expect(toIso('2024')).toBe('2024');
	});
});

describe('isExact', () => {
	it('is true only for a single day', () => {
		expect(isExact('2024-12-13')).toBe(true);
		expect(isExact('2024-12')).toBe(false);
		expect(isExact('2024')).toBe(false);
		expect(isExact({ from: '2025-03-04', to: '2025-03-04' })).toBe(true);
		expect(isExact({ from: '2025-03-04', to: '2025-03-05' })).toBe(false);
	});
});

describe('relationTo', () => {
	it('a year straddles a day inside it', () => {
		expect(relationTo('2024', '2024-06-30')).toBe('straddles');
		expect(relationTo('2024', '2024-01-01')).toBe('straddles');
		expect(relationTo('2024', '2024-12-31')).toBe('on-or-before');
		expect(relationTo('2024', '2023-12-31')).toBe('after');
		expect(relationTo('2024', '2025-01-01')).toBe('on-or-before');
	});

	it('a month is on or before its last day and straddles the day before', () => {
		expect(relationTo('2024-12', '2024-12-31')).toBe('on-or-before');
		expect(relationTo('2024-12', '2024-12-30')).toBe('straddles');
		expect(relationTo('2024-12', '2024-11-30')).toBe('after');
	});

	it('a day is on or before itself and after the day before', () => {
		expect(relationTo('2011-11-30', '2011-11-30')).toBe('on-or-before');
		expect(relationTo('2011-11-30', '2011-11-29')).toBe('after');
	});

	it('a range straddles any day between its bounds', () => {
		const range = { from: '2010-06-08', to: '2022' };
		expect(relationTo(range, '2010-06-07')).toBe('after');
		expect(relationTo(range, '2010-06-08')).toBe('straddles');
		expect(relationTo(range, '2011-12-31')).toBe('straddles');
		expect(relationTo(range, '2022-12-30')).toBe('straddles');
		expect(relationTo(range, '2022-12-31')).toBe('on-or-before');
	});
});

describe('comparisons across precisions', () => {
	it('a year and a day inside it are neither certainly before nor after each other', () => {
		expect(certainlyNotAfter('2024', '2024-06-30')).toBe(false);
		expect(certainlyAfter('2024', '2024-06-30')).toBe(false);
		expect(certainlyNotAfter('2024-06-30', '2024')).toBe(false);
		expect(certainlyAfter('2024-06-30', '2024')).toBe(false);
	});

	it('a month is not after its own last day', () => {
		expect(certainlyNotAfter('2024-12', '2024-12-31')).toBe(true);
		expect(certainlyAfter('2024-12', '2024-12-31')).toBe(false);
		expect(certainlyNotAfter('2024-12-31', '2024-12')).toBe(false);
	});

	it('distinct years are ordered, and a later range is after an earlier year', () => {
		expect(certainlyAfter('2025', '2024')).toBe(true);
		expect(certainlyNotAfter('2024', '2025')).toBe(true);
		expect(certainlyAfter({ from: '2025', to: '2025-03-11' }, '2024-12-13')).toBe(true);
		expect(certainlyAfter({ from: '2010-06-08', to: '2022' }, '2011-11-30')).toBe(false);
	});

	it('sorts by the earliest day, then by the latest (the more precise first)', () => {
		expect(compareDates('2024-12', '2024-12-31')).toBeLessThan(0);
		expect(compareDates('2024-12-01', '2024-12')).toBeLessThan(0);
		expect(compareDates('2024', '2024-01')).toBeGreaterThan(0);
		expect(compareDates('2024-01-01', '2024')).toBeLessThan(0);
		expect(compareDates('2024', '2024')).toBe(0);
		const sorted = ['2025', '2024-12-13', '2024', { from: '2010-06-08', to: '2022' }, '2024-12'].sort(
			compareDates
		);
		expect(sorted.map(toIso)).toEqual(['2010-06-08/2022', '2024', '2024-12', '2024-12-13', '2025']);
	});
});

describe('day arithmetic', () => {
	it('adds days across month ends, in a common and a leap year', () => {
		expect(addDaysToDay('2025-01-31', 30)).toBe('2025-03-02');
		expect(addDaysToDay('2024-01-31', 30)).toBe('2024-03-01');
		expect(addDaysToDay('2024-01-30', 30)).toBe('2024-02-29');
		expect(addDaysToDay('2025-01-30', 30)).toBe('2025-03-01');
		expect(addDaysToDay('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDaysToDay('2025-03-14', 30)).toBe('2025-04-13');
		expect(addDaysToDay('2025-03-01', -1)).toBe('2025-02-28');
	});

	it('counts the days between two days', () => {
		expect(daysBetween('2025-01-31', '2025-03-02')).toBe(30);
		expect(daysBetween('2024-01-31', '2024-03-01')).toBe(30);
		expect(daysBetween('2025-03-02', '2025-01-31')).toBe(-30);
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
	});

	it('is not shifted by the local time zone around a DST change', () => {
		// Europe's clocks go forward on 30 March 2025; UTC arithmetic must not notice.
		expect(addDaysToDay('2025-03-29', 2)).toBe('2025-03-31');
		expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
	});
});

describe('addDays keeps the precision', () => {
	it('a day plus 30 is a day', () => {
		expect(addDays('2025-01-31', 30)).toBe('2025-03-02');
		expect(addDays('2024-01-31', 30)).toBe('2024-03-01');
		expect(addDays('2024-01-30', 30)).toBe('2024-02-29');
	});

	it('a month plus 30 days is the range of the first and the last day plus 30', () => {
		expect(addDays('2025-01', 30)).toEqual({ from: '2025-01-31', to: '2025-03-02' });
		expect(addDays('2024-01', 30)).toEqual({ from: '2024-01-31', to: '2024-03-01' });
		expect(addDays('2025-02', 30)).toEqual({ from: '2025-03-03', to: '2025-03-30' });
	});

	it('a year plus 30 days is a range across two years', () => {
		expect(addDays('2025', 30)).toEqual({ from: '2025-01-31', to: '2026-01-30' });
		expect(addDays('2024', 30)).toEqual({ from: '2024-01-31', to: '2025-01-30' });
	});

	it('a range plus 30 days moves both bounds', () => {
		expect(addDays({ from: '2025', to: '2025-03-04' }, 30)).toEqual({
			from: '2025-01-31',
			to: '2025-04-03'
		});
	});

	it('adding 0 days gives back a month or a year', () => {
		expect(addDays('2024-02', 0)).toBe('2024-02');
		expect(addDays('2024', 0)).toBe('2024');
	});
});

describe('fromBounds', () => {
	it('gives a day, a whole month or a whole year when the bounds cover exactly that', () => {
		expect(fromBounds('2025-07-10', '2025-07-10')).toBe('2025-07-10');
		expect(fromBounds('2025-07-01', '2025-07-31')).toBe('2025-07');
		expect(fromBounds('2024-02-01', '2024-02-29')).toBe('2024-02');
		expect(fromBounds('2025-02-01', '2025-02-28')).toBe('2025-02');
		expect(fromBounds('2025-01-01', '2025-12-31')).toBe('2025');
	});

	it('gives a range otherwise', () => {
		expect(fromBounds('2025-07-01', '2025-07-30')).toEqual({ from: '2025-07-01', to: '2025-07-30' });
		expect(fromBounds('2024-02-01', '2024-02-28')).toEqual({ from: '2024-02-01', to: '2024-02-28' });
		expect(fromBounds('2025-07-02', '2025-07-31')).toEqual({ from: '2025-07-02', to: '2025-07-31' });
		expect(fromBounds('2025-01-01', '2025-12-30')).toEqual({ from: '2025-01-01', to: '2025-12-30' });
		expect(fromBounds('2024-01-01', '2025-12-31')).toEqual({ from: '2024-01-01', to: '2025-12-31' });
		expect(fromBounds('2025-01-01', '2025-02-28')).toEqual({ from: '2025-01-01', to: '2025-02-28' });
	});

	it('round-trips every precision through its bounds', () => {
		for (const value of ['2024', '2024-02', '2025-02', '2024-12', '2024-02-29']) {
			expect(fromBounds(earliest(value), latest(value))).toBe(value);
		}
	});
});

describe('validity', () => {
	it('knows leap years, including the century rules', () => {
		expect(isPartialDate('2024-02-29')).toBe(true);
		expect(isPartialDate('2000-02-29')).toBe(true);
		expect(isPartialDate('2025-02-29')).toBe(false);
		expect(isPartialDate('2100-02-29')).toBe(false);
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2100, 2)).toBe(28);
		expect(daysInMonth(2000, 2)).toBe(29);
		expect(daysInMonth(2025, 12)).toBe(31);
	});

	it('explains why a text is not a date', () => {
		expect(partialDateProblem('2023-02-30')).toBe('day 30 does not exist in 2023-02');
		expect(partialDateProblem('2025-02-29')).toBe('day 29 does not exist in 2025-02');
		expect(partialDateProblem('2024-13')).toBe('month 13 does not exist');
		expect(partialDateProblem('2024-00')).toBe('month 00 does not exist');
		expect(partialDateProblem('2024-04-31')).toBe('day 31 does not exist in 2024-04');
		expect(partialDateProblem('2024-04-00')).toBe('day 00 does not exist in 2024-04');
		expect(partialDateProblem('1800')).toBe('year 1800 is out of range');
		for (const bad of ['30/02/2023', '2024-1-5', '24', '2024-12-13T00:00', ' 2024', '', 'yesterday']) {
			expect(partialDateProblem(bad)).toMatch(/not a date of the form YYYY, YYYY-MM or YYYY-MM-DD/);
		}
	});

	it('accepts each precision', () => {
		for (const good of ['2024', '2024-12', '2024-12-31', '1999', '2024-04-30']) {
			expect(partialDateProblem(good)).toBeNull();
		}
	});
});

describe('today', () => {
	it('is the UTC day, whatever the local time zone', () => {
		expect(today(new Date('2025-03-17T23:30:00Z'))).toBe('2025-03-17');
		expect(today(new Date('2025-03-17T23:30:00-05:00'))).toBe('2025-03-18');
	});
});

describe('properties over arbitrary dates', () => {
	const day = fc
		.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10));
	const partial = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));

	it('every partial date is valid, and its bounds are valid days in order', () => {
		fc.assert(
			fc.property(partial, (p) => {
				expect(isPartialDate(p)).toBe(true);
				expect(isPartialDate(earliest(p)) && isPartialDate(latest(p))).toBe(true);
				expect(earliest(p) <= latest(p)).toBe(true);
				expect(earliest(p).startsWith(p) && latest(p).startsWith(p)).toBe(true);
			})
		);
	});

	it('relationTo agrees with the bounds', () => {
		fc.assert(
			fc.property(partial, day, (p, d) => {
				const r = relationTo(p, d);
				expect(r === 'on-or-before').toBe(latest(p) <= d);
				expect(r === 'after').toBe(earliest(p) > d);
			})
		);
	});

	it('adding days moves both bounds and can be undone', () => {
		fc.assert(
			fc.property(partial, fc.integer({ min: -400, max: 400 }), (p, n) => {
				const moved = addDays(p, n);
				expect(earliest(moved)).toBe(addDaysToDay(earliest(p), n));
				expect(latest(moved)).toBe(addDaysToDay(latest(p), n));
				expect(daysBetween(earliest(p), earliest(moved))).toBe(n);
				expect(addDays(moved, -n)).toEqual(p);
			})
		);
	});
});
