/**
 * npm run geo
 * Writes src/lib/geo/generated/topology.ts: the map's geometry, from Natural Earth's
 * admin-0 countries at 1:50m (world-atlas; 1:110m has no Bahrain). It keeps the CICA
 * members (every state in data/members.json), the disputed areas of src/lib/geo/disputed.ts
 * and every other state in the map's frame as context, drops what lies outside the frame,
 * simplifies in viewBox units, and quantizes; beside it, frame.ts holds the viewBox for the
 * browser. Then it regenerates the state names (scripts/build-names.ts).
 * The output is deterministic (no randomness, no dates, sorted), because it is committed.
 */
import countries from 'i18n-iso-countries';
import { geoContains } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { DISPUTED_FEATURES, DISPUTED_PARTS } from '../src/lib/geo/disputed';
import { fitProjection, type FittedProjection } from '../src/lib/geo/projection';
import { projectTopology } from '../src/lib/geo/shapes';
import type { FeatureProps, MapTopology, Role } from '../src/lib/geo/topology';
import { writeNames } from './build-names';
import { writeAtomic } from '../src/lib/server/write';

const require = createRequire(import.meta.url);
const OUT = 'src/lib/geo/generated/topology.ts';
const FRAME_OUT = 'src/lib/geo/generated/frame.ts';

/** Hong Kong and Macao are special administrative regions of China: one member, one shape. */
const MERGE_INTO: Record<string, string> = { HK: 'CN', MO: 'CN' };
/** Triangles smaller than this (viewBox units²) lose their middle point. */
const SIMPLIFY_AREA = 1.2;
/** Polygons smaller than this (viewBox units²) are dropped, except a member's largest. */
const MIN_POLYGON_AREA = 4;
/** Margin around the frame, in viewBox units, so that clipping happens outside the view. */
const FRAME_MARGIN = 20;
/** Steps of the quantization grid over the kept geometry's longitude and latitude. */
const QUANTIZE = 20_000;
/** Marks a feature with neither an ISO code nor an entry in disputed.ts. */
const NO_CODE = 'no-code:';

type Rings = number[][];
interface Item {
	key: string;
	role: Role;
	polygons: Rings[];
}

function memberCodes(): string[] {
	const file = JSON.parse(readFileSync('data/members.json', 'utf8'));
	return file.members.map((m: { state: string }) => m.state);
}

function polygonsOf(g: GeometryObject): Rings[] {
	if (g.type === 'Polygon') return [(g as Polygon).arcs];
	if (g.type === 'MultiPolygon') return (g as MultiPolygon).arcs;
	return [];
}

/** The longitude-latitude rings of one polygon of arc indexes. */
function ringsOf(topology: Topology, polygon: Rings): [number, number][][] {
	const f = feature(topology, { type: 'Polygon', arcs: polygon });
	return (f.geometry as GeoJSON.Polygon).coordinates as [number, number][][];
}

/** Reads world-atlas into one item per state or disputed area, with members merged. */
function readItems(world: Topology, members: Set<string>): Item[] {
	const geometries = (world.objects.countries as { geometries: GeometryObject[] }).geometries;
	const disputedByName = new Map(DISPUTED_FEATURES.map((d) => [d.atlasName, d.key]));
	const groups = new Map<string, GeometryObject[]>();
	for (const g of geometries) {
		const name = (g.properties as { name: string }).name;
		let key = disputedByName.get(name);
		if (!key) {
			const code = g.id === undefined ? undefined : countries.numericToAlpha2(String(g.id));
			key = code ? (MERGE_INTO[code] ?? code) : `${NO_CODE}${name}`;
		}
		groups.set(key, [...(groups.get(key) ?? []), g]);
	}
	const disputedKeys = new Set(DISPUTED_FEATURES.map((d) => d.key));
	const items: Item[] = [];
	for (const [key, group] of groups) {
		// Merging removes the inner boundaries (China with Hong Kong and Macao).
		const merged = group.length > 1 ? mergeArcs(world, group as never) : group[0];
		const role: Role = disputedKeys.has(key) ? 'disputed' : members.has(key) ? 'member' : 'context';
		items.push({ key, role, polygons: polygonsOf(merged) });
	}
	for (const code of members) {
		if (!groups.has(code)) throw new Error(`member ${code} has no feature in world-atlas`);
	}
	for (const d of DISPUTED_FEATURES) {
		if (!groups.has(d.key)) throw new Error(`disputed feature "${d.atlasName}" not found`);
	}
	return items;
}

/** Moves the polygons of DISPUTED_PARTS out of their states into neutral items. */
function separateParts(world: Topology, items: Item[]): Item[] {
	const out = [...items];
	for (const part of DISPUTED_PARTS) {
		const from = out.find((i) => i.key === part.from);
		if (!from) throw new Error(`${part.key}: no feature ${part.from}`);
		const taken: Rings[] = [];
		for (const point of part.points) {
			const hit = from.polygons.find((p) =>
				geoContains({ type: 'Polygon', coordinates: ringsOf(world, p) }, point)
			);
			if (!hit) throw new Error(`${part.key}: no polygon of ${part.from} contains ${point}`);
			if (!taken.includes(hit)) taken.push(hit);
		}
		from.polygons = from.polygons.filter((p) => !taken.includes(p));
		out.push({ key: part.key, role: 'disputed', polygons: taken });
	}
	return out;
}

