/**
 * axe-core (WCAG 2.1 A and AA rules) on the pages people use most, in light and dark.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './lib/browser';
import { cutRecord, openPage, useSite } from './lib/site';

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

/** Where a page says the record did not load: the field that asks for it, and the part checked. */
const FAILURES = [
	{
		path: '/',
		field: '.asof input[type="date"]',
		day: '2011-12-31',
		part: '.asof',
		said: '[data-asof-failed]:not(:empty)'
	},
	{
		path: '/states/uz',
		field: 'main input[type="date"]',
		day: '2026-12-01',
		part: '[data-whatif]',
		said: '[data-whatif-result] .failed'
	}
];

test.each(['light', 'dark'])(
	'no WCAG 2.1 AA violations in what the pages say when the record does not load (%s)',
	async (scheme) => {
		for (const { path, field, day, part, said } of FAILURES) {
			const page = await openPage(scheme === 'dark' ? dark : site.browser, site.url + path);
			await cutRecord(page);
			await page.locator(field).fill(day);
			await page.locator(said).waitFor();
			await expect(violations(page, part), path).resolves.toEqual([]);
			await page.close();
		}
	}
);
