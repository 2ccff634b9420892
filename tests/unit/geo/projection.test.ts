/** The projection fitted to the members: every member whole inside the frame, none cut off. */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import topology from '../../../src/lib/geo/generated/topology';
import { fitProjection, MAP_PADDING, MAP_WIDTH } from '../../../src/lib/geo/projection';
import type { FeatureProps } from '../../../src/lib/geo/topology';

const all = feature(topology, topology.objects.countries) as FeatureCollection<
	GeoJSON.Geometry,
	FeatureProps
>;
const members = all.features.filter((f) => f.properties.role === 'member');

describe('fitProjection', () => {
	const { projection, width, height } = fitProjection({
		type: 'FeatureCollection',
		features: members
	});
	const path = geoPath(projection);

	it('fits the members to the width, with the padding on every side', () => {
		const [[x0, y0], [x1, y1]] = path.bounds({ type: 'FeatureCollection', features: members });
		expect(width).toBe(MAP_WIDTH);
		expect(x0).toBeCloseTo(MAP_PADDING, 0);
		expect(x1).toBeCloseTo(MAP_WIDTH - MAP_PADDING, 0);
		expect(y0).toBeCloseTo(MAP_PADDING, 0);
		expect(Math.abs(height - MAP_PADDING - y1)).toBeLessThan(1.5);
	});

	it('keeps every member whole: Russia across 180°, Egypt in the west, Sri Lanka in the south', () => {
		for (const f of members) {
			const [[x0, y0], [x1, y1]] = path.bounds(f);
			expect(x0, String(f.id)).toBeGreaterThanOrEqual(0);
			expect(y0, String(f.id)).toBeGreaterThanOrEqual(0);
			expect(x1, String(f.id)).toBeLessThanOrEqual(width);
			expect(y1, String(f.id)).toBeLessThanOrEqual(height);
		}
		// Chukotka (east of 180°) lies east of Kamchatka on the map: no cut at the antimeridian.
		expect(projection([-175, 66])![0]).toBeGreaterThan(projection([160, 56])![0]);
	});
});
