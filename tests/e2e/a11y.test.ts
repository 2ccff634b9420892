/**
 * axe-core (WCAG 2.1 A and AA rules) on the pages people use most, in light and dark.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
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

test.each(CASES)('no WCAG 2.1 AA violations on %s (%s)', async (path, scheme) => {
	const page = await openPage(scheme === 'dark' ? dark : site.browser, site.url + path);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		// The preview iframes of /embed/about are pages of their own, checked as /embed.
		.exclude('iframe')
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
	expect(summary).toEqual([]);
	expect(results.passes.length).toBeGreaterThan(10);
	await page.close();
});
