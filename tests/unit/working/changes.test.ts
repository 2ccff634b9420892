/**
 * What changed between two days (src/lib/working/changes.ts): the acts dated in the
 * interval with the count and each state's stage at both ends, and, apart, the
 * corrections made to the record in it, on the frozen record and synthetic ones.
 */
import { describe, expect, it } from 'vitest';
import { toIso } from '../../../src/lib/data/dates';
import {
	changesBetween,
	historyLines,
	sinceLastRevision,
	within
} from '../../../src/lib/working/changes';
import { realData } from '../../helpers/real-data';

const data = realData();
const history = historyLines(data);

describe('within an interval (the days after `from`, up to and including `to`)', () => {
	const march = { from: '2025-03-01', to: '2025-03-17' };
	it.each([
		['a day inside', '2025-03-14', 'certain'],
		['the last day', '2025-03-17', 'certain'],
		// The status on `from` already holds that day's acts.
		['the first day', '2025-03-01', null],
		['a day after', '2025-03-18', null],
		['the month, which starts on `from`', '2025-03', 'possible'],
		['a year straddling both ends', '2025', 'possible'],
		['a range ending inside', { from: '2025', to: '2025-03-04' }, 'possible'],
		['a range wholly inside', { from: '2025-03-02', to: '2025-03-16' }, 'certain'],
		['an earlier year', '2024', null]
	])('%s: %s', (_, date, expected) => {
		expect(within(date, march)).toBe(expected);
	});
});

describe('from 1 to 17 March 2025', () => {
	const c = changesBetween(data, history, { from: '2025-03-01', to: '2025-03-17' });

	it('lists the acts dated in it: China’s handover certainly, two ratifications possibly', () => {
		expect(c.acts.map((a) => [a.state, a.action.type, toIso(a.action.date), a.within])).toEqual([
			['TJ', 'ratification', '2025/2025-03-04', 'possible'],
			['PS', 'ratification', '2025/2025-03-11', 'possible'],
			['CN', 'deposit', '2025-03-14', 'certain']
		]);
		// With their sources.
		expect(c.acts[2].action.sources.map((s) => s.source.id)).toEqual(['voice-of-asia-2025-4']);
	});

	it('gives the count at both ends: 11–13 on 1 March, 13 on 17 March', () => {
		expect(c.count.from.counted).toEqual({ certain: 11, possible: 2 });
		expect(c.count.to.counted).toEqual({ certain: 13, possible: 0 });
		expect(c.count.from.deposited).toEqual({ certain: 0, possible: 0 });
		expect(c.count.to.deposited).toEqual({ certain: 1, possible: 0 });
		expect(c.count.to.entryIntoForce).toBeNull();
	});

	it('gives every state at both ends, and marks the three that changed', () => {
		expect(c.states).toHaveLength(28);
		expect(c.states.filter((s) => s.changed).map((s) => s.state)).toEqual(['CN', 'PS', 'TJ']);
		const cn = c.states.find((s) => s.state === 'CN')!;
		expect([cn.from.stage, cn.to.stage]).toEqual(['consent-given', 'deposited']);
		const tj = c.states.find((s) => s.state === 'TJ')!;
		expect([tj.from.counts, tj.to.counts]).toEqual(['possible', 'certain']);
		expect([tj.from.stage, tj.from.possibleStage, tj.to.stage]).toEqual([
			'none',
			'consent-given',
			'consent-given'
		]);
	});

	it('has no correction of the record: the record was written in November 2026', () => {
		expect(c.corrections).toEqual([]);
	});
});

describe('corrections of the record, apart from the acts', () => {
	it('over the days the record was written: every history line, and no act', () => {
		const c = changesBetween(data, history, { from: '2026-11-25', to: '2026-11-26' });
		expect(c.acts).toEqual([]);
		expect(c.count.from.counted).toEqual(c.count.to.counted);
		expect(c.corrections).toHaveLength(history.length);
		expect(c.corrections.every((x) => x.within === 'certain')).toBe(true);
		const kz = c.corrections.find((x) => x.file === 'states/KZ.json')!;
		expect(kz).toMatchObject({ state: 'KZ', revision: 1, date: '2026-11-26' });
	});

	it('reads every file’s history: treaty, members, sources and each state', () => {
		const files = new Set(history.map((h) => h.file));
		expect(files.size).toBe(31);
		expect(files).toContain('treaty.json');
		expect(files).toContain('states/UZ.json');
		expect(history.filter((h) => h.file === 'treaty.json').map((h) => h.revision)).toEqual(
			data.treaty.history.map((h) => h.revision)
		);
	});

	it('a correction dated only by its month is possibly in an interval that cuts the month', () => {
		const lines = [{ file: 'treaty.json', revision: 2, date: '2026-11', summary: 'x' }];
		expect(
			changesBetween(data, lines, { from: '2026-11-10', to: '2026-11-20' }).corrections
		).toEqual([{ ...lines[0], within: 'possible' }]);
	});
});

describe('since the previous data revision', () => {
	const line = (date: string, revision = 1) => ({
		file: 'treaty.json',
		revision,
		date,
		summary: 'x'
	});

	it('runs from the last day of corrections before the latest to the latest', () => {
		expect(
			sinceLastRevision([line('2026-11-26'), line('2026-12-02', 3), line('2026-11-26', 2)])
		).toEqual({ from: '2026-11-26', to: '2026-12-02' });
	});

	it('with corrections on one day only, from the day before', () => {
		expect(sinceLastRevision([line('2026-11-26'), line('2026-11-26', 2)])).toEqual({
			from: '2026-11-25',
			to: '2026-11-26'
		});
	});

	it('in the frozen record: the one day it was written', () => {
		const interval = sinceLastRevision(history);
		expect(interval).toEqual({ from: '2026-11-25', to: '2026-11-26' });
		expect(changesBetween(data, history, interval).corrections).toHaveLength(history.length);
	});
});
