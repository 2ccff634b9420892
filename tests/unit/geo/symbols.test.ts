/** Symbols for small states: only below the threshold, never overlapping, inside the frame. */
import { describe, expect, it } from 'vitest';
import { needsSymbol, placeSymbols, SYMBOL_RADIUS } from '../../../src/lib/geo/symbols';

const disc = Math.PI * SYMBOL_RADIUS ** 2;

describe('needsSymbol', () => {
	it('is true exactly when the shape covers less than its symbol would', () => {
		expect(needsSymbol(disc - 0.01)).toBe(true);
		expect(needsSymbol(disc)).toBe(false);
		expect(needsSymbol(0)).toBe(true);
	});
});

describe('placeSymbols', () => {
	// A cluster like the Gulf: four small states within a few units of each other.
	const cluster = [
		{ state: 'QA', area: 90, centre: [226, 539] as [number, number] },
		{ state: 'BH', area: 4, centre: [224, 532] as [number, number] },
		{ state: 'KW', area: 140, centre: [219, 517] as [number, number] },
		{ state: 'XX', area: 10, centre: [224, 532] as [number, number] },
		{ state: 'RU', area: 100_000, centre: [600, 200] as [number, number] }
	];

	it('places one circle per small state and none for a large one', () => {
		const placed = placeSymbols(cluster, 1000, 800);
		expect(placed.map((p) => p.state)).toEqual(['BH', 'KW', 'QA', 'XX']);
	});

	it('leaves no two circles overlapping, even two on the same point', () => {
		const placed = placeSymbols(cluster, 1000, 800);
		for (const a of placed) {
			for (const b of placed) {
				if (a === b) continue;
				expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * SYMBOL_RADIUS);
			}
		}
	});

	it('gives a moved circle a leader line to its state, and an unmoved one none', () => {
		const placed = placeSymbols(cluster, 1000, 800);
		for (const p of placed.filter((s) => s.anchor)) {
			expect(Math.hypot(p.x - p.anchor![0], p.y - p.anchor![1])).toBeGreaterThan(SYMBOL_RADIUS / 2);
		}
		const alone = placeSymbols([{ state: 'BH', area: 4, centre: [500, 400] }], 1000, 800);
		expect(alone).toEqual([{ state: 'BH', x: 500, y: 400, r: SYMBOL_RADIUS, anchor: null }]);
	});

	it('keeps circles inside the frame', () => {
		const edge = placeSymbols([{ state: 'BH', area: 4, centre: [1, 799] }], 1000, 800);
		expect(edge[0].x).toBe(SYMBOL_RADIUS);
		expect(edge[0].y).toBe(800 - SYMBOL_RADIUS);
	});

	it('is deterministic whatever the input order', () => {
		const a = placeSymbols(cluster, 1000, 800);
		const b = placeSymbols([...cluster].reverse(), 1000, 800);
		expect(b).toEqual(a);
	});
});
