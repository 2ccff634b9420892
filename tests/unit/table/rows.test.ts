/**
 * The status table's rows on the real data as of 17 March 2025: who is in it, how each
 * column sorts (imprecise dates by their earliest day, empty cells always last) and
 * how the filters narrow it.
 */
import { describe, expect, it } from 'vitest';
import { statusAt } from '../../../src/lib/status/engine';
import {
	COLUMNS,
	filterRows,
	sortRows,
	stagesPresent,
	tableRows,
	type TableRow
} from '../../../src/lib/table/rows';
import { realData } from '../../helpers/real-data';

const data = realData();
const rows: TableRow[] = tableRows(statusAt(data, '2025-03-17'), 'en');

const codes = (list: TableRow[]) => list.map((r) => r.state);

describe('tableRows', () => {
	it('has every member, by name, with the dates of its steps', () => {
		expect(rows).toHaveLength(28);
		expect(rows[0].name).toBe('Afghanistan');
		expect(rows.at(-1)!.name).toBe('Viet Nam');
		const ru = rows.find((r) => r.state === 'RU')!;
		expect(ru).toMatchObject({
			stage: 'consent-given',
			signature: '2010-06-08',
			domesticApproval: '2011-11-18',
			consent: { type: 'ratification', date: '2011-11-30' },
			deposit: null
		});
		expect(ru.sources.map((s) => s.id)).toEqual(['ru-fz-368', 'voice-of-asia-2025-4']);
		const cn = rows.find((r) => r.state === 'CN')!;
		expect(cn).toMatchObject({ stage: 'deposited', deposit: '2025-03-14' });
		// Palestine cites the digest twice; the table lists it once.
		expect(rows.find((r) => r.state === 'PS')!.sources).toHaveLength(1);
		expect(rows.find((r) => r.state === 'AF')).toMatchObject({ stage: 'none', sources: [] });
	});

	it('leaves out states that are not members yet', () => {
		// Kuwait joined on 13 October 2022, Sri Lanka in 2018, Bangladesh and Qatar in 2014.
		const early = tableRows(statusAt(data, '2013-01-01'), 'en');
		const all = codes(rows);
		expect(all.filter((s) => !codes(early).includes(s)).sort()).toEqual(['BD', 'KW', 'LK', 'QA']);
		expect(early).toHaveLength(24);
	});

	it('shows the stage a state has possibly reached when its date straddles the day', () => {
		const feb = tableRows(statusAt(data, '2025-02-01'), 'en');
		expect(feb.find((r) => r.state === 'PS')).toMatchObject({
			stage: 'none',
			possibleStage: 'consent-given'
		});
	});

	it('names states in the page language', () => {
		const ru = tableRows(statusAt(data, '2025-03-17'), 'ru');
		expect(ru.find((r) => r.state === 'CN')!.name).toBe('Китай');
		expect(ru[0].name.localeCompare(ru[1].name, 'ru')).toBeLessThan(0);
	});
});

