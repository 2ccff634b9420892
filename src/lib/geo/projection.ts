/**
 * The map's projection: an equal-area conic centred on Asia, fitted to the member states.
 * Equal area, because a choropleth of states is read by area and Mercator would inflate
 * Russia's Arctic coast several times over; conic, because the members span latitudes
 * 5–82° N and 25° E to 170° W, which a cone touching at 20° and 55° N spans with little
 * distortion of shape. The rotation puts the cut at 85° W, far from any member, so the
 * Russian Far East (east of 180°) stays in one piece.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** The viewBox width; the SVG scales to its container, so this only sets precision. */
export const MAP_WIDTH = 1000;
/** Space kept free around the members, in viewBox units. */
export const MAP_PADDING = 8;

const CENTRE_LONGITUDE = 95;
const PARALLELS: [number, number] = [20, 55];

export interface FittedProjection {
	projection: GeoProjection;
	width: number;
	height: number;
}

/**
 * The projection fitted to `members`: their union fills the width less the padding, and the
 * height follows from their shape. Everything outside the frame is clipped.
 */
export function fitProjection(members: GeoPermissibleObjects): FittedProjection {
	const projection = geoConicEqualArea()
		.rotate([-CENTRE_LONGITUDE, 0])
		.parallels(PARALLELS)
		.fitWidth(MAP_WIDTH - 2 * MAP_PADDING, members);
	const [[, y0], [, y1]] = geoPath(projection).bounds(members);
	const [tx, ty] = projection.translate();
	projection.translate([tx + MAP_PADDING, ty - y0 + MAP_PADDING]);
	const height = Math.ceil(y1 - y0 + 2 * MAP_PADDING);
	projection.clipExtent([
		[0, 0],
		[MAP_WIDTH, height]
	]);
	return { projection, width: MAP_WIDTH, height };
}
