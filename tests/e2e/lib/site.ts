/**
 * What the browser tests share: the built site served from build/ with a Chromium to read
 * it, set up once per test file, and opening a page as a reader does, ready to use.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './browser';
import { serveStatic, type StaticServer } from './server';

export interface Site {
	/** The address build/ is served at. */
	readonly url: string;
	readonly browser: Launched;
}

/** Serves build/ and launches Chromium before the file's tests; closes both after them. */
export function useSite(options: Parameters<typeof launch>[0] = {}): Site {
	let server: StaticServer | undefined;
	let browser: Launched | undefined;
	beforeAll(async () => {
		server = await serveStatic('build');
		browser = await launch(options);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get url() {
			return server!.url;
		},
		get browser() {
			return browser!;
		}
	};
}

/**
 * Lays out every part the page leaves until it nears the screen (content-visibility: auto:
 * the home page's event list and table), as scrolling through it would, so that innerText
 * reads the whole page: it skips what is not laid out. Resolves to how many parts there were.
 */
export function layOutAll(page: Page): Promise<number> {
	return page.evaluate(() => {
		const auto = [...document.querySelectorAll<HTMLElement>('body *')].filter(
			(el) => getComputedStyle(el).contentVisibility === 'auto'
		);
		for (const el of auto) el.style.contentVisibility = 'visible';
		return auto.length;
	});
}

/** Resolves once the page is hydrated (the root layout marks <html data-hydrated>): controls work. */
export function hydrated(page: Page, timeout?: number): Promise<void> {
	return page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout });
}

/** Opens `url` in a new tab once the network is quiet and the page hydrated, with no script error. */
export async function openPage(on: Launched, url: string): Promise<Page> {
	const page = await on.context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// Longer than Playwright's 30 s: on a busy machine a page of six widgets (/embed/about)
	// can take that long to fall quiet; the test's own timeout still bounds it.
	await page.goto(url, { waitUntil: 'networkidle', timeout: 50_000 });
	await hydrated(page);
	expect(errors, `page errors on ${url}`).toEqual([]);
	return page;
}

/** Where the pages' scripts read the record (src/lib/site/record.ts), in any language. */
const RECORD = '**/status-input.json';

/**
 * Cuts `page` off from the record, as a dropped connection does, or has it answered with
 * `html` as a host serving a page of its own would. The returned function restores it.
 */
export async function cutRecord(page: Page, html?: string): Promise<() => Promise<void>> {
	await page.route(RECORD, (r) =>
		html === undefined
			? r.abort('internetdisconnected')
			: r.fulfill({ status: 200, contentType: 'text/html', body: html })
	);
	return () => page.unroute(RECORD);
}

/** A new page, not yet opened, and the path of every request it makes from now on. */
export async function notingRequests(on: Launched): Promise<{ page: Page; requested: string[] }> {
	const page = await on.context.newPage();
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	return { page, requested };
}
