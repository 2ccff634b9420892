/**
 * The map's shapes as SVG markup: written into the page on the server only
 * (StatusMap.svelte explains why the browser never builds it). Context states form one
 * muted path; each disputed area is a neutral path of its own; each member is a link with
 * its shape and, for a state too small to see, a circle on top. What a member's link says
 * (its stage, class, label, address) is not geometry: the caller passes its attributes
 * (src/lib/map/marks.ts, the same function the browser uses to update them).
 */
import topology from './generated/topology';
import { projectTopology, type ProjectedMap, type Shape } from './shapes';
import { placeSymbols, type PlacedSymbol } from './symbols';

/** An element's attributes; null leaves one out. */
export type Attributes = Record<string, string | null>;

export interface MarkupOptions {
	/** The attributes of a member's link, by its ISO alpha-2 code. */
	attributes: (state: string) => Attributes;
	/** A member drawn above the other large members, so its outline shows whole. */
	raised?: string;
}

export interface MapMarkup {
	width: number;
	height: number;
	/** The inner markup of the shapes' group. */
	markup: string;
	/** The members drawn with a symbol. */
	symbols: string[];
}

let projected: ProjectedMap | undefined;

/** The projected map, computed on first use and then shared by every page of the build. */
export function projectedMap(): ProjectedMap {
	return (projected ??= projectTopology(topology));
}

function escapeAttr(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Borders stay hairlines whatever size the map is drawn at. An attribute, not CSS: pages
 * carry their CSS inline, and the HTML checker does not know the property in CSS.
 */
const HAIRLINE = ' vector-effect="non-scaling-stroke"';

function symbolMarkup(s: PlacedSymbol): string {
	const leader = s.anchor
		? `<path class="leader" d="M${s.anchor[0]} ${s.anchor[1]}L${s.x} ${s.y}"${HAIRLINE}/>`
		: '';
	return `${leader}<circle cx="${s.x}" cy="${s.y}" r="${s.r}"${HAIRLINE}/>`;
}

function attributeText(attributes: Attributes): string {
	return Object.entries(attributes)
		.filter((e): e is [string, string] => e[1] !== null)
		.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
		.join('');
}

function memberMarkup(shape: Shape, symbol: PlacedSymbol | undefined, attributes: Attributes) {
	return (
		`<a${attributeText(attributes)}>` +
		`<path d="${shape.d}"${HAIRLINE}/>${symbol ? symbolMarkup(symbol) : ''}</a>`
	);
}

export function mapMarkup(options: MarkupOptions): MapMarkup {
	const { width, height, shapes } = projectedMap();
	const members = shapes.filter((s) => s.role === 'member');
	const symbols = placeSymbols(
		members.map((s) => ({ state: s.key, area: s.area, centre: s.centre })),
		width,
		height
	);
	const symbolOf = new Map(symbols.map((s) => [s.state, s]));
	// Paint order: states with a symbol last, so no neighbour covers their circle; the
	// raised (highlighted) state just before them, so its outline is not half hidden.
	const rank = (s: Shape) => (symbolOf.has(s.key) ? 2 : s.key === options.raised ? 1 : 0);
	const ordered = [...members].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
	const context = shapes
		.filter((s) => s.role === 'context')
		.map((s) => s.d)
		.join('');
	const disputed = shapes
		.filter((s) => s.role === 'disputed')
		.map((s) => `<path class="disputed" data-disputed="${s.key}" d="${s.d}"${HAIRLINE}/>`)
		.join('');
	// The context and the disputed areas are background: nothing in them to read or click.
	const markup =
		`<g aria-hidden="true"><path class="land" d="${context}"${HAIRLINE}/>${disputed}</g>` +
		ordered.map((s) => memberMarkup(s, symbolOf.get(s.key), options.attributes(s.key))).join('');
	return { width, height, markup, symbols: symbols.map((s) => s.state) };
}
