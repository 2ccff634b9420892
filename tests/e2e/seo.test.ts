/**
 * What search engines read in build/: robots.txt, the sitemap, and each page's canonical
 * address, language alternates and description. Addresses are absolute on SITE_URL (or
 * its documented default), and the sitemap and the prerendered pages list the same pages.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SITE_URL, publicOrigin } from '../../src/lib/server/site-url';
import { ROOT } from '../fixtures/paths';

const BUILD = join(ROOT, 'build');
// The origin the build used (the default without a warning: the build gave it).
const ORIGIN = publicOrigin(process.env.SITE_URL || DEFAULT_SITE_URL);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The address a static host serves a page file at: "ru/states/kz.html" → "/ru/states/kz". */
const addressOf = (file: string) =>
	'/' +
	relative(BUILD, file)
		.split('\\')
		.join('/')
		.replace(/(^|\/)index\.html$/, '')
		.replace(/\.html$/, '');

/** The file a static host serves for an address (try_files $uri $uri.html $uri/index.html). */
const fileFor = (address: string) =>
	[join(BUILD, address), join(BUILD, `${address}.html`), join(BUILD, address, 'index.html')].find(
		(f) => existsSync(f) && f.endsWith('.html')
	);

const PAGES = htmlFiles(BUILD).map((file) => ({ file, address: addressOf(file) }));
const isNotFound = (address: string) => /(^|\/)404$/.test(address);

describe('robots.txt', () => {
	it('lets crawlers in and names the sitemap at its absolute address', () => {
		const text = readFileSync(join(BUILD, 'robots.txt'), 'utf8');
		expect(text).toMatch(/^User-agent: \*$/m);
		expect(text).not.toMatch(/^Disallow: \/\s*$/m);
		expect(text).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap\\.xml$`, 'm'));
	});
});

describe('the sitemap', () => {
	const text = readFileSync(join(BUILD, 'sitemap.xml'), 'utf8');
	const entries = text
		.split('<url>')
		.slice(1)
		.map((url) => ({
			loc: /<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? '',
			alternates: [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[2])
		}));
	const locs = entries.map((e) => e.loc);

	it('lists every page of build/ but "page not found", in every language, once', () => {
		const expected = PAGES.filter((p) => !isNotFound(p.address)).map((p) => ORIGIN + p.address);
		expect([...locs].sort()).toEqual([...new Set(expected)].sort());
		expect(locs.length).toBe(new Set(locs).size);
		expect(locs.length).toBeGreaterThanOrEqual(4 * 32);
	});

	it('lists only addresses that exist, on the public origin', () => {
		for (const loc of locs) {
			expect(loc.startsWith(`${ORIGIN}/`), loc).toBe(true);
			expect(fileFor(loc.slice(ORIGIN.length)), loc).toBeDefined();
		}
	});

	it('gives each page its alternates in every language, each of them listed too', () => {
		for (const { loc, alternates } of entries) {
			expect(alternates, loc).toHaveLength(5);
			expect(alternates, loc).toContain(loc);
			for (const alt of alternates) expect(locs, `${loc} → ${alt}`).toContain(alt);
		}
	});
});

describe('each page’s head', () => {
	const head = (file: string) => {
		const html = readFileSync(file, 'utf8');
		return html.slice(0, html.indexOf('</head>'));
	};
	const canonicals = (h: string) => [...h.matchAll(/<link rel="canonical" href="([^"]+)"/g)];

	it('names its own absolute address as canonical, and itself in every language', () => {
		const checked = PAGES.filter((p) => !isNotFound(p.address));
		expect(checked.length).toBeGreaterThanOrEqual(128);
		for (const { file, address } of checked) {
			const h = head(file);
			expect(
				canonicals(h).map((m) => m[1]),
				address
			).toEqual([ORIGIN + address]);
			const alternates = [
				...h.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)
			];
			expect(alternates.map((m) => m[1]).sort(), address).toEqual(
				['ar', 'en', 'ru', 'x-default', 'zh'].sort()
			);
			expect(
				alternates.map((m) => m[2]),
				address
			).toContain(ORIGIN + address);
		}
	});

	it('has a description in the page’s language', () => {
		const scripts: Record<string, RegExp> = {
			ru: /[а-я]/,
			zh: /[\u4e00-\u9fff]/,
			ar: /[\u0600-\u06ff]/
		};
		for (const { file, address } of PAGES) {
			const h = head(file);
			const lang = /<html lang="([a-z]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
			const description = /<meta name="description" content="([^"]+)"/.exec(h)?.[1] ?? '';
			expect(description.length, address).toBeGreaterThan(50);
			if (lang !== 'en') expect(description, address).toMatch(scripts[lang]);
		}
	});

	it('keeps "page not found" out of the index, without a canonical address', () => {
		const notFound = PAGES.filter((p) => isNotFound(p.address));
		expect(notFound.map((p) => p.address).sort()).toEqual([
			'/404',
			'/ar/404',
			'/ru/404',
			'/zh/404'
		]);
		for (const { file, address } of notFound) {
			expect(head(file), address).toContain('<meta name="robots" content="noindex"');
			expect(canonicals(head(file)), address).toEqual([]);
		}
	});
});
