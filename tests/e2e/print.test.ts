/**
 * Printing, as a legal officer does from the browser to attach the status to a memorandum:
 * the home page and a state page printed to A4 in Chromium and read back with pdftotext.
 * Every member's row with every column, the chart's figures in its place, the record's
 * date, its revision and the page's address on every sheet (not only the first), no sheet
 * without content, no control, nothing left in a scroll box, and black on white whatever
 * the reader's theme. The PDFs are kept in test-results/print/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANG_INFO, t, type Lang, type MessageKey } from '../../src/lib/i18n';
import { formatDate, formatNumber, inLang } from '../../src/lib/i18n/format';
import { dataRevision } from '../../src/lib/status/report';
import { cumulativeSeries } from '../../src/lib/status/series';
import { COLUMNS, sortRows, tableRows } from '../../src/lib/table/rows';
import { countRows } from '../../src/lib/timeline/chart-data';
import { realData, recorded } from '../helpers/site-data';
import { launch, type Launched } from './lib/browser';
import { normalise, pdfPageCount, pdfPages, printDir } from './lib/pdf';
import { openPage, useSite } from './lib/site';

const data = realData();
const status = recorded();
const site = useSite();

/** A4's width less the sheet's side margins (14 mm each), in CSS pixels. */
const SHEET_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

/** Prints the open page as Chromium's print dialog does (A4) and reads each sheet's text. */
async function print(page: Page, name: string): Promise<string[]> {
	const file = join(printDir(), `${name}.pdf`);
	await page.pdf({ path: file, format: 'A4' });
	const sheets = pdfPages(file);
	expect(sheets.length, 'pdftotext reads every page pdfinfo counts').toBe(pdfPageCount(file));
	return sheets;
}

/** What every sheet repeats: the title, the record's date, its revision, the address. */
function runningLines(lang: Lang, url: string): string[] {
	const revision = dataRevision(data);
	return [
		inLang(data.treaty.shortTitle, lang),
		t(lang, 'recorded.to', { date: formatDate(data.treaty.recordedTo.date, lang) }),
		t(lang, 'recorded.revision', {
			revision: revision.number,
			date: formatDate(revision.date, lang)
		}),
		t(lang, 'footer.printed', { url })
	].map(normalise);
}

/**
 * Each sheet has the running lines and its number ("2 / 7"), and more than them: a sheet
 * with nothing else would be a blank page in the reader's hands.
 */
function expectEverySheet(sheets: string[], lines: string[]) {
	expect(sheets.length).toBeGreaterThan(1);
	sheets.forEach((sheet, i) => {
		const number = `${i + 1} / ${sheets.length}`;
		for (const line of [...lines, number]) {
			expect(sheet, `sheet ${i + 1} of ${sheets.length}`).toContain(line);
		}
		const rest = [...lines, number].reduce((text, line) => text.replace(line, ''), sheet);
		expect(rest, `sheet ${i + 1} has content of its own`).toMatch(/\p{L}{2}/u);
	});
}

/** Where each string first occurs in `text` at or after `from`, in turn; -1 if missing. */
function positionsInOrder(text: string, parts: string[], from = 0): number[] {
	let at = from;
	return parts.map((part) => {
		const found = text.indexOf(part, at);
		if (found >= 0) at = found + part.length;
		return found;
	});
}

/** What the page shows on screen only: controls and the language switcher. */
function controlTexts(lang: Lang): string[] {
	const keys: MessageKey[] = [
		'site.skip',
		'nav.embed',
		'nav.api',
		'asof.heading',
		'asof.play',
		'asof.reset',
		'asof.noscript',
		'table.filter.stage.all',
		'table.filter.name',
		'table.download.label',
		'timeline.chart.noscript'
	];
	const others = (['zh', 'ar'] as const).map((l) => LANG_INFO[l].native);
	return [...keys.map((k) => normalise(t(lang, k))), ...others, '↕'];
}

/**
 * No box on the page scrolls in print: in print media at the sheet's width, every element
 * whose content overflows it shows that content.
 */
