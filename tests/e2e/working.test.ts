/**
 * The working pages in the browser, against the built site and data/ itself: "How this is
 * counted" (/working, ?asOf=) and "What changed between two dates" (/changes, ?from=&to=),
 * in English and Arabic, with and without JavaScript, at 320 px and in print; the
 * working as data (working.json); and the fingerprint of the data set, the same in every
 * place that names it and the same as one computed from data/ apart from the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LANG_INFO, t, type Lang } from '../../src/lib/i18n';
import '../../src/lib/i18n/all';
import { formatDate } from '../../src/lib/i18n/format';
import { tw } from '../../src/lib/i18n/working';
import { headline as headlineOf } from '../../src/lib/progress/text';
import { recordedDay, statusAt } from '../../src/lib/status/engine';
import { dataRevision } from '../../src/lib/status/report';
import { workingJson } from '../../src/lib/api/working';
import { working } from '../../src/lib/working/count';
import { changesBetween, historyLines, sinceLastRevision } from '../../src/lib/working/changes';
import { realData, realFingerprint, recorded } from '../helpers/site-data';
import { launch, type Launched } from './lib/browser';
import { openPage, useSite } from './lib/site';

const BUILD = 'build';
const data = realData();
const rule = data.treaty.entryIntoForce;
const fingerprint = realFingerprint();
const revision = dataRevision(data);
const history = historyLines(data);
const since = sinceLastRevision(history);
const MARCH = { from: '2025-03-01', to: '2025-03-17' };
const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
const LANGS: Lang[] = ['en', 'ar'];

const site = useSite();
let noJs: Launched;
let narrow: Launched;
beforeAll(async () => {
	noJs = await launch({ javaScriptEnabled: false });
	narrow = await launch({ width: 320, height: 800 });
});
afterAll(async () => {
	await noJs?.close();
	await narrow?.close();
});

const open = (path: string) => openPage(site.browser, site.url + path);
async function openNoJs(path: string): Promise<Page> {
	const page = await noJs.context.newPage();
	await page.goto(site.url + path);
	return page;
}
const states = (page: Page, table: string) =>
	page
		.getByTestId(table)
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));

/** What the working page must show on `day`, from data/ through the same logic. */
function expectedWorking(day: string | null) {
	const status = day ? statusAt(data, day) : recorded();
	const w = working(status, rule);
	return {
		status,
		counted: w.instruments.filter((i) => i.counts === 'certain').map((i) => i.state),
		possible: w.instruments.filter((i) => i.counts === 'possible').map((i) => i.state),
		notCounted: w.notCounted.map((n) => n.state)
	};
}

async function expectWorking(page: Page, lang: Lang, day: string | null) {
	const e = expectedWorking(day);
	await expect(page.locator('html').getAttribute('dir')).resolves.toBe(LANG_INFO[lang].dir);
	await expect(page.locator('h1').textContent()).resolves.toBe(tw(lang, 'working.title'));
	await expect(page.getByTestId('headline').textContent()).resolves.toContain(
		headlineOf(e.status, lang)
	);
	await expect(page.getByTestId('asof-line').textContent()).resolves.toContain(
		formatDate(day ?? recordedDay(data), lang)
	);
	await expect(states(page, 'counted')).resolves.toEqual(e.counted);
	await expect(states(page, 'not-counted')).resolves.toEqual(e.notCounted);
	if (e.possible.length) await expect(states(page, 'possible')).resolves.toEqual(e.possible);
	else await expect(page.getByTestId('possible').count()).resolves.toBe(0);
	// The rule, quoted in the Russian text.
	await expect(page.getByTestId('rule-original').textContent()).resolves.toContain(
		rule.text!.ru!.slice(0, 40)
	);
	// The citation names the revision and the fingerprint of the data set.
	const citation = await page.getByTestId('citation').textContent();
	expect(citation).toContain(fingerprint.short);
	expect(citation).toContain(formatDate(revision.date, lang));
}

