/**
 * Where a member's tooltip goes on the map, from the boxes the browser measures: the one
 * rule for the site's maps (components/map/StatusMap.svelte) and the widget's (embed/).
 */

/** A box on the screen, as getBoundingClientRect gives it (px). */
export interface Box {
	left: number;
	top: number;
	width: number;
	bottom: number;
}

/** The point the tooltip points to, in px from the map frame's top left corner. */
export interface Placement {
	x: number;
	y: number;
	/** The tooltip hangs below the point: there is no room for it above. */
	below: boolean;
}

/** Room a tooltip needs above its point, and half its usual width. */
const ROOM_ABOVE = 90;
const HALF_WIDTH = 70;

/**
 * At the pointer, or, for keyboard focus, at the top centre of the member's shape (below
 * its bottom when near the top of the map); never so near a side that it leaves the frame.
 */
export function tooltipPlacement(
	frame: Box,
	shape: Box,
	pointer?: { x: number; y: number }
): Placement {
	const x = pointer?.x ?? shape.left + shape.width / 2;
	const y = pointer?.y ?? shape.top;
	const below = y - frame.top < ROOM_ABOVE;
	const anchor = below && !pointer ? shape.bottom : y;
	return {
		x: Math.min(Math.max(x - frame.left, HALF_WIDTH), frame.width - HALF_WIDTH),
		y: anchor - frame.top,
		below
	};
}
