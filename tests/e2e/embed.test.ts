/**
 * The widget as a web editor uses it: pasted into a page on another origin, with a
 * strict Content Security Policy, sized by /embed.js; and every variant and theme.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hydrated } from './lib/site';
import { launch, type Launched } from './lib/browser';
import { serveStatic, type StaticServer } from './lib/server';
import { recorded } from '../helpers/site-data';
import { tooltipFacts } from '../../src/lib/map/summary';

let site: StaticServer;
let browser: Launched;
let host: Server;
let hostUrl: string;
let third: Server;
let thirdUrl: string;

/** A page that answers one fixed HTML body, with headers. */
async function htmlServer(body: () => string, headers: Record<string, string> = {}) {
	const server = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
		res.end(body());
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
	site = await serveStatic('build');
	browser = await launch();
	// A third origin that tries to resize the host's frames with a forged message.
	({ server: third, url: thirdUrl } = await htmlServer(
		() => `<!doctype html><title>third</title><script>
			setInterval(() => parent.postMessage({ type: 'cica-pi:resize', height: 7 }, '*'), 50);
		</script>`
	));
	// The host: no inline script at all, and a CSP that allows only the dashboard's script.
	({ server: host, url: hostUrl } = await htmlServer(
		() => `<!doctype html><html lang="en"><title>Host</title>
		<body style="margin:0">
		<iframe id="w" src="${site.url}/embed" data-cica-pi-embed title="Ratification status" style="width:100%;border:0;height:150px"></iframe>
		<iframe id="x" src="${thirdUrl}/" data-cica-pi-embed title="Other" style="width:100%;border:0;height:150px"></iframe>
		<script src="${site.url}/embed.js" async></script>
		</body></html>`,
		{
			'content-security-policy': `default-src 'none'; script-src ${site.url}; frame-src ${site.url} ${thirdUrl}; style-src 'unsafe-inline'`
		}
	));
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await new Promise((ok) => host?.close(ok));
	await new Promise((ok) => third?.close(ok));
});

describe('embedded on another origin with /embed.js', () => {
	for (const width of [320, 1000]) {
		test(`the iframe's height follows its content at ${width} px, with no inner scrollbar`, async () => {
			const page = await browser.context.newPage();
			await page.setViewportSize({ width, height: 900 });
			const violations: string[] = [];
			page.on('console', (m) => {
				if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
			});
			await page.goto(hostUrl, { waitUntil: 'networkidle' });
			const frame = page.frameLocator('#w');
			await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			// Wait for the iframe to take its content's height.
			await page.waitForFunction(() => {
				const el = document.getElementById('w') as HTMLIFrameElement;
				return parseFloat(el.style.height) > 200;
			});
			await page.waitForTimeout(300);
			const iframeHeight = await page.$eval(
				'#w',
				(el) => (el as HTMLElement).getBoundingClientRect().height
			);
			const inner = page.frame({ url: /\/embed$/ })!;
			const content = await inner.evaluate(() => ({
				scroll: document.documentElement.scrollHeight,
				client: document.documentElement.clientHeight,
				width: document.documentElement.scrollWidth,
				viewport: window.innerWidth
			}));
			expect(Math.abs(iframeHeight - content.scroll)).toBeLessThanOrEqual(2);
			expect(content.scroll).toBeLessThanOrEqual(content.client + 1);
			expect(content.width).toBeLessThanOrEqual(content.viewport);
			// The forged messages from the third origin changed nothing.
			const other = await page.$eval('#x', (el) => (el as HTMLElement).style.height);
			expect(other).toBe('150px');
			expect(violations).toEqual([]);
			await page.close();
		});
	}

	test('links in the widget leave the frame', async () => {
		const page = await browser.context.newPage();
		await page.goto(hostUrl, { waitUntil: 'networkidle' });
		const inner = page.frame({ url: /\/embed$/ })!;
		await inner.locator('a').first().waitFor();
		const base = await inner.evaluate(() => document.querySelector('base')?.target);
		expect(base).toBe('_blank');
		const targets = await inner.$$eval('a[target]', (as) =>
			as.map((a) => a.getAttribute('target'))
		);
		expect(targets.every((t) => t === '_blank' || t === '_top')).toBe(true);
		await page.close();
	});
});