async function scrollBoxes(page: Page): Promise<string[]> {
	await page.setViewportSize({ width: SHEET_WIDTH, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	const boxes = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((el) => {
				const s = getComputedStyle(el);
				const scrolls = (v: string) => v === 'auto' || v === 'scroll';
				return (
					(scrolls(s.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
					(scrolls(s.overflowX) && el.scrollWidth > el.clientWidth + 1)
				);
			})
			.map((el) => el.outerHTML.slice(0, 80))
	);
	await page.emulateMedia({ media: null });
	return boxes;
}

/** The home page's checks, for any language: the table, the chart's figures, no control. */
function expectHome(sheets: string[], lang: Lang) {
	const all = sheets.join(' ');
	for (const text of controlTexts(lang)) expect(all).not.toContain(text);

	// The chart's figures, step by step, in its place (before the list of actions).
	const caption = all.indexOf(normalise(t(lang, 'timeline.table.caption')));
	const list = all.indexOf(normalise(t(lang, 'timeline.list.title')));
	expect(caption).toBeGreaterThan(-1);
	expect(list).toBeGreaterThan(caption);
	const steps = countRows(cumulativeSeries(data), lang).map((row) =>
		normalise(
			[
				formatDate(row.date, lang),
				formatNumber(row.certain, lang),
				row.possible ? formatNumber(row.possible, lang) : '—',
				row.changes.join('; ')
			].join(' ')
		)
	);
	expect(steps.length).toBeGreaterThan(5);
	const stepsAt = positionsInOrder(all, steps, caption);
	expect(stepsAt.filter((at) => at < 0 || at > list)).toEqual([]);

	// The table: all 28 members, in its order, after its heading.
	const rows = sortRows(tableRows(status, lang), 'state', 'ascending', lang);
	expect(rows).toHaveLength(data.members.members.length);
	const heading = normalise(t(lang, 'home.table'));
	const first = sheets.findIndex((s) => s.includes(heading));
	expect(first).toBeGreaterThan(-1);
	const names = rows.map((r) => normalise(r.name));
	const namesAt = positionsInOrder(all, names, all.indexOf(heading));
	expect(names.filter((_, i) => namesAt[i] < 0)).toEqual([]);

	// Every column, its header repeated on each sheet the table's rows are on.
	const header = COLUMNS.map((c) => normalise(t(lang, `table.col.${c}` as MessageKey))).join(' ');
	const tableSheets = sheets
		.map((sheet, i) => (i === first ? sheet.slice(sheet.indexOf(heading)) : sheet))
		.slice(first)
		.filter((sheet) => names.some((name) => sheet.includes(name)));
	expect(tableSheets.length).toBeGreaterThan(0);
	for (const sheet of tableSheets) expect(sheet).toContain(header);
}

describe('the home page on paper', () => {
	for (const lang of ['en', 'ru'] as const) {
		test(`${lang}: every member and column, the chart's figures, the running lines on every sheet`, async () => {
			const path = lang === 'en' ? '/' : `/${lang}`;
			const page = await openPage(site.browser, site.url + path);
			// As a reader who has scrolled down: the chart drawn, the table live with its controls.
			await page.locator('.timeline-chart').scrollIntoViewIfNeeded();
			await page.locator('.timeline-chart canvas[width]').waitFor({ state: 'attached' });
			await page.locator('#table-heading').scrollIntoViewIfNeeded();
			await page.locator('[data-island="live"] tbody tr').first().waitFor();
			await page.locator('.status-table select').waitFor({ state: 'attached' });
			expect(await scrollBoxes(page)).toEqual([]);
			const sheets = await print(page, `home-${lang}`);
			expectEverySheet(sheets, runningLines(lang, page.url()));
			expectHome(sheets, lang);
			await page.close();
		});
	}

	test('as at a chosen date: every sheet says that date and the address with it', async () => {
		const page = await openPage(site.browser, site.url + '/');
		await page.locator('.asof input[type="date"]').fill('2024-06-30');
		await page.waitForURL(/asOf=2024-06-30/);
		const sheets = await print(page, 'home-en-2024-06-30');
		const asAt = normalise(t('en', 'print.asOf', { date: formatDate('2024-06-30', 'en') }));
		expectEverySheet(sheets, [...runningLines('en', page.url()), asAt]);
		expect(page.url()).toContain('asOf=2024-06-30');
		await page.close();
	});
});

describe('a state page on paper', () => {
	test('China: the running lines on every sheet, the sources’ addresses, no control', async () => {
		const page = await openPage(site.browser, site.url + '/states/cn');
		expect(await scrollBoxes(page)).toEqual([]);
		const sheets = await print(page, 'state-cn-en');
		expectEverySheet(sheets, runningLines('en', page.url()));
		const all = sheets.join(' ');
		expect(all).toContain(normalise(t('en', 'state.title', { state: 'China' })));
		expect(all).toContain(normalise(t('en', 'cite.heading')));
		expect(all).not.toContain(normalise(t('en', 'state.back')));
		for (const text of controlTexts('en')) expect(all).not.toContain(text);
		// Each source China's record cites with an address prints that address.
		const cited = new Set(
			data.states.find((s) => s.state === 'CN')!.actions.flatMap((a) => a.sources.map((c) => c.id))
		);
		const urls = data.sources.sources.filter((s) => cited.has(s.id) && s.url).map((s) => s.url!);
		expect(urls.length).toBeGreaterThan(0);
		const joined = all.replace(/\s/g, '');
		for (const url of urls) expect(joined).toContain(`<${url}>`);
		await page.close();
	});
});

describe('without JavaScript', () => {
	test('the home page prints the chart’s figures, the table and the canonical address', async () => {
		const off: Launched = await launch({ javaScriptEnabled: false });
		try {
			const page = await off.context.newPage();
			await page.goto(site.url + '/');
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(canonical).toMatch(/^https?:\/\/[^/]+\/$/);
			const sheets = await print(page, 'home-en-nojs');
			expectEverySheet(sheets, runningLines('en', canonical!));
			expectHome(sheets, 'en');
		} finally {
			await off.close();
		}
	});
});

describe('the print colours', () => {
	test('black on white in print, whatever the reader’s theme or the widget’s', async () => {
		const dark = await launch({ colorScheme: 'dark' });
		try {
			for (const path of ['/', '/embed?theme=dark']) {
				const page = await openPage(dark, site.url + path);
				const colours = () =>
					page.evaluate(() => {
						const root = getComputedStyle(document.documentElement);
						return {
							scheme: root.colorScheme,
							background: root.backgroundColor,
							text: getComputedStyle(document.body).color,
							counted: root.getPropertyValue('--stage-counted').trim()
						};
					});
				// On screen the theme is dark: the emulation took.
				expect((await colours()).background, path).toBe('rgb(21, 24, 28)');
				await page.emulateMedia({ media: 'print' });
				expect(await colours(), path).toEqual({
					scheme: 'light',
					background: 'rgb(255, 255, 255)',
					text: 'rgb(0, 0, 0)',
					counted: '#0072b2'
				});
				await page.close();
			}
		} finally {
			await dark.close();
		}
	});
});
