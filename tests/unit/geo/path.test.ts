/** The compact path writer: short, exact to half a unit, and joinable. */
import { describe, expect, it } from 'vitest';
import { CompactPath } from '../../../src/lib/geo/path';

/** Reads path data written by CompactPath back into absolute rings. */
function parse(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let x = 0;
	let y = 0;
	let start: [number, number] = [0, 0];
	for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
		const nums = (args.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
		if (cmd === 'z' || cmd === 'Z') {
			[x, y] = start;
			continue;
		}
		for (let i = 0; i < nums.length; i += 2) {
			const absolute = cmd === 'M' || cmd === 'L';
			x = absolute ? nums[i] : x + nums[i];
			y = absolute ? nums[i + 1] : y + nums[i + 1];
			if (i === 0 && (cmd === 'M' || cmd === 'm')) {
				start = [x, y];
				rings.push([]);
			}
			rings[rings.length - 1].push([x, y]);
		}
	}
	return rings;
}

function draw(rings: [number, number][][]): string {
	const path = new CompactPath();
	for (const ring of rings) {
		ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
		path.closePath();
	}
	return path.result();
}

describe('CompactPath', () => {
	it('starts absolute, then writes relative whole units', () => {
		expect(
			draw([
				[
					[10.2, 20.7],
					[14.4, 20.6],
					[11, 25]
				]
			])
		).toBe('M10 21l4 0-3 4z');
	});

	it('moves relative to the start of the previous ring, where "z" leaves the pen', () => {
		const d = draw([
			[
				[0, 0],
				[10, 0],
				[10, 10]
			],
			[
				[20, 20],
				[30, 20],
				[30, 30]
			]
		]);
		expect(d).toBe('M0 0l10 0 0 10zm20 20 10 0 0 10z');
		expect(parse(d)).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10]
			],
			[
				[20, 20],
				[30, 20],
				[30, 30]
			]
		]);
	});

	it('keeps every vertex within half a unit of its place, with no drift on a long ring', () => {
		const ring: [number, number][] = Array.from({ length: 500 }, (_, i) => [
			100 + 80 * Math.cos(i / 80) + 0.37 * i,
			100 + 80 * Math.sin(i / 80)
		]);
		const [back] = parse(draw([ring]));
		const kept = ring.filter(
			(p, i) =>
				i === 0 ||
				Math.round(p[0]) !== Math.round(ring[i - 1][0]) ||
				Math.round(p[1]) !== Math.round(ring[i - 1][1])
		);
		expect(back).toHaveLength(kept.length);
		back.forEach(([x, y], i) => {
			expect(Math.abs(x - kept[i][0])).toBeLessThanOrEqual(0.5);
			expect(Math.abs(y - kept[i][1])).toBeLessThanOrEqual(0.5);
		});
	});

	it('leaves out a ring that rounds to fewer than three points, and the closing repeat', () => {
		expect(
			draw([
				[
					[0.1, 0.1],
					[0.2, 0.3],
					[0.4, 0.2]
				]
			])
		).toBe('');
		expect(
			draw([
				[
					[0, 0],
					[5, 0],
					[5, 5],
					[0, 0]
				]
			])
		).toBe('M0 0l5 0 0 5z');
	});

	it('can be joined: each result starts with an absolute move', () => {
		const a = draw([
			[
				[0, 0],
				[4, 0],
				[4, 4]
			]
		]);
		const b = draw([
			[
				[50, 50],
				[54, 50],
				[54, 54]
			]
		]);
		expect(parse(a + b)).toEqual([
			[
				[0, 0],
				[4, 0],
				[4, 4]
			],
			[
				[50, 50],
				[54, 50],
				[54, 54]
			]
		]);
	});
});
