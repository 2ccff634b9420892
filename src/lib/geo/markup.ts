/**
 * The map's shapes as SVG markup, for one status and language: written into the page on
 * the server only (StatusMap.svelte explains why the browser never builds it). Context
 * states form one muted path; each disputed area is a neutral path of its own; each member
 * is a link to its state page that carries data-state and data-stage, with its shape and,
 * for a state too small to see, a circle on top.
 */
import type { Lang } from '../i18n';
import { statePath } from '../paths';
import type { Status } from '../status/engine';
import { memberClass, memberLabel, memberView } from './classes';
import topology from './generated/topology';
import { projectTopology, type ProjectedMap, type Shape } from './shapes';
import { placeSymbols, type PlacedSymbol } from './symbols';

export interface MarkupOptions {
	status: Status;
	lang: Lang;
	/** ISO alpha-2 code of a member to emphasise. */
	highlight?: string;
}

export interface MapMarkup {
	width: number;
	height: number;
	/** The inner markup of the shapes' group. */
	markup: string;
	/** The codes of the members drawn with a symbol. */
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

function symbolMarkup(s: PlacedSymbol): string {
	const leader = s.anchor
		? `<path class="leader" d="M${s.anchor[0]} ${s.anchor[1]}L${s.x} ${s.y}"/>`
		: '';
	return `${leader}<circle cx="${s.x}" cy="${s.y}" r="${s.r}"/>`;
}

function memberMarkup(
	shape: Shape,
	symbol: PlacedSymbol | undefined,
	{ status, lang, highlight }: MarkupOptions
): string {
	const code = shape.key;
	const view = memberView(
		code,
		status.states.find((s) => s.state === code)
	);
	const possible = view.possible ? ` data-possible="${view.possible}"` : '';
	return (
		`<a href="${escapeAttr(statePath(code, lang))}" data-state="${code}" ` +
		`data-stage="${view.stage}"${possible} class="${memberClass(view, code === highlight)}" ` +
		`aria-label="${escapeAttr(memberLabel(view, lang))}">` +
		`<path d="${shape.d}"/>${symbol ? symbolMarkup(symbol) : ''}</a>`
	);
}

export function mapMarkup(options: MarkupOptions): MapMarkup {
	const { width, height, shapes } = projectedMap();
	const members = shapes.filter((s) => s.role === 'member');
	const symbols = placeSymbols(
		members.map((s) => ({ code: s.key, area: s.area, centre: s.centre })),
		width,
		height
	);
	const symbolOf = new Map(symbols.map((s) => [s.code, s]));
	// Paint order: states with a symbol last, so no neighbour covers their circle; the
	// highlighted state just before them, so its outline is not half hidden.
	const rank = (s: Shape) => (symbolOf.has(s.key) ? 2 : s.key === options.highlight ? 1 : 0);
	const ordered = [...members].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
	const context = shapes
		.filter((s) => s.role === 'context')
		.map((s) => s.d)
		.join('');
	const disputed = shapes
		.filter((s) => s.role === 'disputed')
		.map((s) => `<path class="disputed" data-disputed="${s.key}" d="${s.d}"/>`)
		.join('');
	// The context and the disputed areas are background: nothing in them to read or click.
	const markup =
		`<g aria-hidden="true"><path class="land" d="${context}"/>${disputed}</g>` +
		ordered.map((s) => memberMarkup(s, symbolOf.get(s.key), options)).join('');
	return { width, height, markup, symbols: symbols.map((s) => s.code) };
}
