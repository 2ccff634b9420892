/**
 * The timeline's list on the real data: nothing left out, every imprecise date in its
 * place, and the actions later than the as-of date marked rather than dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDates, earliest, latest } from '../../../src/lib/data/dates';
import { statusAt } from '../../../src/lib/status/engine';
import { timelineEvents } from '../../../src/lib/timeline/events';
import { DATA_DIR } from '../../fixtures/paths';
import { realData } from '../../helpers/real-data';

const data = realData();

/** The actions counted straight from the files, not through the loader. */
function actionsOnDisk(): { state: string; type: string }[] {
	const dir = join(DATA_DIR, 'states');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => {
			const file = JSON.parse(readFileSync(join(dir, f), 'utf8'));
			return file.actions.map((a: { type: string }) => ({ state: file.state, type: a.type }));
		});
}

describe('timelineEvents', () => {
	it('lists every action in the state files, once', () => {
		const onDisk = actionsOnDisk();
		const events = timelineEvents(statusAt(data, '2025-03-17'));
		expect(onDisk.length).toBe(18);
		expect(events).toHaveLength(onDisk.length);
		expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
		const key = (x: { state: string; type: string }) => `${x.state}:${x.type}`;
		expect(events.map(key).sort()).toEqual(onDisk.map(key).sort());
	});

	it('orders by earliest day, then latest, then state', () => {
		const events = timelineEvents(statusAt(data, '2025-03-17'));
		for (let i = 1; i < events.length; i++) {
			expect(compareDates(events[i - 1].date, events[i].date)).toBeLessThanOrEqual(0);
		}
		// The signature on 8 June 2010 is one day, so it precedes the ranges that start that day.
		expect(events[0]).toMatchObject({ state: 'RU', type: 'signature', date: '2010-06-08' });
		expect(events.slice(1, 6).map((e) => e.state)).toEqual(['AZ', 'IN', 'KG', 'MN', 'TR']);
		// "2023" starts on 1 January, before the Chinese approval of 24 October 2023.
		const order = events.map((e) => `${e.state}:${e.type}`);
		expect(order.indexOf('BD:ratification')).toBeLessThan(order.indexOf('CN:domestic-approval'));
		// Two actions dated "2024" tie on both bounds and fall back to the state code.
		expect(order.indexOf('CN:ratification')).toBe(order.indexOf('JO:ratification') - 1);
		expect(events.at(-1)).toMatchObject({ state: 'CN', type: 'deposit', date: '2025-03-14' });
	});

	it('keeps the two Russian approvals in date order with their organs', () => {
		const ru = timelineEvents(statusAt(data, '2025-03-17')).filter(
			(e) => e.state === 'RU' && e.type === 'domestic-approval'
		);
		expect(ru.map((e) => [e.date, e.by])).toEqual([
			['2011-11-18', 'State Duma'],
			['2011-11-25', 'Federation Council']
		]);
	});

	it('resolves each source to its title and keeps the locator', () => {
		const cn = timelineEvents(statusAt(data, '2025-03-17')).find(
			(e) => e.state === 'CN' && e.type === 'ratification'
		)!;
		expect(cn.sources[0].source.title).toMatch(/^Voice of Asia/);
		expect(cn.sources[0].locator).toContain('17 March 2025');
		expect(cn.alternatives).toHaveLength(1);
		expect(cn.alternatives[0].date).toBe('2023-10-24');
		expect(cn.alternatives[0].sources[0].source.title).toMatch(/Gazette/);
		const ru = timelineEvents(statusAt(data, '2025-03-17')).find((e) => e.id === 'RU-3')!;
		expect(ru.sources.find((c) => c.source.id === 'ru-fz-368')?.source.url).toBe(
			'https://base.garant.ru/12192453/'
		);
	});

	it('marks actions after the as-of date and those whose date straddles it', () => {
		const events = timelineEvents(statusAt(data, '2011-11-29'));
		const relation = (id: string) => events.find((e) => e.id === id)?.relation;
		expect(relation('KZ-0')).toBe('on-or-before');
		expect(relation('RU-3')).toBe('after');
		// A ratification known only to fall between 2010 and 2022 may or may not be earlier.
		expect(relation('AZ-0')).toBe('straddles');
		expect(events).toHaveLength(18);
		for (const e of events) {
			const expected =
				latest(e.date) <= '2011-11-29'
					? 'on-or-before'
					: earliest(e.date) > '2011-11-29'
						? 'after'
						: 'straddles';
			expect(e.relation).toBe(expected);
		}
	});
});
