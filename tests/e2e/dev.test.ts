/**
 * The README's first command serves the dashboard (`npm run dev` ends in `vite dev`), and
 * the pages' own scripts run there as in the build: in development Vite serves their
 * sources (src/lib/site/), which must not lean on SvelteKit's client, absent from these
 * pages (an import of `$app/paths` once stopped them there, and only there).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Launched } from './lib/browser';
import { hydrated } from './lib/site';
import { ROOT } from '../fixtures/paths';

let dev: ChildProcess;
let url = '';
let browser: Launched;

/** A port nothing listens on now, on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

beforeAll(async () => {
	const port = await freePort();
	dev = spawn(
		join(ROOT, 'node_modules', '.bin', 'vite'),
		['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			cwd: ROOT,
			env: { ...process.env, NODE_ENV: 'development' },
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let output = '';
	const keep = (chunk: Buffer) => void (output += chunk);
	dev.stdout!.on('data', keep);
	dev.stderr!.on('data', keep);
	let exited: number | null | undefined;
	dev.once('exit', (code) => void (exited = code));
	// Ask the server rather than read its banner: the banner's colours (FORCE_COLOR in CI)
	// split the address it prints, and a banner can change between Vite versions.
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (exited !== undefined) throw new Error(`vite dev exited (${exited}):\n${output}`);
		if (Date.now() > deadline) throw new Error(`vite dev did not answer in 60 s:\n${output}`);
		const answer = await fetch(`http://127.0.0.1:${port}/`, {
			signal: AbortSignal.timeout(20_000)
		}).catch(() => undefined);
		if (answer?.ok) break;
		await new Promise((wait) => setTimeout(wait, 250));
	}
	url = `http://127.0.0.1:${port}`;
	browser = await launch();
}, 90_000);

afterAll(async () => {
	await browser?.close();
	dev?.kill();
});

test('serves the home page, whose script shows another day', { timeout: 120_000 }, async () => {
	const page = await browser.context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${url}/?asOf=2011-12-31`, { timeout: 90_000 });
	await hydrated(page, 90_000);
	await expect(page.getByTestId('headline').textContent()).resolves.toBe(
		'2–7 of 14 instruments needed for entry into force'
	);
	expect(errors).toEqual([]);
	await page.close();
});

test('serves a state page, whose what-if works', { timeout: 120_000 }, async () => {
	const page = await browser.context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${url}/states/uz`, { timeout: 90_000 });
	await hydrated(page, 90_000);
	await page.locator('main input[type="date"]').fill('2026-12-01');
	await page.getByTestId('whatif').filter({ hasText: '31 December 2026' }).waitFor();
	expect(errors).toEqual([]);
	await page.close();
});
