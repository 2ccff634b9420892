/**
 * A d3-geo path context that writes short SVG path data for polygons: whole viewBox units,
 * relative coordinates after the first ("M12 30l4 5 -2 1z m-3 8 4 1 …": after a relative
 * move, further pairs are lines), and no vertex that rounds onto the previous one. The absolute position is
 * rounded first and the differences taken of rounded values, so every vertex is within
 * half a unit of where it belongs however long the ring (no drift). Each result starts
 * with an absolute move, so results can be joined into one path. A ring that rounds to
 * fewer than three points encloses nothing and is left out.
 */
import type { GeoContext } from 'd3-geo';

export class CompactPath implements GeoContext {
	private out = '';
	/** Whether the result has a ring yet: the first move of a result is absolute. */
	private started = false;
	/** The pen's position in rounded units: after "z" it is back at the ring's start. */
	private x = 0;
	private y = 0;
	private ring: [number, number][] = [];

	moveTo(x: number, y: number): void {
		this.flush();
		this.ring = [[Math.round(x), Math.round(y)]];
	}

	lineTo(x: number, y: number): void {
		const p: [number, number] = [Math.round(x), Math.round(y)];
		const last = this.ring[this.ring.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
	}

	closePath(): void {
		this.flush();
	}

	/** For point features, which the map does not draw. */
	arc(): void {}

	/** Canvas callers begin a path; here each result() ends one. */
	beginPath(): void {}

	private flush(): void {
		const ring = this.ring;
		this.ring = [];
		const first = ring[0];
		const last = ring[ring.length - 1];
		if (ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
		if (ring.length < 3) return;
		const absolute = !this.started;
		this.started = true;
		let text = absolute ? 'M' : 'm';
		let [x, y] = absolute ? [0, 0] : [this.x, this.y];
		ring.forEach(([px, py], i) => {
			const dx = px - x;
			const dy = py - y;
			// After "M" further pairs would be absolute: the relative ones need an "l".
			const lead = i === 0 ? '' : i === 1 && absolute ? 'l' : dx < 0 ? '' : ' ';
			// A minus sign separates two numbers by itself.
			text += `${lead}${dx}${dy < 0 ? '' : ' '}${dy}`;
			[x, y] = [px, py];
		});
		this.out += `${text}z`;
		[this.x, this.y] = ring[0];
	}

	/** The path data so far (empty when nothing was drawn), in viewBox units. */
	result(): string {
		this.flush();
		const d = this.out;
		this.out = '';
		this.started = false;
		return d;
	}
}