describe('How this is counted', () => {
	test.each(LANGS)('in %s, as recorded, with JavaScript', async (lang) => {
		const page = await open(`${prefix(lang)}/working`);
		await expectWorking(page, lang, null);
		// China's instrument counts from its recorded deposit, the others from their acts.
		await expect(
			page.getByTestId('counted').locator('tr[data-received="deposit"]').count()
		).resolves.toBe(
			working(recorded(), rule).instruments.filter((i) => i.receivedFrom === 'deposit').length
		);
		await expect(page.getByTestId('arithmetic').textContent()).resolves.toContain(
			String(recorded().required)
		);
		await page.close();
	});

	test.each(LANGS)('in %s, on 1 March 2025 (?asOf=): two instruments possibly', async (lang) => {
		const page = await open(`${prefix(lang)}/working?asOf=2025-03-01`);
		await expectWorking(page, lang, '2025-03-01');
		expect(expectedWorking('2025-03-01').possible.length).toBeGreaterThan(0);
		await page.close();
	});

	test('the day field changes the day and the permalink', async () => {
		const page = await open('/working');
		await page.getByTestId('day-field').fill('2011-11-29');
		await page.waitForURL('**/working?asOf=2011-11-29');
		await expectWorking(page, 'en', '2011-11-29');
		await page.close();
	});

	test('the home page links to it for the day it shows', async () => {
		const page = await open('/?asOf=2025-03-01');
		await expect(page.getByTestId('working-link').getAttribute('href')).resolves.toBe(
			'/working?asOf=2025-03-01'
		);
		await page.getByTestId('working-link').click();
		await page.waitForURL('**/working?asOf=2025-03-01');
		await page.getByTestId('possible').waitFor();
		await expectWorking(page, 'en', '2025-03-01');
		await page.close();
	});

	test.each(LANGS)('the widget in %s links to it in its language', async (lang) => {
		const page = await open(`${prefix(lang)}/embed`);
		await expect(page.getByTestId('working-link').getAttribute('href')).resolves.toBe(
			`${prefix(lang)}/working`
		);
		await expect(page.getByTestId('working-link').textContent()).resolves.toBe(
			t(lang, 'link.working')
		);
		await page.close();
	});

	test.each(LANGS)('in %s without JavaScript: the status as recorded', async (lang) => {
		// The permalink needs JavaScript; the page says so and shows the recorded day.
		const page = await openNoJs(`${prefix(lang)}/working?asOf=2025-03-01`);
		await expectWorking(page, lang, null);
		await expect(page.locator('main').innerText()).resolves.toContain(
			tw(lang, 'working.asof.noscript', { date: formatDate(recordedDay(data), lang) })
		);
		await page.close();
	});
});