describe('variants and themes', () => {
	const count = (page: import('playwright-core').Page, sel: string) => page.locator(sel).count();

	test.each([
		['view=count', { progress: 1, map: 0 }],
		['view=map', { progress: 0, map: 28 }],
		['view=full', { progress: 1, map: 28 }],
		['', { progress: 1, map: 28 }],
		['view=bogus', { progress: 1, map: 28 }]
	] as const)('?%s renders the right parts', async (query, want) => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}/embed?${query}`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await expect(count(page, '[role="progressbar"]')).resolves.toBe(want.progress);
		await expect(count(page, 'svg a[data-state]')).resolves.toBe(want.map);
		await page.close();
	});

	test('view=timeline draws the chart', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}/embed?view=timeline`, { waitUntil: 'networkidle' });
		await page.locator('canvas').waitFor();
		await expect(count(page, 'canvas')).resolves.toBe(1);
		await expect(count(page, 'svg a[data-state]')).resolves.toBe(0);
		await page.close();
	});

	test.each([
		['theme=dark', 'dark'],
		['theme=light', 'light'],
		['theme=auto', null],
		['theme=purple', null]
	] as const)('?%s sets the theme', async (query, want) => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}/embed?${query}`, { waitUntil: 'networkidle' });
		await hydrated(page);
		const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
		expect(theme).toBe(want);
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		if (want === 'dark') expect(bg).toBe('rgb(21, 24, 28)');
		else expect(bg).toBe('rgb(255, 255, 255)');
		await page.close();
	});

	test('highlight=KZ emphasises Kazakhstan; a bad code falls back', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}/embed?highlight=kz`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await expect(
			page.locator('a[data-state="KZ"]').evaluate((el) => el.getAttribute('class') ?? '')
		).resolves.toMatch(/\bhl\b/);
		await page.goto(`${site.url}/embed?highlight=ZZ`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await expect(count(page, 'a[data-state].hl')).resolves.toBe(0);
		await expect(count(page, 'svg a[data-state]')).resolves.toBe(28);
		await page.close();
	});
});

describe('its own script, without a framework', () => {
	/** The scripts a load of the widget at `query` fetches, by path. */
	async function scriptsOf(query: string): Promise<string[]> {
		const page = await browser.context.newPage();
		const scripts: string[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${site.url}/embed?${query}`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await page.close();
		return scripts;
	}

	test('the default view fetches its one script and nothing of the site’s client', async () => {
		expect(await scriptsOf('')).toEqual(['/_app/widget.js']);
		expect(await scriptsOf('view=map&theme=dark&highlight=KZ')).toEqual(['/_app/widget.js']);
	});

	test('only view=timeline loads the chart', async () => {
		const scripts = await scriptsOf('view=timeline');
		expect(scripts[0]).toBe('/_app/widget.js');
		expect(scripts.length).toBeGreaterThan(1);
		expect(scripts.slice(1).every((s) => s.startsWith('/_app/immutable/widget/'))).toBe(true);
	});

	test('a member’s tooltip shows on keyboard focus and on hover, and Escape hides it', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}/embed?view=map`, { waitUntil: 'networkidle' });
		await hydrated(page);
		const tip = page.getByTestId('map-tooltip');
		const text = (state: string) => {
			const facts = tooltipFacts(recorded(), state, 'en');
			return [facts.name, facts.stage, ...facts.dates].join('');
		};
		await page.locator('a[data-state="KZ"]').focus();
		await expect(tip.count()).resolves.toBe(1);
		expect((await tip.innerText()).replace(/\s+/g, '')).toContain(text('KZ').replace(/\s+/g, ''));
		await page.keyboard.press('Escape');
		await expect(tip.count()).resolves.toBe(0);

		const box = (await page.locator('a[data-state="CN"] path').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect(tip.count()).resolves.toBe(1);
		await expect(tip.locator('.name').textContent()).resolves.toBe(
			tooltipFacts(recorded(), 'CN', 'en').name
		);
		// The box stays inside the map's frame.
		const frame = (await page.locator('[data-part="map"] .frame').boundingBox())!;
		const shown = (await tip.boundingBox())!;
		expect(shown.x).toBeGreaterThanOrEqual(frame.x - 1);
		expect(shown.x + shown.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
		await page.close();
	});
});
