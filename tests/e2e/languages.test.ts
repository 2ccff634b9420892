/**
 * Every language's pages, read in the browser from the built site as a reader meets them:
 * no English prose in text marked as the page's language, no English outside a title
 * cited as published or a text shown as written, no Cyrillic, Chinese or Arabic without
 * its lang=; citations separated in the page's punctuation; titles as published with this
 * project's translation, marked; code names shown as code, not as backticks.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { t, type Lang } from '../../src/lib/i18n';
import { originalOf, separator } from '../../src/lib/i18n/format';
import { realData } from '../helpers/site-data';
import { misplacedPassages } from './lib/languages';
import { hydrated, openPage, useSite } from './lib/site';

const data = realData();
const LANGS: Lang[] = ['en', 'ru', 'zh', 'ar'];
const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
/** Every page of a language: the home page, each member's page, the widget and the pages of prose. */
const PAGES = [
	'/',
	...data.members.members.map((m) => `/states/${m.state.toLowerCase()}`),
	'/embed',
	'/embed/about',
	'/api'
];

const site = useSite();
const pages: Page[] = [];
afterAll(async () => {
	for (const page of pages) await page.close();
});
const open = async (lang: Lang, path: string) => {
	const address = path === '/' ? prefix(lang) || '/' : prefix(lang) + path;
	const page = await openPage(site.browser, site.url + address);
	pages.push(page);
	return page;
};

describe.each(LANGS)('%s', (lang) => {
	// One tab for the language's pages, each opened as a reader opens it.
	let tab: Page;
	beforeAll(async () => {
		tab = await site.browser.context.newPage();
		pages.push(tab);
	});
	test.each(PAGES)('%s: every passage in the language it is marked with', async (path) => {
		const address = path === '/' ? prefix(lang) || '/' : prefix(lang) + path;
		// Hydrated: what the reader meets once the page's script has run.
		await tab.goto(site.url + address, { waitUntil: 'load' });
		await hydrated(tab);
		expect(await tab.locator('html').getAttribute('lang')).toBe(lang);
		expect(await misplacedPassages(tab)).toEqual([]);
	});

	test('a state page: titles as published, translated and marked', async () => {
		const page = await open(lang, '/states/ru');
		const law = data.sources.sources.find((s) => s.id === 'ru-fz-368')!;
		const original = originalOf(law.title);
		const cites = page.locator(`[data-source="${law.id}"] cite`);
		expect(await cites.first().getAttribute('lang')).toBe(original.lang);
		expect(await cites.first().textContent()).toBe(original.text);
		// A translation follows where the page's language is not the title's, marked as such.
		const translated = page.locator(`[data-source="${law.id}"] .title-translation`);
		if (lang === original.lang) expect(await translated.count()).toBe(0);
		else {
			const title = law.title as Record<string, string>;
			expect(await translated.first().textContent()).toContain(title[lang]);
			expect(await translated.first().locator('[data-translated-from]').count()).toBe(1);
		}
		await page.close();
	});

	test('the timeline: citations separated in the page’s punctuation', async () => {
		const page = await open(lang, '/');
		// Between two citations, the page's separator: never "…2011)Voice of Asia".
		const lists = page.locator('.events ul.sources:has(li + li)');
		expect(await lists.count()).toBeGreaterThan(0);
		const mark = separator(lang, 'list.semicolon').trim();
		for (const list of await lists.all()) {
			const items = await list.locator(':scope > li').allTextContents();
			for (const item of items.slice(0, -1)) expect(item.trim().endsWith(mark)).toBe(true);
		}
		await page.close();
	});

	test('the widget’s and the open data’s pages show code names as code', async () => {
		for (const path of ['/embed/about', '/api']) {
			const page = await open(lang, path);
			const text = await page.locator('main').innerText();
			expect(text, path).not.toContain('`');
			expect(await page.locator('main p code, main li code').count()).toBeGreaterThan(0);
			await page.close();
		}
		expect(t(lang, 'about.option.view')).toContain('`view`');
	});
});

test('the check finds English prose, English left uncited and a script without its lang', async () => {
	const page = await open('zh', '/api');
	await page.evaluate(() => {
		const add = (html: string) =>
			document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
		add('<p>This sentence was left in English.</p>');
		add('<p lang="en">Marked as English, but not a cited title.</p>');
		add('<p>Текст без языка</p>');
		add('<p><cite lang="en">Voice of Asia: CICA Digest</cite></p>');
	});
	const found = await misplacedPassages(page);
	expect(found.map((p) => [p.why, p.text])).toEqual([
		['english-prose', 'This sentence was left in English.'],
		['english-not-cited', 'Marked as English, but not a cited title.'],
		['script', 'Текст без языка']
	]);
	await page.close();
});
