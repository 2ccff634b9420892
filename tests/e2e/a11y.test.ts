/**
 * axe-core (WCAG 2.1 A and AA rules) on the pages people use most, in light and dark.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './lib/browser';
import { openPage, useSite } from './lib/site';

const site = useSite({ colorScheme: 'light' });
let dark: Launched;
beforeAll(async () => {
	dark = await launch({ colorScheme: 'dark' });
});
afterAll(async () => {
	await dark?.close();
});

const PAGES = [
	'/',
	'/states/kz',
	'/states/cn',
	'/states/uz',
	'/embed',
	'/embed/about',
	'/api',
	'/working',
	'/ar/working?asOf=2025-03-01',
	'/changes?from=2025-03-01&to=2025-03-17',
	'/ar/changes',
	'/404'
];
const CASES = PAGES.flatMap((path) => [
	[path, 'light'],
	[path, 'dark']
]);

/** WCAG 2.1 A and AA violations on the page, one line each; `include` narrows the check. */
async function violations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		// The preview iframes of /embed/about are pages of their own, checked as /embed.
		.exclude('iframe');
	if (include) builder = builder.include(include);
	const results = await builder.analyze();
	// A check that found nothing to check proves nothing.
	expect(results.passes.length).toBeGreaterThan(include ? 2 : 10);
	return results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
}

test.each(CASES)('no WCAG 2.1 AA violations on %s (%s)', async (path, scheme) => {
	const page = await openPage(scheme === 'dark' ? dark : site.browser, site.url + path);
	await expect(violations(page)).resolves.toEqual([]);
	await page.close();
});

test.each(['light', 'dark'])(
	'no WCAG 2.1 AA violations in what the pages say when the record does not load (%s)',
	async (scheme) => {
		const browser = scheme === 'dark' ? dark : site.browser;
		const home = await openPage(browser, site.url + '/');
		await home.route('**/status-input.json', (r) => r.abort('internetdisconnected'));
		await home.locator('.asof input[type="date"]').fill('2011-12-31');
		await home.locator('[data-asof-failed]:not(:empty)').waitFor();
		await expect(violations(home, '.asof')).resolves.toEqual([]);
		await home.close();
		const state = await openPage(browser, site.url + '/states/uz');
		await state.route('**/status-input.json', (r) => r.abort('internetdisconnected'));
		await state.locator('main input[type="date"]').fill('2026-12-01');
		await state.locator('[data-whatif-result] .failed').waitFor();
		await expect(violations(state, '[data-whatif]')).resolves.toEqual([]);
		await state.close();
	}
);
