/**
 * The projected map: one path per feature, its area on the map and the point to anchor a
 * symbol at. Server and build only: it needs d3-geo, which the browser never loads (see
 * StatusMap.svelte).
 */
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { CompactPath } from './path';
import { fitProjection } from './projection';
import type { FeatureProps, MapTopology, Role } from './topology';

export interface Shape {
	/** ISO alpha-2 code for states, a key of disputed.ts for disputed areas. */
	key: string;
	role: Role;
	/** SVG path data in viewBox units; '' when nothing of it is inside the frame. */
	d: string;
	/** Area on the map of the part inside the frame, in viewBox units². */
	area: number;
	/** Centre of its largest polygon on the map, where a symbol goes. */
	centre: [number, number];
}

export interface ProjectedMap {
	width: number;
	height: number;
	shapes: Shape[];
}

type Geo = Feature<Polygon | MultiPolygon, FeatureProps>;

function largestPolygon(f: Geo): Feature<Polygon> {
	const polygons =
		f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	let best = polygons[0];
	let bestArea = -1;
	for (const coordinates of polygons) {
		const area = geoArea({ type: 'Polygon', coordinates });
		if (area > bestArea) [best, bestArea] = [coordinates, area];
	}
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

function project(projection: GeoProjection, features: Geo[], width: number, height: number) {
	const context = new CompactPath();
	const draw = geoPath(projection, context);
	const measure = geoPath(projection);
	const shapes: Shape[] = features.map((f) => {
		draw(f);
		const centre = measure.centroid(largestPolygon(f));
		return {
			key: String(f.id),
			role: f.properties.role,
			d: context.result(),
			area: measure.area(f),
			centre: [Math.round(centre[0] * 10) / 10, Math.round(centre[1] * 10) / 10]
		};
	});
	return { width, height, shapes: shapes.filter((s) => s.d !== '') };
}

/** Projects the topology with the projection fitted to its members. */
export function projectTopology(topology: MapTopology): ProjectedMap {
	const all = feature(topology, topology.objects.countries).features as Geo[];
	const members = all.filter((f) => f.properties.role === 'member');
	const { projection, width, height } = fitProjection({
		type: 'FeatureCollection',
		features: members
	});
	return project(projection, all, width, height);
}