describe('What changed between two dates', () => {
	async function expectChanges(page: Page, lang: Lang, interval: { from: string; to: string }) {
		const c = changesBetween(data, history, interval);
		await expect(page.locator('h1').textContent()).resolves.toBe(tw(lang, 'changes.title'));
		await expect(page.getByTestId('interval').textContent()).resolves.toContain(
			formatDate(interval.to, lang)
		);
		const acts = c.acts.length
			? await page
					.getByTestId('acts')
					.locator('tbody tr')
					.evaluateAll((rows) =>
						rows.map((r) => [r.getAttribute('data-state'), r.getAttribute('data-type')])
					)
			: [];
		expect(acts).toEqual(c.acts.map((a) => [a.state, a.action.type]));
		if (!c.acts.length) await expect(page.getByTestId('no-acts').count()).resolves.toBe(1);
		const corrections = c.corrections.length
			? await page
					.getByTestId('corrections')
					.locator('tbody tr')
					.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')))
			: [];
		expect(corrections).toEqual(c.corrections.map((x) => x.file));
		if (!c.corrections.length)
			await expect(page.getByTestId('no-corrections').count()).resolves.toBe(1);
		const changed = await page
			.getByTestId('state-ends')
			.locator('tr[data-changed="true"]')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
		expect(changed).toEqual(c.states.filter((s) => s.changed).map((s) => s.state));
		await expect(page.getByTestId('citation').textContent()).resolves.toContain(fingerprint.short);
		return c;
	}

	test.each(LANGS)('in %s, 1 to 17 March 2025 (?from=&to=): acts, no correction', async (lang) => {
		const page = await open(`${prefix(lang)}/changes?from=${MARCH.from}&to=${MARCH.to}`);
		const c = await expectChanges(page, lang, MARCH);
		// The law changed in March 2025; the record did not (it was written later).
		expect(c.acts.length).toBeGreaterThan(0);
		expect(c.corrections).toEqual([]);
		await expect(page.getByTestId('default-interval').count()).resolves.toBe(0);
		await page.close();
	});

	test('the form changes the interval and the permalink', async () => {
		const page = await open('/changes');
		await page.getByTestId('from-field').fill(MARCH.from);
		await page.getByTestId('to-field').fill(MARCH.to);
		await page.getByTestId('to-field').press('Enter');
		await page.waitForURL(`**/changes?from=${MARCH.from}&to=${MARCH.to}`);
		await expectChanges(page, 'en', MARCH);
		await page.close();
	});

	test.each(LANGS)('in %s without JavaScript: since the previous data revision', async (lang) => {
		const page = await openNoJs(`${prefix(lang)}/changes?from=${MARCH.from}&to=${MARCH.to}`);
		const c = await expectChanges(page, lang, since);
		// The record's corrections are the news here, apart from any act.
		expect(c.corrections.length).toBeGreaterThan(0);
		await expect(page.getByTestId('default-interval').count()).resolves.toBe(1);
		await page.close();
	});
});

describe('on a small screen and in print', () => {
	const PATHS = LANGS.flatMap((lang) => [
		`${prefix(lang)}/working?asOf=2025-03-01`,
		`${prefix(lang)}/changes?from=${MARCH.from}&to=${MARCH.to}`
	]);

	test.each(PATHS)('%s: nothing overflows at 320 px', async (path) => {
		const page = await openPage(narrow, site.url + path);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(320);
		await page.close();
	});

	test.each(LANGS)('in %s the working prints whole on A4, with its date', async (lang) => {
		const page = await open(`${prefix(lang)}/working`);
		await page.emulateMedia({ media: 'print' });
		// A4's printable width at 96 px per inch with the default margins.
		await page.setViewportSize({ width: 718, height: 1000 });
		const clipped = await page.evaluate(() =>
			[...document.querySelectorAll('main *')]
				// A visually hidden label is clipped on purpose: it is read aloud, not printed.
				.filter((e) => !e.classList.contains('visually-hidden'))
				.filter((e) => getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth)
				.map((e) => e.tagName + '.' + e.className)
		);
		expect(clipped).toEqual([]);
		await expect(page.getByTestId('asof-line').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('citation').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('day-field').isVisible()).resolves.toBe(false);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await page.close();
	});
});

describe('the working as data and the fingerprint', () => {
	const read = (path: string) => readFileSync(join(BUILD, path), 'utf8');

	test('working.json is the working as recorded, with the data set it was computed from', () => {
		const json = JSON.parse(read('api/v1/working.json'));
		expect(json).toEqual(JSON.parse(JSON.stringify(workingJson(data, fingerprint))));
		expect(json.instruments.map((i: { state: string }) => i.state)).toEqual(
			working(recorded(), rule).instruments.map((i) => i.state)
		);
	});

	test('is the fingerprint of data/ in every place that names it', async () => {
		expect(JSON.parse(read('api/v1/status.json')).fingerprint).toEqual(fingerprint);
		expect(JSON.parse(read('api/v1/working.json')).fingerprint).toEqual(fingerprint);
		expect(read('api/v1/data.csv.sha256')).toContain(`fingerprint ${fingerprint.short}`);
		expect(read('api/v1/feed.xml')).toContain(fingerprint.short);
		const page = await open('/');
		await expect(page.locator('footer').textContent()).resolves.toContain(fingerprint.short);
		await page.close();
	});
});
