/**
 * Symbols for the members too small to see or click on the map: a member whose shape
 * covers less of the map than its symbol would is drawn with a circle as well. Circles
 * that would overlap are pushed apart, and a moved circle keeps a leader line to where
 * the state is. Pure arithmetic in viewBox units, deterministic.
 */

/** The circle's radius in viewBox units (1000 wide): 10 px on a 1000 px wide map. */
export const SYMBOL_RADIUS = 10;
/** Space kept between two circles. */
const GAP = 2;
/** A circle moved further than this from its state gets a leader line. */
const LEADER_FROM = SYMBOL_RADIUS / 2;

export interface SymbolInput {
	/** The member's ISO alpha-2 code. */
	state: string;
	/** The member's area on the map, in viewBox units². */
	area: number;
	/** Where its largest part is on the map. */
	centre: [number, number];
}

export interface PlacedSymbol {
	state: string;
	x: number;
	y: number;
	r: number;
	/** The state's own centre, when the circle had to move away from it. */
	anchor: [number, number] | null;
}

/** True when a shape of this area would be smaller than its symbol. */
export function needsSymbol(area: number): boolean {
	return area < Math.PI * SYMBOL_RADIUS * SYMBOL_RADIUS;
}

/**
 * Circles for every small member, none overlapping another, all inside the frame.
 * Each round pushes every overlapping pair apart along the line between them, half
 * each; a few dozen rounds settle a cluster of a handful of circles.
 */
export function placeSymbols(
	members: SymbolInput[],
	width: number,
	height: number,
	rounds = 200
): PlacedSymbol[] {
	const small = members
		.filter((m) => needsSymbol(m.area))
		.sort((a, b) => a.state.localeCompare(b.state));
	const r = SYMBOL_RADIUS;
	const pos = small.map((m) => [...m.centre] as [number, number]);
	const min = 2 * r + GAP;
	for (let round = 0; round < rounds; round++) {
		let moved = false;
		for (let i = 0; i < pos.length; i++) {
			for (let j = i + 1; j < pos.length; j++) {
				let dx = pos[j][0] - pos[i][0];
				let dy = pos[j][1] - pos[i][1];
				let d = Math.hypot(dx, dy);
				if (d >= min) continue;
				// Two circles on the same point part along a direction set by their order.
				if (d === 0) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
				const push = (min - d) / 2 + 1e-6;
				const ux = dx / d;
				const uy = dy / d;
				pos[i] = [pos[i][0] - ux * push, pos[i][1] - uy * push];
				pos[j] = [pos[j][0] + ux * push, pos[j][1] + uy * push];
				moved = true;
			}
		}
		for (const p of pos) {
			p[0] = Math.min(width - r, Math.max(r, p[0]));
			p[1] = Math.min(height - r, Math.max(r, p[1]));
		}
		if (!moved) break;
	}
	const round1 = (v: number) => Math.round(v * 10) / 10;
	return small.map((m, i) => {
		const [x, y] = pos[i].map(round1);
		const far = Math.hypot(x - m.centre[0], y - m.centre[1]) > LEADER_FROM;
		return { state: m.state, x, y, r, anchor: far ? m.centre : null };
	});
}
