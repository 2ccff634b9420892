/**
 * The figures of docs/PERFORMANCE.md, written from two runs of `npm run bench` (their
 * bench.json): the site before a change and after it. Nothing in the block is typed by
 * hand: `npm run bench:doc -- BEFORE AFTER` rewrites it.
 */

/** What the report reads of a bench.json (scripts/bench.ts writes it). */
export interface BenchFile {
	date: string;
	runsPerPage?: number;
	load?: { before: number[]; after: number[] };
	pages: {
		name: string;
		url: string;
		performance: number;
		accessibility: number;
		bestPractices?: number;
		seo: number;
		lcpMs: number;
		transferBytes: number;
		scriptBytes: number;
		requests: number;
	}[];
	budgets: {
		what: string;
		value: number;
		limit: number;
		kind: 'max' | 'min';
		unit: 'score' | 'bytes' | 'ms';
		ok: boolean;
	}[];
}

export const BEGIN = '<!-- bench:begin (npm run bench:doc writes this block) -->';
export const END = '<!-- bench:end -->';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const score = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));
const day = (iso: string) => iso.slice(0, 16).replace('T', ' ') + ' UTC';
const load = (l: number[] | undefined) =>
	l ? l.map((n) => n.toFixed(1)).join(', ') : 'not recorded';

function row(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

function show(unit: BenchFile['budgets'][number]['unit'], value: number): string {
	if (unit === 'bytes') return kib(value);
	// Paints in seconds; the editor's checks, a tenth of a second at most, in ms.
	if (unit === 'ms') return value >= 500 ? seconds(value) : `${value.toFixed(0)} ms`;
	return score(value);
}

/** The markdown block: each page before and after, then every budget of the later run. */
export function figures(before: BenchFile, after: BenchFile): string {
	const lines: string[] = [];
	const runs = (b: BenchFile) => `median of ${b.runsPerPage ?? '?'} runs`;
	lines.push(
		`Before: ${day(before.date)}, ${runs(before)}, load average (1, 5, 15 min) ` +
			`${load(before.load?.before)} at the start. After: ${day(after.date)}, ${runs(after)}, ` +
			`load average ${load(after.load?.before)} at the start, ${load(after.load?.after)} at the end.`,
		''
	);
	lines.push(
		row([
			'page',
			'transferred',
			'of which JavaScript',
			'requests',
			'LCP',
			'performance',
			'accessibility',
			'best practices',
			'SEO'
		]),
		row(Array(9).fill('---'))
	);
	for (const page of after.pages) {
		const old = before.pages.find((p) => p.name === page.name);
		const pair = (f: (p: BenchFile['pages'][number]) => string) =>
			old ? `${f(old)} → ${f(page)}` : f(page);
		lines.push(
			row([
				`${page.name} \`${new URL(page.url).pathname}\``,
				pair((p) => kib(p.transferBytes)),
				pair((p) => kib(p.scriptBytes)),
				pair((p) => String(p.requests)),
				pair((p) => seconds(p.lcpMs)),
				pair((p) => score(p.performance)),
				pair((p) => score(p.accessibility)),
				pair((p) => score(p.bestPractices)),
				pair((p) => score(p.seo))
			])
		);
	}
	lines.push('', row(['budget', 'limit', 'measured', '']), row(Array(4).fill('---')));
	for (const b of after.budgets) {
		lines.push(
			row([
				b.what,
				`${b.kind === 'max' ? '≤' : '≥'} ${show(b.unit, b.limit)}`,
				show(b.unit, b.value),
				b.ok ? 'ok' : '**broken**'
			])
		);
	}
	return lines.join('\n');
}

/** `doc` with the text between BEGIN and END replaced by `block`. */
export function replaceBlock(doc: string, block: string): string {
	const start = doc.indexOf(BEGIN);
	const end = doc.indexOf(END);
	if (start < 0 || end < start) throw new Error(`the document has no ${BEGIN} … ${END} block`);
	return `${doc.slice(0, start + BEGIN.length)}\n\n${block}\n\n${doc.slice(end)}`;
}
