/**
 * The import rules of docs/ARCHITECTURE.md ("may import"), checked on the source: each
 * folder of src/lib imports only what its row of the table allows, so that, for one, the
 * map's geometry (geo/) stays free of what the map says, and the engine of Svelte and files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/paths';

const LIB = join(ROOT, 'src/lib');

/** What each folder may import: folders of src/lib (itself included) and packages. */
const MAY_IMPORT: Record<string, string[]> = {
	data: ['zod', 'i18n-iso-countries', 'jsonc-parser', 'i18n/langs'],
	status: ['data'],
	working: ['data', 'status'],
	geo: ['d3-geo', 'topojson-client', 'topojson-specification', 'geojson'],
	map: ['status', 'i18n', 'paths'],
	progress: ['status', 'i18n', 'data'],
	table: ['data', 'status', 'i18n'],
	timeline: ['data', 'status', 'i18n'],
	api: ['data', 'status', 'i18n', 'working'],
	embed: ['i18n/langs', 'map/placement'],
	// The site's own script: the frame and the as-of control only; the rest in its lazy parts.
	site: [
		'i18n/langs',
		'data/dates',
		'asof',
		'embed/tooltips',
		'embed/timeline',
		'components/timeline/chart'
	],
	record: ['data', 'i18n'],
	server: [
		'data',
		'status',
		'working',
		'i18n',
		'corrections',
		'node:fs',
		'node:path',
		'node:crypto',
		'@sveltejs/kit'
	]
};
/**
 * The one file of map/ that draws: it puts the marks on the geometry, on the server only.
 * The widget's chart, loaded for view=timeline only, draws with the site's chart code.
 */
const ALSO: Record<string, string[]> = {
	'map/server-markup.ts': ['geo'],
	'embed/timeline.ts': ['i18n', 'components/timeline/chart'],
	// The parts loaded when the reader uses them: the engine, the language, the components.
	'site/live.svelte.ts': [
		'svelte',
		'data',
		'i18n',
		'paths',
		'status',
		'map',
		'timeline',
		'components'
	],
	'site/whatif-live.ts': ['i18n', 'progress'],
	'site/record.ts': ['i18n', 'paths', 'status'],
	'site/map.ts': ['i18n', 'status', 'map']
};

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
	});
}

/** Each module a file imports: a path under src/lib ("status/engine") or a package name. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map(([, spec]) => {
		if (spec.startsWith('.')) return relative(LIB, join(dirname(file), spec));
		if (spec.startsWith('$lib/')) return spec.slice('$lib/'.length);
		return spec;
	});
}

const allowed = (target: string, rules: string[]) =>
	rules.some((r) => target === r || target.startsWith(`${r}/`));

describe('the import rules', () => {
	it.each(Object.keys(MAY_IMPORT))('%s/ imports only what it may', (folder) => {
		const broken = files(join(LIB, folder)).flatMap((file) => {
			const name = relative(LIB, file);
			const rules = [folder, ...MAY_IMPORT[folder], ...(ALSO[name] ?? [])];
			return importsOf(file)
				.filter((target) => !allowed(target, rules))
				.map((target) => `${name} → ${target}`);
		});
		expect(broken).toEqual([]);
	});

	it('catch a file that breaks them', () => {
		// The rule for geo/ applied to the map's server markup, which joins geometry and text.
		const file = join(LIB, 'map/server-markup.ts');
		const targets = importsOf(file).filter((t) => !allowed(t, ['geo', ...MAY_IMPORT.geo]));
		expect(targets).toEqual(['i18n', 'status/engine', 'map/marks']);
	});
});
