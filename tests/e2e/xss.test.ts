/**
 * Text from the data files stays text in the published site. A copy of the project is
 * built with markup and a script in its data (tests/unit/xss/payload.ts: notes, an organ,
 * an instrument, a locator, a source's title and publisher, a history line), then the pages
 * are opened in Chromium: the payload is shown as visible text, never runs, and makes no
 * element — in the prerendered HTML, after hydration, and after a client-side navigation.
 *
 * The full build of the copy takes about 20–30 s: the slowest e2e test, on purpose once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readDataDir } from '../../src/lib/server/read-data';
import { ROOT } from '../fixtures/paths';
import { ESCAPED_TEXT, PAYLOAD, injectPayload } from '../unit/xss/payload';
import { count } from '../unit/xss/html';
import { serveStatic, type StaticServer } from './lib/server';
import { hydrated, layOutAll } from './lib/site';
import { launch, type Launched } from './lib/browser';

const BUILD_TIMEOUT = 110_000;

/** Runs `vite build` in dir; rejects with its output if it fails or takes too long. */
function viteBuild(dir: string): Promise<void> {
	return new Promise((ok, fail) => {
		const child = spawn(join(dir, 'node_modules', '.bin', 'vite'), ['build'], {
			cwd: dir,
			// A production build, as `npm run build` makes: vitest's NODE_ENV=test would make it a
			// development one, whose pages name the scripts' sources.
			env: { ...process.env, SITE_URL: '', NODE_ENV: 'production' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (c) => (output += c));
		child.stderr.on('data', (c) => (output += c));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			fail(new Error(`vite build took over ${BUILD_TIMEOUT / 1000} s:\n${output.slice(-3000)}`));
		}, BUILD_TIMEOUT);
		child.on('exit', (code) => {
			clearTimeout(timer);
			if (code === 0) ok();
			else fail(new Error(`vite build failed (${code}):\n${output.slice(-3000)}`));
		});
	});
}

let dir: string;
let server: StaticServer;
let browser: Launched;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'cica-xss-'));
	execFileSync('sh', [
		'-c',
		'tar -C "$0" --exclude=./node_modules --exclude=./build --exclude=./.svelte-kit ' +
			'--exclude=./.git --exclude=./test-results --exclude=./bench-results -cf - . | tar -C "$1" -xf -',
		ROOT,
		dir
	]);
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const data = join(dir, 'data');
	const before = readDataDir(data);
	for (const [name, text] of Object.entries(injectPayload(before))) {
		if (text !== before[name]) writeFileSync(join(data, name), text);
	}
	// The build validates the data and fails on invalid data: the payload is valid data.
	await viteBuild(dir);
	server = await serveStatic(join(dir, 'build'));
	browser = await launch();
}, BUILD_TIMEOUT + 30_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that records dialogs and CSP violations (a blocked payload still tried to run). */
async function open(): Promise<{
	page: Page;
	dialogs: string[];
	violations: () => Promise<string[]>;
}> {
	const page = await browser.context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	const violations = () =>
		page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
	return { page, dialogs, violations };
}

/**
 * How many times the payload is in the page's visible text (innerText skips hidden text),
 * every part laid out as scrolling through the page would.
 */
async function visible(page: Page): Promise<number> {
	await layOutAll(page);
	return count(await page.evaluate(() => document.body.innerText), PAYLOAD);
}

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

describe('data text in the built site', () => {
	it('is escaped in the prerendered HTML, which carries no data for scripts', () => {
		const html = readFileSync(join(dir, 'build', 'states', 'uz.html'), 'utf8');
		// The note, the history line and the membership note, as text.
		expect(count(html, ESCAPED_TEXT)).toBeGreaterThanOrEqual(3);
		// Nowhere verbatim: not in the markup, and not in a script (where a "</script>" inside
		// a string would end it). The one script is the loader of the site's own script.
		expect(html.includes(PAYLOAD)).toBe(false);
		expect(/<img src=x/i.test(html)).toBe(false);
		expect(/<script>window\.__xss/i.test(html)).toBe(false);
		expect(html.match(/<script\b/g)).toEqual(['<script']);
		expect(html).toMatch(/<script data-src="\/_app\/site\.js">/);
	});

	it('shows as text on the state pages and never runs', async () => {
		const { page, dialogs, violations } = await open();
		for (const [path, min] of [
			['/states/uz', 3],
			['/states/ru', 3],
			['/states/kz', 3]
		] as const) {
			await page.goto(`${server.url}${path}`);
			await hydrated(page, 15_000);
			expect(await visible(page), path).toBeGreaterThanOrEqual(min);
			expect(await page.locator('img[src="x"]').count(), path).toBe(0);
			expect(await xss(page), path).toBeUndefined();
		}
		expect(dialogs).toEqual([]);
		expect(await violations()).toEqual([]);
		await page.close();
	});

	it('stays text when the browser renders the live parts itself', async () => {
		const { page, dialogs, violations } = await open();
		await page.goto(`${server.url}/`);
		const prerendered = await visible(page);
		expect(prerendered).toBeGreaterThanOrEqual(6);
		// Another day: the page's script renders the status, the event list and the table
		// again in the browser, from status-input.json, which carries the payload as data.
		await page.goto(`${server.url}/?asOf=2025-03-20`);
		await hydrated(page, 15_000);
		await page.locator('[data-live="events"][data-island="live"] li.event').first().waitFor();
		await page.locator('[data-live="table"][data-island="live"] tbody tr').first().waitFor();
		expect(await visible(page)).toBe(prerendered);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await xss(page)).toBeUndefined();
		// And the what-if, worked out in the browser on Uzbekistan's page.
		await page.goto(`${server.url}/states/uz`);
		await hydrated(page, 15_000);
		await page.locator('main input[type="date"]').fill('2026-12-01');
		await page.getByTestId('whatif').filter({ hasText: '2026' }).waitFor();
		expect(await xss(page)).toBeUndefined();
		expect(dialogs).toEqual([]);
		expect(await violations()).toEqual([]);
		await page.close();
	});
});
