import { describe, expect, it } from 'vitest';
import { statusAt } from '../../../src/lib/status/engine';
import { cumulativeSeries } from '../../../src/lib/status/series';
import { CODES, ratifiers, syntheticDataset } from '../../fixtures/synthetic';
import { realData } from '../../helpers/real-data';

const data = realData();

describe('cumulativeSeries on the real records', () => {
	it('runs from the signature to the recorded day and ends at 13 certain', () => {
		const series = cumulativeSeries(data);
		expect(series[0]).toMatchObject({ date: '2010-06-08', certain: 0, possible: 5 });
		expect(series.at(-1)).toMatchObject({ date: '2025-03-17', certain: 13, possible: 0 });
	});

	it('never decreases, and each point is in date order', () => {
		const series = cumulativeSeries(data);
		for (let i = 1; i < series.length; i++) {
			expect(series[i].certain).toBeGreaterThanOrEqual(series[i - 1].certain);
			expect(series[i].date > series[i - 1].date).toBe(true);
			expect(series[i].removed).toEqual([]);
		}
	});

	it('names the states as they become certain, each once', () => {
		const series = cumulativeSeries(data);
		const added = series.flatMap((p) => p.added);
		expect(added).toHaveLength(13);
		expect(new Set(added).size).toBe(13);
		expect(series.find((p) => p.date === '2011-11-28')?.added).toEqual(['KZ']);
		expect(series.find((p) => p.date === '2022-12-31')?.added.sort()).toEqual([
			'AZ',
			'IN',
			'KG',
			'MN',
			'TR'
		]);
		// China counts from its ratification ("2024") with Jordan; its deposit adds nothing.
		expect(series.find((p) => p.date === '2024-12-31')?.added).toEqual(['CN', 'JO']);
		expect(series.find((p) => p.date === '2025-03-14')).toBeUndefined();
	});

	it('agrees with the engine at every point', () => {
		for (const p of cumulativeSeries(data)) {
			expect(statusAt(data, p.date).counted).toEqual({ certain: p.certain, possible: p.possible });
		}
	});

	it('stops at the day asked for', () => {
		const series = cumulativeSeries(data, '2024-06-30');
		expect(series.at(-1)).toMatchObject({ date: '2024-06-30', certain: 8, possible: 2 });
	});
});

describe('cumulativeSeries on synthetic records', () => {
	it('shows a state leaving the organisation on the day it leaves', () => {
		const data = syntheticDataset([
			{ ...ratifiers(1)[0], left: '2024-06-01' },
			...ratifiers(3).slice(1)
		]);
		const series = cumulativeSeries(data, '2025-01-01');
		const drop = series.find((p) => p.removed.length > 0);
		expect(drop).toMatchObject({ date: '2024-06-01', certain: 2, removed: [CODES[0]] });
	});

	it('shows a withdrawal on its day', () => {
		const data = syntheticDataset([
			{
				state: CODES[0],
				actions: [
					{ type: 'ratification', date: '2020-01-01' },
					{ type: 'withdrawal', date: '2023-05-05' }
				]
			},
			...ratifiers(2).slice(1)
		]);
		const series = cumulativeSeries(data, '2025-01-01');
		expect(series.find((p) => p.date === '2023-05-05')).toMatchObject({
			certain: 1,
			removed: [CODES[0]]
		});
	});
});