describe('sortRows', () => {
	it('sorts by state name both ways', () => {
		const up = sortRows(rows, 'state', 'ascending', 'en');
		const down = sortRows(rows, 'state', 'descending', 'en');
		expect(codes(down)).toEqual(codes(up).reverse());
		expect(up[0].state).toBe('AF');
	});

	it('sorts by stage in stage order, the possible stage breaking ties', () => {
		const up = sortRows(rows, 'stage', 'ascending', 'en');
		expect(up[0].stage).toBe('none');
		expect(up.at(-1)!.state).toBe('CN');
		expect(sortRows(rows, 'stage', 'descending', 'en')[0].state).toBe('CN');
		const feb = tableRows(statusAt(data, '2025-02-01'), 'en');
		const sorted = sortRows(feb, 'stage', 'ascending', 'en');
		const none = sorted.filter((r) => r.stage === 'none');
		// Among states with no certain step, those possibly further along come last.
		expect(none.slice(-2).map((r) => r.state)).toEqual(['PS', 'TJ']);
	});

	it('sorts by consent date: earliest day first, so 28 Nov 2011 precedes the year 2023', () => {
		const up = sortRows(rows, 'consent', 'ascending', 'en');
		const order = codes(up);
		expect(order.indexOf('KZ')).toBeLessThan(order.indexOf('BD'));
		// The five ranges from 8 June 2010 start earliest.
		expect(order.slice(0, 5)).toEqual(['AZ', 'IN', 'KG', 'MN', 'TR']);
		expect(order.slice(5, 8)).toEqual(['KZ', 'RU', 'BD']);
		// "2024" (from 1 January) comes before 13 December 2024; China and Jordan tie, by name.
		expect(order.slice(8, 11)).toEqual(['CN', 'JO', 'PK']);
		// Both from 1 January 2025; Tajikistan's range ends earlier (4 March, Palestine 11 March).
		expect(order.slice(11, 13)).toEqual(['TJ', 'PS']);
		const down = codes(sortRows(rows, 'consent', 'descending', 'en'));
		expect(down.indexOf('BD')).toBeLessThan(down.indexOf('KZ'));
		expect(down.slice(0, 2)).toEqual(['PS', 'TJ']);
	});

	it('keeps empty cells last whichever way a date column is sorted', () => {
		for (const column of ['signature', 'domesticApproval', 'consent', 'deposit'] as const) {
			for (const direction of ['ascending', 'descending'] as const) {
				const sorted = sortRows(rows, column, direction, 'en');
				const value = (r: TableRow) => (column === 'consent' ? r.consent : r[column]);
				const firstEmpty = sorted.findIndex((r) => value(r) === null);
				expect(sorted.slice(firstEmpty).every((r) => value(r) === null)).toBe(true);
				expect(firstEmpty).toBeGreaterThan(0);
			}
		}
	});

	it('sorts by signature, domestic approval and deposit dates', () => {
		expect(sortRows(rows, 'signature', 'ascending', 'en')[0].state).toBe('RU');
		expect(codes(sortRows(rows, 'domesticApproval', 'ascending', 'en')).slice(0, 2)).toEqual([
			'RU',
			'CN'
		]);
		expect(codes(sortRows(rows, 'domesticApproval', 'descending', 'en')).slice(0, 2)).toEqual([
			'CN',
			'RU'
		]);
		expect(sortRows(rows, 'deposit', 'descending', 'en')[0].state).toBe('CN');
	});

	it('sorts by sources, by title', () => {
		const up = sortRows(rows, 'sources', 'ascending', 'en');
		// "Federal Law ..." < "Gazette ..." < "Law of the Republic of Kazakhstan ...".
		expect(codes(up).slice(0, 3)).toEqual(['RU', 'CN', 'KZ']);
		expect(up[12].sources[0].title).toMatch(/^Voice of Asia/);
		const down = sortRows(rows, 'sources', 'descending', 'en');
		expect(down[0].sources[0].title).toMatch(/^Voice of Asia/);
		expect(down.findIndex((r) => r.sources.length === 0)).toBe(13);
	});

	it('has a comparator for every column and never loses or adds a row', () => {
		for (const column of COLUMNS) {
			const sorted = sortRows(rows, column, 'descending', 'en');
			expect(codes(sorted).sort()).toEqual(codes(rows).sort());
		}
	});
});

describe('filterRows', () => {
	it('filters by stage', () => {
		expect(codes(filterRows(rows, { stage: 'deposited', query: '' }))).toEqual(['CN']);
		expect(filterRows(rows, { stage: 'consent-given', query: '' })).toHaveLength(12);
		expect(filterRows(rows, { stage: 'none', query: '' })).toHaveLength(15);
		expect(filterRows(rows, { stage: 'all', query: '' })).toHaveLength(28);
		expect(stagesPresent(rows)).toEqual(['none', 'consent-given', 'deposited']);
	});

	it('matches a possible stage too', () => {
		const feb = tableRows(statusAt(data, '2025-02-01'), 'en');
		const codesFeb = codes(filterRows(feb, { stage: 'consent-given', query: '' }));
		expect(codesFeb).toContain('PS');
		expect(codesFeb).toContain('TJ');
	});

	it('filters by part of the name, ignoring case and accents, or by the code', () => {
		expect(codes(filterRows(rows, { stage: 'all', query: 'KAZ' }))).toEqual(['KZ']);
		expect(codes(filterRows(rows, { stage: 'all', query: 'turkiye' }))).toEqual(['TR']);
		expect(codes(filterRows(rows, { stage: 'all', query: ' kz ' }))).toEqual(['KZ']);
		expect(codes(filterRows(rows, { stage: 'all', query: 'stan' }))).toEqual([
			'AF',
			'KZ',
			'KG',
			'PK',
			'TJ',
			'UZ'
		]);
		expect(filterRows(rows, { stage: 'all', query: 'Atlantis' })).toHaveLength(0);
		const ru = tableRows(statusAt(data, '2025-03-17'), 'ru');
		expect(codes(filterRows(ru, { stage: 'all', query: 'казах' }))).toEqual(['KZ']);
	});

	it('combines both filters', () => {
		expect(codes(filterRows(rows, { stage: 'consent-given', query: 'stan' }))).toEqual([
			'KZ',
			'KG',
			'PK',
			'TJ'
		]);
	});
});
