/**
 * Headless Chromium for the e2e tests: Debian's build (/usr/bin/chromium, or
 * CHROMIUM_PATH), driven by playwright-core with a fresh profile per launch and the
 * flags that keep it off the network.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Launched {
	context: BrowserContext;
	close: () => Promise<void>;
}

export async function launch(
	options: {
		javaScriptEnabled?: boolean;
		width?: number;
		height?: number;
		colorScheme?: 'light' | 'dark';
	} = {}
): Promise<Launched> {
	const profile = mkdtempSync(join(tmpdir(), 'cica-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		colorScheme: options.colorScheme ?? 'light'
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** Where screenshots go: test-results/screenshots, kept as CI artifacts. */
export function screenshotDir(): string {
	const dir = join('test-results', 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
}
