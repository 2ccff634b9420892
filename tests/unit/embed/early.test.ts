/**
 * early.js, the widget's inline script, is plain JavaScript written into the page as it is
 * (its hash allows it): it repeats the option lists of params.ts and the languages' paths.
 * Run here as the browser runs it, it must do what those modules say for every option.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import { parseEmbedParams, THEMES, VIEWS } from '../../../src/lib/embed/params';
import { LANGS, localizePath, type Lang } from '../../../src/lib/i18n/langs';
import { ROOT } from '../../fixtures/paths';

const EARLY = readFileSync(join(ROOT, 'src/lib/embed/early.js'), 'utf8');

/** What early.js does on the widget page in `pageLang` at `search`. */
function run(pageLang: Lang, search: string) {
	const dataset: Record<string, string> = {};
	let replaced: string | null = null;
	runInNewContext(EARLY, {
		URLSearchParams,
		location: { search, replace: (to: string) => (replaced = to) },
		document: { documentElement: { lang: pageLang, dataset } }
	});
	return { dataset, replaced };
}

/** What params.ts and the languages' paths say it must do. */
function expected(pageLang: Lang, search: string) {
	const options = parseEmbedParams(new URLSearchParams(search), ['KZ']);
	if (options.lang && options.lang !== pageLang) {
		const rest = new URLSearchParams(search);
		rest.delete('lang');
		const query = rest.toString();
		return {
			dataset: {},
			replaced: localizePath('/embed', options.lang) + (query ? `?${query}` : '')
		};
	}
	const dataset: Record<string, string> = {};
	if (options.theme !== 'auto') dataset.theme = options.theme;
	if (options.view !== 'full') dataset.view = options.view;
	return { dataset, replaced: null };
}

const QUERIES = [
	'',
	...VIEWS.map((v) => `?view=${v}`),
	...THEMES.map((t) => `?theme=${t}`),
	...LANGS.map((l) => `?lang=${l}&view=map&highlight=KZ`),
	'?view=bogus&theme=purple&lang=de',
	'?theme=dark&view=timeline&lang=en'
];

describe('early.js', () => {
	it.each(LANGS)('does what params.ts says on the %s widget, for every option', (lang) => {
		for (const query of QUERIES) {
			expect(run(lang, query), `${lang} ${query}`).toEqual(expected(lang, query));
		}
	});

	it('loads the widget in the language asked for, keeping the other options', () => {
		expect(run('en', '?view=count&lang=ru&theme=dark').replaced).toBe(
			'/ru/embed?view=count&theme=dark'
		);
		expect(run('ar', '?lang=en').replaced).toBe('/embed');
	});

	it('is allowed by its hash in the pages’ Content Security Policy', () => {
		const hash = createHash('sha256').update(EARLY).digest('base64');
		expect(config.kit?.csp?.directives?.['script-src']).toContain(`sha256-${hash}`);
	});
});