function projectedArea(fitted: FittedProjection, ring: [number, number][]): number {
	let sum = 0;
	const pts = ring.map((p) => fitted.projection(p)!);
	for (let i = 0, n = pts.length; i < n; i++) {
		const [x0, y0] = pts[i];
		const [x1, y1] = pts[(i + 1) % n];
		sum += x0 * y1 - x1 * y0;
	}
	return Math.abs(sum / 2);
}

function inFrame(fitted: FittedProjection, ring: [number, number][]): boolean {
	const m = FRAME_MARGIN;
	return ring.some((p) => {
		const [x, y] = fitted.projection(p)!;
		return x >= -m && x <= fitted.width + m && y >= -m && y <= fitted.height + m;
	});
}

/** Keeps the polygons that reach into the frame and are big enough to see. */
function selectPolygons(world: Topology, items: Item[], fitted: FittedProjection): Item[] {
	const kept: Item[] = [];
	for (const item of items) {
		const measured = item.polygons.map((p) => {
			const outer = ringsOf(world, p)[0];
			return { p, area: projectedArea(fitted, outer), seen: inFrame(fitted, outer) };
		});
		const largest = Math.max(...measured.map((m) => m.area));
		const polygons = measured
			.filter(
				(m) =>
					m.seen && (m.area >= MIN_POLYGON_AREA || (item.role === 'member' && m.area === largest))
			)
			.map((m) => m.p);
		if (item.role === 'member' && polygons.length === 0)
			throw new Error(`${item.key}: nothing drawn`);
		// Indian Ocean Ter. is far outside the frame; any such feature inside it must be placed
		// in disputed.ts or given a code before the map can draw it.
		if (polygons.length && item.key.startsWith(NO_CODE)) throw new Error(`${item.key} in frame`);
		if (polygons.length) kept.push({ ...item, polygons });
	}
	return kept.sort((a, b) => a.key.localeCompare(b.key));
}

function toGeometry(item: Item): GeometryObject<FeatureProps> {
	const props = { role: item.role };
	return item.polygons.length === 1
		? { type: 'Polygon', id: item.key, properties: props, arcs: item.polygons[0] }
		: { type: 'MultiPolygon', id: item.key, properties: props, arcs: item.polygons };
}

export function buildTopology(): MapTopology {
	const world = JSON.parse(
		readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
	) as Topology;
	const members = new Set(memberCodes());
	const items = separateParts(world, readItems(world, members));
	const memberFeatures = feature(world, {
		type: 'GeometryCollection',
		geometries: items.filter((i) => i.role === 'member').map(toGeometry)
	});
	const fitted = fitProjection(memberFeatures);
	const selected = selectPolygons(world, items, fitted);

	// filter() with no test prunes the arcs that no kept polygon uses.
	const pruned = filter(
		{
			type: 'Topology',
			transform: world.transform,
			arcs: world.arcs,
			objects: { countries: { type: 'GeometryCollection', geometries: selected.map(toGeometry) } }
		} as MapTopology,
		() => true
	);
	// Weights are areas on the map, so the detail kept is the same everywhere on screen.
	const weighted = presimplify(pruned, (triangle) => {
		const [a, b, c] = triangle.map((p) => fitted.projection(p as [number, number])!);
		return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
	});
	const simplified = simplify(weighted, SIMPLIFY_AREA);
	delete simplified.bbox;
	return quantize(simplified, QUANTIZE) as MapTopology;
}

const BANNER = '// Do not edit; run `npm run geo` to regenerate (scripts/build-geo.ts).\n';

/**
 * The viewBox, for the browser: the page's SVG element keeps the server's size only if
 * the client renders the same one, and the client must not load the geometry to learn it.
 * Computed from the final topology by the server's own code, so the two cannot differ.
 */
export function renderFrame(topology: MapTopology): string {
	const { width, height } = projectTopology(topology);
	return `${BANNER}export const MAP_FRAME = { width: ${width}, height: ${height} } as const;\n`;
}

export function renderModule(topology: MapTopology): string {
	// JSON.parse of a string literal loads faster than a large object literal and keeps the
	// type checker from inferring a type for every coordinate.
	return (
		BANNER +
		"import type { MapTopology } from '../topology';\n\n" +
		`const topology: MapTopology = JSON.parse(${JSON.stringify(JSON.stringify(topology))});\n\n` +
		'export default topology;\n'
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const topology = buildTopology();
	const text = renderModule(topology);
	writeAtomic(OUT, text);
	writeAtomic(FRAME_OUT, renderFrame(topology));
	const geometries = topology.objects.countries.geometries;
	const count = (role: Role) =>
		geometries.filter((g) => (g.properties as FeatureProps).role === role).length;
	console.log(
		`${OUT}: ${text.length} bytes (${gzipSync(text).length} gzipped); ` +
			`${count('member')} members, ${count('context')} context, ${count('disputed')} disputed, ` +
			`${topology.arcs.length} arcs`
	);
	// What the pages carry: the projected path data (the links around it add about 4 kB).
	const paths = projectTopology(topology)
		.shapes.map((s) => s.d)
		.join('');
	console.log(`SVG path data: ${paths.length} bytes (${gzipSync(paths).length} gzipped)`);
	writeNames();
}
