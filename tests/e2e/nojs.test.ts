/**
 * With JavaScript off, the prerendered pages still carry the status: the count, the
 * map with every member, the table and the list of events.
 */
import { expect, test } from 'vitest';
import { layOutAll, useSite } from './lib/site';

const site = useSite({ javaScriptEnabled: false });

test('the home page reads correctly without JavaScript', async () => {
	const page = await site.browser.context.newPage();
	await page.goto(site.url + '/');
	await expect(page.getByTestId('headline').textContent()).resolves.toBe(
		'13 of 14 instruments needed for entry into force'
	);
	await expect(page.getByTestId('remaining').textContent()).resolves.toBe('1 more needed');
	// The map: every member drawn, with its stage and a link to its page.
	await expect(page.locator('svg a[data-state][href]').count()).resolves.toBe(28);
	await expect(page.locator('svg a[data-state="CN"]').getAttribute('data-stage')).resolves.toBe(
		'deposited'
	);
	// The table: one row per member.
	const rows = page
		.locator('table')
		.filter({ has: page.locator('th[aria-sort]') })
		.locator('tbody tr');
	await expect(rows.count()).resolves.toBe(28);
	// The event list: all 18 recorded actions (counted from data/states/*.json), read as a
	// reader scrolling to it would.
	// The timeline's section, the event list in it, and the table's section.
	await expect(layOutAll(page)).resolves.toBe(3);
	const text = await page.locator('main').innerText();
	expect(text).toContain('Law of the Republic of Kazakhstan No. 500-IV');
	expect(text).toContain('14 March 2025');
	await page.close();
});

test('a state page reads correctly without JavaScript', async () => {
	const page = await site.browser.context.newPage();
	await page.goto(site.url + '/states/pk');
	const text = await page.locator('main').innerText();
	expect(text).toContain('Pakistan');
	expect(text).toContain('13 December 2024');
	expect(text).toContain('Day and month from the Secretary General');
	await page.close();
});

test('the widget reads correctly without JavaScript', async () => {
	const page = await site.browser.context.newPage();
	await page.goto(site.url + '/embed');
	await expect(page.getByTestId('headline').textContent()).resolves.toBe(
		'13 of 14 instruments needed for entry into force'
	);
	await expect(page.locator('svg a[data-state]').count()).resolves.toBe(28);
	await page.close();
});
