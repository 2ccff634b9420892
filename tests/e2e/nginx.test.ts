/**
 * The deployment's nginx configuration (deploy/*.conf) in front of the built site: the
 * pages, the widget and the open data are served with the right types, the security
 * headers are on every response, only the widget may be framed by other sites, hashed
 * assets are cached for good and pages briefly, text is compressed — and the header CSP
 * does not break the pages' own (meta) policy in a real browser.
 *
 * Needs Debian's nginx at /usr/sbin/nginx (.ci/run installs it): without it the tests
 * fail, they are never skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { startNginx, type Nginx } from '../../scripts/bench/nginx';
import { hydrated } from './lib/site';
import { launch, screenshotDir, type Launched } from './lib/browser';
import { get, has, header, type Reply } from './lib/http';
import { t, type Lang } from '../../src/lib/i18n';
import { ROOT } from '../fixtures/paths';

const BUILD = join(ROOT, 'build');

/**
 * The largest file under build/_app/immutable with the given ending: large enough to be
 * compressed (nginx leaves files under gzip_min_length as they are).
 */
function immutableAsset(ending: string): string {
	const dir = join(BUILD, '_app', 'immutable');
	const walk = (d: string): { path: string; size: number }[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((entry) => {
			const p = join(d, entry.name);
			if (entry.isDirectory()) return walk(p);
			return entry.name.endsWith(ending) ? [{ path: p, size: statSync(p).size }] : [];
		});
	const file = walk(dir).sort((a, b) => b.size - a.size)[0]?.path;
	if (!file) throw new Error(`no ${ending} file under ${dir}: is build/ complete?`);
	return '/' + relative(BUILD, file).split('\\').join('/');
}

let nginx: Nginx;
beforeAll(async () => {
	nginx = await startNginx(BUILD);
});
afterAll(async () => {
	await nginx?.close();
});

describe('nginx serves the built site', () => {
	it('serves the home page, a state page and the widget as HTML', async () => {
		const home = await get(nginx.url, '/');
		expect(home.status).toBe(200);
		expect(header(home, 'content-type')).toBe('text/html; charset=utf-8');
		expect(has(home.text(), '13 of 14'), 'home: 13 of 14').toBe(true);

		const kz = await get(nginx.url, '/states/kz');
		expect(kz.status).toBe(200);
		expect(header(kz, 'content-type')).toBe('text/html; charset=utf-8');
		expect(has(kz.text(), 'data-state="KZ"'), 'state page of KZ').toBe(true);
		expect(has(kz.text(), 'Kazakhstan'), 'Kazakhstan').toBe(true);

		const embed = await get(nginx.url, '/embed?view=map');
		expect(embed.status).toBe(200);
		expect(header(embed, 'content-type')).toBe('text/html; charset=utf-8');
		expect(has(embed.text(), /class="widget[ "]/), 'the widget').toBe(true);
	});

	it('serves the open data with their types', async () => {
		const status = await get(nginx.url, '/api/v1/status.json');
		expect(status.status).toBe(200);
		expect(header(status, 'content-type')).toBe('application/json; charset=utf-8');
		const json = JSON.parse(status.text());
		expect(json.counted.certain).toBe(13);
		expect(json.required).toBe(14);

		const feed = await get(nginx.url, '/api/v1/feed.xml');
		expect(feed.status).toBe(200);
		expect(header(feed, 'content-type')).toBe('application/atom+xml; charset=utf-8');
		expect(has(feed.text(), '<feed xmlns="http://www.w3.org/2005/Atom"'), 'Atom').toBe(true);

		const csv = await get(nginx.url, '/api/v1/data.csv');
		expect(header(csv, 'content-type')).toBe('text/csv; charset=utf-8');
		const sum = await get(nginx.url, '/api/v1/data.csv.sha256');
		expect(header(sum, 'content-type')).toBe('text/plain; charset=utf-8');
		expect(has(sum.text(), /^[0-9a-f]{64} {2}data\.csv$/m), 'sha256sum line').toBe(true);
		const schema = await get(nginx.url, '/schema/v1/state.json');
		expect(schema.status).toBe(200);
		expect(JSON.parse(schema.text())).toHaveProperty('$schema');
		const script = await get(nginx.url, '/embed.js');
		expect(header(script, 'content-type')).toBe('text/javascript; charset=utf-8');
	});

	it('serves robots.txt and the sitemap as text and XML', async () => {
		const robots = await get(nginx.url, '/robots.txt');
		expect(robots.status).toBe(200);
		expect(header(robots, 'content-type')).toBe('text/plain; charset=utf-8');
		expect(has(robots.text(), /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m), 'Sitemap line').toBe(
			true
		);
		const sitemap = await get(nginx.url, '/sitemap.xml');
		expect(sitemap.status).toBe(200);
		expect(header(sitemap, 'content-type')).toBe('text/xml; charset=utf-8');
		expect(
			has(sitemap.text(), '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'),
			'urlset'
		).toBe(true);
		const gzipped = await get(nginx.url, '/sitemap.xml', { 'accept-encoding': 'gzip' });
		expect(header(gzipped, 'content-encoding')).toBe('gzip');
	});

	it('answers 404 for a missing page, with the security headers', async () => {
		for (const path of ['/states/xx', '/no-such-page', '/_app/immutable/nothing.js']) {
			const r = await get(nginx.url, path);
			expect(r.status, path).toBe(404);
			expect(header(r, 'x-content-type-options'), path).toBe('nosniff');
			// An error is not cached, least of all for a year under /_app/immutable/.
			expect(header(r, 'cache-control'), path).toBe('');
		}
	});

	it('sends the security headers on every response', async () => {
		const paths = ['/', '/states/kz', '/working', '/changes', '/embed', '/embed/about', '/api'];
		paths.push('/api/v1/status.json', '/api/v1/working.json');
		paths.push('/api/v1/feed.xml', '/embed.js', '/favicon.svg', immutableAsset('.js'));
		for (const path of paths) {
			const r = await get(nginx.url, path);
			expect(r.status, path).toBe(200);
			const csp = header(r, 'content-security-policy');
			expect(csp, path).toMatch(/frame-ancestors (\*|'self');/);
			expect(csp, path).toContain("object-src 'none'");
			expect(csp, path).toContain("base-uri 'self'");
			// The pages' inline scripts are allowed by hash in their <meta> policy only; a
			// script-src or default-src here would block them (both policies apply).
			expect(csp, path).not.toMatch(/script-src|default-src/);
			expect(header(r, 'x-content-type-options'), path).toBe('nosniff');
			expect(header(r, 'referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			expect(header(r, 'server'), path).toBe('nginx');
		}
	});

	it('lets any site frame the widget, and only the site itself frame the rest', async () => {
		for (const path of ['/embed', '/embed?view=map&highlight=KZ', '/embed?theme=dark']) {
			const r = await get(nginx.url, path);
			expect(header(r, 'content-security-policy'), path).toMatch(/^frame-ancestors \*;/);
			expect(r.headers['x-frame-options'], path).toBeUndefined();
		}
		for (const path of ['/', '/embed/about', '/states/kz', '/api/v1/status.json', '/embed.js']) {
			const r = await get(nginx.url, path);
			expect(header(r, 'content-security-policy'), path).toMatch(/^frame-ancestors 'self';/);
			expect(header(r, 'x-frame-options'), path).toBe('SAMEORIGIN');
		}
	});

	it('caches hashed assets for a year and everything else for five minutes', async () => {
		for (const path of [immutableAsset('.js'), immutableAsset('.css')]) {
			const r = await get(nginx.url, path);
			expect(r.status, path).toBe(200);
			expect(header(r, 'cache-control'), path).toBe('public, max-age=31536000, immutable');
		}
		const short = ['/', '/states/kz', '/embed', '/api/v1/status.json', '/api/v1/feed.xml'];
		short.push('/schema/v1/state.json', '/embed.js', '/_app/version.json');
		for (const path of short) {
			const r = await get(nginx.url, path);
			expect(header(r, 'cache-control'), path).toBe('public, max-age=300, must-revalidate');
		}
	});

	it('compresses text when the client accepts gzip', async () => {
		const plain = await get(nginx.url, '/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		const html = readFileSync(join(BUILD, 'index.html'));
		expect(plain.raw.equals(html)).toBe(true);

		for (const path of ['/', '/api/v1/status.json', '/api/v1/feed.xml', immutableAsset('.js')]) {
			const r = await get(nginx.url, path, { 'accept-encoding': 'gzip' });
			expect(header(r, 'content-encoding'), path).toBe('gzip');
			expect(header(r, 'vary'), path).toContain('Accept-Encoding');
		}
		const home = await get(nginx.url, '/', { 'accept-encoding': 'gzip' });
		expect(gunzipSync(home.raw).equals(html)).toBe(true);
		expect(home.raw.length).toBeLessThan(html.length / 3);
	});

	it('opens the open data and the widget script to every origin', async () => {
		const open = ['/api/v1/status.json', '/api/v1/data.csv', '/schema/v1/state.json'];
		open.push('/states/kz/feed.xml', '/embed.js');
		for (const path of open) {
			const r = await get(nginx.url, path);
			expect(header(r, 'access-control-allow-origin'), path).toBe('*');
		}
		for (const path of ['/', '/states/kz', '/embed']) {
			const r = await get(nginx.url, path);
			expect(r.headers['access-control-allow-origin'], path).toBeUndefined();
		}
	});
});

describe('addresses people type, through nginx', () => {
	/** The language a page declares: its <html lang>. */
	const htmlLang = (r: Reply) => /<html lang="([a-z]+)"/.exec(r.text())?.[1];

	it('redirects a trailing slash and an upper-case state code to the page, in one step', async () => {
		const cases: [from: string, to: string, lang: string, marker: string][] = [
			['/ru/', '/ru', 'ru', 'data-testid="asof-line"'],
			['/states/kz/', '/states/kz', 'en', 'data-state="KZ"'],
			['/states/KZ', '/states/kz', 'en', 'data-state="KZ"'],
			['/states/Kz/', '/states/kz', 'en', 'data-state="KZ"'],
			['/zh/states/CN/', '/zh/states/cn', 'zh', 'data-state="CN"'],
			['/ar/states/TR', '/ar/states/tr', 'ar', 'data-state="TR"'],
			['/embed/', '/embed', 'en', 'class="widget'],
			['/ar/api/', '/ar/api', 'ar', 'href="/api/v1/status.json"'],
			['/states/KZ?asOf=2025-01-01', '/states/kz?asOf=2025-01-01', 'en', 'data-state="KZ"'],
			['/ru/?asOf=2020-01-01&x=a/b', '/ru?asOf=2020-01-01&x=a/b', 'ru', 'data-testid="asof-line"']
		];
		for (const [from, to, lang, marker] of cases) {
			const r = await get(nginx.url, from);
			expect(r.status, from).toBe(301);
			// Relative to the host the client used: right behind a proxy or on another port.
			expect(header(r, 'location'), from).toBe(to);
			expect(header(r, 'x-content-type-options'), from).toBe('nosniff');
			const page = await get(nginx.url, to);
			expect(page.status, to).toBe(200);
			expect(htmlLang(page), to).toBe(lang);
			expect(has(page.text(), marker), `${to}: ${marker}`).toBe(true);
		}
	});

	it('leaves canonical addresses and other files alone', async () => {
		for (const path of ['/', '/ru', '/states/kz', '/states/kz?asOf=2025-01-01', '/embed.js']) {
			const r = await get(nginx.url, path);
			expect(r.status, path).toBe(200);
			expect(r.headers.location, path).toBeUndefined();
		}
	});

	it('never redirects to another host', async () => {
		// A browser reads "//host" and "/\host" as another site's address: no redirect there.
		for (const path of ['//evil.example/', '/\\evil.example/', '//evil.example/states/KZ']) {
			const r = await get(nginx.url, path);
			expect(r.status, path).toBe(404);
			expect(r.headers.location, path).toBeUndefined();
		}
		const encoded = await get(nginx.url, '/%2F%2Fevil.example/');
		expect(header(encoded, 'location')).toBe('/%2F%2Fevil.example');
	});

	it("answers an unknown address with the 404 page in its prefix's language", async () => {
		const cases: [path: string, lang: string][] = [
			['/no-such-page', 'en'],
			['/states/xx', 'en'],
			['/ru/no-such-page', 'ru'],
			['/zh/states/xx', 'zh'],
			['/ar/no/such/page', 'ar'],
			['/rux/page', 'en']
		];
		for (const [path, lang] of cases) {
			const r = await get(nginx.url, path);
			expect(r.status, path).toBe(404);
			expect(htmlLang(r), path).toBe(lang);
			expect(has(r.text(), `<h1>${t(lang as Lang, 'notfound.title')}</h1>`), path).toBe(true);
			expect(header(r, 'cache-control'), path).toBe('');
			expect(header(r, 'content-security-policy'), path).toMatch(/^frame-ancestors 'self';/);
		}
	});
});

describe('nginx framing rules for every language', () => {
	let site: string;
	let server: Nginx;
	beforeAll(async () => {
		// The published build may not have every language yet: a minimal site stands in.
		site = mkdtempSync(join(tmpdir(), 'cica-nginx-site-'));
		const pages = ['index', 'embed', 'embed/about', 'embedded', 'states/embed'];
		for (const lang of ['', 'ru/', 'zh/', 'ar/']) {
			for (const page of pages) {
				mkdirSync(join(site, lang, page, '..'), { recursive: true });
				writeFileSync(join(site, `${lang}${page}.html`), `<!doctype html><p>${lang}${page}</p>`);
			}
		}
		mkdirSync(join(site, 'states', 'kz'), { recursive: true });
		for (const feed of ['feed.xml', 'feed.ru.xml']) {
			writeFileSync(
				join(site, 'states', 'kz', feed),
				'<feed xmlns="http://www.w3.org/2005/Atom"/>'
			);
		}
		server = await startNginx(site);
	});
	afterAll(async () => {
		await server?.close();
		rmSync(site, { recursive: true, force: true });
	});

	it("serves every language's feeds as open Atom", async () => {
		for (const path of ['/states/kz/feed.xml', '/states/kz/feed.ru.xml']) {
			const r = await get(server.url, path);
			expect(r.status, path).toBe(200);
			expect(header(r, 'content-type'), path).toBe('application/atom+xml; charset=utf-8');
			expect(header(r, 'access-control-allow-origin'), path).toBe('*');
		}
	});

	it('allows framing of /embed, /ru/embed, /zh/embed and /ar/embed only', async () => {
		for (const lang of ['', '/ru', '/zh', '/ar']) {
			for (const path of [`${lang}/embed`, `${lang}/embed?view=count`]) {
				const r = await get(server.url, path);
				expect(r.text(), path).toBe(
					`<!doctype html><p>${lang.slice(1)}${lang ? '/' : ''}embed</p>`
				);
				expect(header(r, 'content-security-policy'), path).toMatch(/^frame-ancestors \*;/);
				expect(r.headers['x-frame-options'], path).toBeUndefined();
			}
			for (const path of [`${lang}/embed/about`, `${lang}/embedded`, `${lang}/states/embed`]) {
				const r = await get(server.url, path);
				expect(r.status, path).toBe(200);
				expect(header(r, 'content-security-policy'), path).toMatch(/^frame-ancestors 'self';/);
				expect(header(r, 'x-frame-options'), path).toBe('SAMEORIGIN');
			}
		}
		// A language that is not published is not framed either: the 404 says 'self'.
		const other = await get(server.url, '/de/embed');
		expect(other.status).toBe(404);
		expect(header(other, 'content-security-policy')).toMatch(/^frame-ancestors 'self';/);
	});
});

describe('pages through nginx in Chromium', () => {
	let browser: Launched;
	let host: Server;
	let hostUrl: string;
	beforeAll(async () => {
		browser = await launch();
		// Another origin (another port) framing the widget and the home page.
		host = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				'<!doctype html><title>host</title>' +
					`<iframe name="widget" src="${nginx.url}/embed" data-cica-pi-embed></iframe>` +
					`<iframe name="home" src="${nginx.url}/"></iframe>` +
					`<script src="${nginx.url}/embed.js" async></script>`
			);
		});
		await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
		hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await browser?.close();
		await new Promise<void>((ok) => (host ? host.close(() => ok()) : ok()));
	});

	it('runs the pages under both policies without a violation', async () => {
		const page = await browser.context.newPage();
		// Devtools' init scripts are not subject to the page's CSP.
		await page.addInitScript(() => {
			const w = window as unknown as { __violations: string[] };
			w.__violations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		const problems: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
		});
		page.on('pageerror', (e) => problems.push(String(e)));
		const violations = () =>
			page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

		// The state page's script runs (it marks <html data-hydrated>) only through the inline
		// loader that only the meta policy's hash allows.
		await page.goto(`${nginx.url}/states/kz`);
		await hydrated(page, 15_000);
		expect(await violations()).toEqual([]);

		// The home page hydrates too (the root layout marks it), and its table comes to life.
		await page.goto(`${nginx.url}/`);
		await hydrated(page, 15_000);
		await page.locator('#table-heading').scrollIntoViewIfNeeded();
		await page.locator('main select').first().waitFor({ timeout: 15_000 });
		expect(await violations()).toEqual([]);

		// The embed page frames its own /embed previews under frame-ancestors 'self'.
		await page.goto(`${nginx.url}/embed/about`);
		const preview = page.frameLocator('iframe[data-cica-pi-embed]').first();
		await preview.locator('.widget').waitFor({ timeout: 15_000 });
		expect(await violations()).toEqual([]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('lands on the page in its language after a redirect, and on its own 404', async () => {
		const page = await browser.context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		const landed = await page.goto(`${nginx.url}/zh/states/CN/`);
		expect(landed?.status()).toBe(200);
		expect(page.url()).toBe(`${nginx.url}/zh/states/cn`);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh');
		await expect(page.locator('h1').getAttribute('data-state')).resolves.toBe('CN');
		// Its script runs at its canonical address, and the citation names that address.
		await hydrated(page, 15_000);
		await expect(page.getByTestId('citation').textContent()).resolves.toContain('/zh/states/cn');
		await page.screenshot({ path: join(screenshotDir(), 'nginx-redirect-zh-states-cn.png') });

		const missing = await page.goto(`${nginx.url}/ar/states/xx/`);
		expect(missing?.status()).toBe(404);
		expect(page.url()).toBe(`${nginx.url}/ar/states/xx`);
		const html = page.locator('html');
		expect([await html.getAttribute('lang'), await html.getAttribute('dir')]).toEqual([
			'ar',
			'rtl'
		]);
		await expect(page.locator('h1').textContent()).resolves.toBe(t('ar', 'notfound.title'));
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
		await page.screenshot({ path: join(screenshotDir(), 'nginx-404-ar.png') });
		await page.getByRole('link', { name: t('ar', 'notfound.home') }).click();
		await page.waitForURL(`${nginx.url}/ar`);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lets another origin frame the widget but not the home page', async () => {
		const page = await browser.context.newPage();
		await page.goto(hostUrl);
		const widget = page.frameLocator('iframe[name="widget"]');
		await widget.locator('.widget').waitFor({ timeout: 15_000 });
		expect(await widget.locator('.widget').count()).toBe(1);
		// The refused frame shows the browser's error page, not the dashboard.
		await expect
			.poll(() => page.frame({ name: 'home' })?.url(), { timeout: 15_000 })
			.toMatch(/^chrome-error:/);
		expect(await page.frameLocator('iframe[name="home"]').locator('main').count()).toBe(0);
		await page.close();
	});
});
