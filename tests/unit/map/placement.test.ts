/** Where a member's tooltip goes: the boxes are in px on the screen, the result in the frame's. */
import { describe, expect, it } from 'vitest';
import { tooltipPlacement, type Box } from '../../../src/lib/map/placement';

const frame: Box = { left: 100, top: 50, width: 400, bottom: 350 };
const box = (left: number, top: number, width: number, height: number): Box => ({
	left,
	top,
	width,
	bottom: top + height
});

describe('tooltipPlacement', () => {
	it('points at the pointer, above it, when there is room', () => {
		expect(tooltipPlacement(frame, box(250, 200, 40, 20), { x: 300, y: 220 })).toEqual({
			x: 200,
			y: 170,
			below: false
		});
	});

	it('points at the top centre of the shape for keyboard focus', () => {
		expect(tooltipPlacement(frame, box(250, 200, 40, 20))).toEqual({
			x: 170,
			y: 150,
			below: false
		});
	});

	it('hangs below the shape’s bottom when the shape is near the top of the map', () => {
		expect(tooltipPlacement(frame, box(250, 80, 40, 20))).toEqual({ x: 170, y: 50, below: true });
	});

	it('hangs below the pointer itself near the top, not below the shape', () => {
		expect(tooltipPlacement(frame, box(250, 60, 40, 100), { x: 260, y: 70 })).toMatchObject({
			y: 20,
			below: true
		});
	});

	it('keeps clear of the frame’s sides', () => {
		expect(tooltipPlacement(frame, box(100, 200, 4, 4)).x).toBe(70);
		expect(tooltipPlacement(frame, box(496, 200, 4, 4)).x).toBe(330);
	});
});
