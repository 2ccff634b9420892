/**
 * npm run editor:screenshots
 * The pictures of docs/DATA.md's walk-through of the editor, taken from the editor
 * itself: it runs on a copy of the data, is driven as a person would drive it, and each
 * step is photographed in headless Chromium into docs/images/. Run it again after
 * changing the editor; never edit the pictures by hand.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildEditor } from './editor/bundle';
import { startEditor } from './editor/server';
import { launch } from '../tests/e2e/lib/browser';

const OUT = 'docs/images';

async function shot(page: Page, name: string, locator?: string) {
	const path = join(OUT, `${name}.png`);
	if (locator) await page.locator(locator).first().screenshot({ path });
	else await page.screenshot({ path });
	console.log(`wrote ${path}`);
}

const dir = mkdtempSync(join(tmpdir(), 'cica-shots-'));
cpSync('data', dir, { recursive: true });
const editor = await startEditor({ dataDir: dir, port: 0, bundle: await buildEditor() });
const browser = await launch({ width: 1360, height: 900 });
try {
	const page = await browser.context.newPage();
	await page.goto(editor.url);
	await page.getByRole('heading', { name: 'Keeping the record' }).waitFor();
	await shot(page, 'editor-start');

	const nav = page.getByRole('navigation', { name: 'What to edit' });
	await nav.getByRole('link', { name: 'Uzbekistan (UZ)' }).click();
	await page.getByRole('button', { name: 'Add an action' }).click();
	await page.getByLabel('Action', { exact: true }).selectOption('ratification');
	await page.getByLabel('Day, month or year').fill('2025-09-10');
	await page.getByLabel('Source 1').selectOption('voice-of-asia-2025-4');
	await page.getByLabel('Day, month or year').blur();
	await page.locator('main').evaluate((m) => m.querySelector('fieldset.action')?.scrollIntoView());
	await shot(page, 'editor-new-act');

	await page.getByRole('button', { name: /^Move “Recorded to” to/ }).click();
	await page.getByRole('heading', { level: 2, name: 'The Convention' }).waitFor();
	await shot(page, 'editor-preview', '.review-column');

	await nav.getByRole('link', { name: 'China (CN)' }).click();
	const note = page
		.getByRole('group', { name: /^Action 2: Ratification/ })
		.getByRole('group', { name: 'Note', exact: true });
	await note.getByRole('tab', { name: /^Russian/ }).click();
	await note.scrollIntoViewIfNeeded();
	await shot(page, 'editor-translation', 'fieldset.action >> nth=1');
} finally {
	await browser.close();
	await editor.close();
	rmSync(dir, { recursive: true, force: true });
}
