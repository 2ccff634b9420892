/**
 * The site in its four languages, in the browser, against the built files: each home
 * and state page in its language and direction with the count as the catalogue and Intl
 * write it, no WCAG 2.1 AA violation, the language switcher keeping the page and the
 * as-of date, the Arabic layout mirrored (but not the map), the widget's lang=, and the
 * Russian and Arabic home pages at 375 px without sideways scrolling (screenshots in
 * test-results/screenshots/).
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANG_INFO, t, type Lang } from '../../src/lib/i18n';
import { formatDate, stateName } from '../../src/lib/i18n/format';
import { headline as headlineOf } from '../../src/lib/progress/text';
import { recordedDay, statusAt } from '../../src/lib/status/engine';
import { realData, recorded } from '../helpers/site-data';
import { launch, screenshotDir, type Launched } from './lib/browser';
import { hydrated, openPage, useSite } from './lib/site';

const data = realData();
const status = recorded();
const LANGS: Lang[] = ['en', 'ru', 'zh', 'ar'];
const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);

/** What the headline says as recorded, in the catalogue's words. */
const headline = (lang: Lang) => headlineOf(status, lang);

const site = useSite();
let narrow: Launched;
beforeAll(async () => {
	narrow = await launch({ width: 375, height: 800 });
});
afterAll(async () => {
	await narrow?.close();
});

const open = (path: string, on: Launched = site.browser) => openPage(on, site.url + path);

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.exclude('iframe')
		.analyze();
	return results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
}

describe.each(LANGS)('%s', (lang) => {
	test('the home page: language, direction, count, no axe violations', async () => {
		const page = await open(prefix(lang) || '/');
		const html = page.locator('html');
		expect(await html.getAttribute('lang')).toBe(lang);
		expect(await html.getAttribute('dir')).toBe(LANG_INFO[lang].dir);
		expect(await page.getByTestId('headline').textContent()).toBe(headline(lang));
		expect(await page.getByTestId('asof-line').textContent()).toContain(
			formatDate(recordedDay(data), lang)
		);
		expect(await page.locator('h2#map-heading').textContent()).toBe(t(lang, 'home.map'));
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('a state page: language, direction, name, no axe violations', async () => {
		const page = await open(`${prefix(lang)}/states/cn`);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await page.locator('html').getAttribute('dir')).toBe(LANG_INFO[lang].dir);
		expect(await page.locator('h1').textContent()).toBe(
			t(lang, 'state.title', { state: stateName('CN', lang) })
		);
		expect(await page.locator('h2#next-heading').textContent()).toBe(t(lang, 'next.heading'));
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('the language switcher', () => {
	test('keeps the page and ?asOf= from the address', async () => {
		const page = await open('/?asOf=2024-06-30');
		expect(await page.getByTestId('asof-line').textContent()).toBe(
			t('en', 'asof.showing', { date: formatDate('2024-06-30', 'en') })
		);
		await Promise.all([
			page.waitForURL('**/ru?asOf=2024-06-30'),
			page.locator('a[hreflang="ru"]').click()
		]);
		await hydrated(page);
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		expect(await page.getByTestId('asof-line').textContent()).toBe(
			t('ru', 'asof.showing', { date: formatDate('2024-06-30', 'ru') })
		);
		// Jordan's and China's ratifications ("2024") may be before 30 June: 8–10.
		expect(await page.getByTestId('headline').textContent()).toBe(
			t('ru', 'count.headline.range', { certain: 8, upper: 10, required: 14 })
		);
		expect(await page.getByTestId('headline').textContent()).toBe(
			headlineOf(statusAt(data, '2024-06-30'), 'ru')
		);
		await page.close();
	});

	test('keeps a date chosen on the page, and the state page', async () => {
		const page = await open('/ar');
		await page.locator('input[type="date"]').first().fill('2020-01-01');
		await page.waitForURL('**/ar?asOf=2020-01-01');
		await Promise.all([
			page.waitForURL('**/?asOf=2020-01-01'),
			page.locator('a[hreflang="en"]').click()
		]);
		await hydrated(page);
		expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
		expect(await page.getByTestId('asof-line').textContent()).toContain('1 January 2020');
		await page.close();

		const state = await open('/states/kz');
		await Promise.all([
			state.waitForURL('**/zh/states/kz'),
			state.locator('a[hreflang="zh"]').click()
		]);
		expect(await state.locator('h1').textContent()).toBe(
			t('zh', 'state.title', { state: stateName('KZ', 'zh') })
		);
		await state.close();
	});
});

describe('right to left', () => {
	test('the Arabic table reads from the right; the map stays left to right', async () => {
		const page = await open('/ar');
		const heads = page.locator('.status-table thead th');
		const first = (await heads.first().boundingBox())!;
		const last = (await heads.last().boundingBox())!;
		expect(first.x).toBeGreaterThan(last.x);
		expect(await page.locator('.status-map .frame').getAttribute('dir')).toBe('ltr');
		// The progress bar fills from the right.
		const bar = (await page.locator('.progress .bar').boundingBox())!;
		const filled = (await page.locator('.progress .certain').boundingBox())!;
		expect(Math.abs(bar.x + bar.width - (filled.x + filled.width))).toBeLessThan(4);
		expect(filled.x - bar.x).toBeGreaterThan(4);
		await page.close();
	});

	test('the English table reads from the left', async () => {
		const page = await open('/');
		const heads = page.locator('.status-table thead th');
		expect((await heads.first().boundingBox())!.x).toBeLessThan(
			(await heads.last().boundingBox())!.x
		);
		await page.close();
	});
});

describe('the widget', () => {
	test('is Russian at /ru/embed without JavaScript', async () => {
		const plain = await launch({ javaScriptEnabled: false });
		const page = await plain.context.newPage();
		await page.goto(site.url + '/ru/embed');
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		expect(await page.getByTestId('headline').textContent()).toBe(headline('ru'));
		await plain.close();
	});

	test('switches to Arabic, right to left, with lang=ar', async () => {
		const page = await open('/embed?lang=ar');
		await page.waitForFunction(() => document.documentElement.dir === 'rtl');
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		expect(await page.getByTestId('headline').textContent()).toBe(headline('ar'));
		await page.close();
	});
});

describe('at 375 px', () => {
	test.each(['ru', 'ar'] as const)(
		'the %s home page fits without sideways scrolling',
		async (lang) => {
			const page = await open(`/${lang}`, narrow);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			await page.screenshot({
				path: join(screenshotDir(), `i18n-home-${lang}-375.png`),
				fullPage: true
			});
			expect(width).toBeLessThanOrEqual(375);
			await page.close();
		}
	);

	test.each(['ru', 'ar'] as const)('the %s state page fits too', async (lang) => {
		const page = await open(`/${lang}/states/cn`, narrow);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		await page.screenshot({
			path: join(screenshotDir(), `i18n-state-${lang}-375.png`),
			fullPage: true
		});
		expect(width).toBeLessThanOrEqual(375);
		await page.close();
	});
});
