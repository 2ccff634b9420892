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
import { LANGS, LANG_INFO, t, type Lang, type MessageKey } from '../../src/lib/i18n';
import { formatDate, formatNumber, inLang, plainText, stateName } from '../../src/lib/i18n/format';
import { homePath, statePath } from '../../src/lib/paths';
import { dataRevision } from '../../src/lib/status/report';
import { cumulativeSeries } from '../../src/lib/status/series';
import { COLUMNS, sortRows, tableRows } from '../../src/lib/table/rows';
import { countRows } from '../../src/lib/timeline/chart-data';
import { realData, realFingerprint, recorded } from '../helpers/site-data';
import { launch, type Launched } from './lib/browser';
import { flat, pdfPageCount, pdfPages, printDir, reads } from './lib/pdf';
import { openPage, useSite } from './lib/site';

const data = realData();
const status = recorded();
const site = useSite();

/** A4's width less the sheet's side margins (14 mm each), in CSS pixels. */
const SHEET_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

/** Prints the open page as Chromium's print dialog does (A4) and reads each sheet's text (pdfPages). */
async function print(page: Page, name: string, lang: Lang = 'en'): Promise<string[]> {
	const file = join(printDir(), `${name}.pdf`);
	await page.pdf({ path: file, format: 'A4' });
	const sheets = pdfPages(file, LANG_INFO[lang].dir);
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
		t(lang, 'recorded.fingerprint', { fingerprint: realFingerprint().short }),
		t(lang, 'footer.printed', { url })
	];
}

/**
 * A sheet's own text, left to right: without the running lines, its number and the table's
 * repeated header, so that a row broken across two sheets reads whole when they are joined.
 */
function ownText(sheet: string, lines: string[], repeated: string[], i: number, n: number) {
	return [...lines, ...repeated, `${i + 1}/${n}`]
		.map(flat)
		.reduce((text, line) => text.replace(line, ''), flat(sheet))
		.replace(/^·+/, '');
}

/**
 * Each sheet has the running lines and its number ("2 / 7"), and more than them: a sheet
 * with nothing else would be a blank page in the reader's hands.
 */
function expectEverySheet(sheets: string[], lines: string[], lang: Lang) {
	const dir = LANG_INFO[lang].dir;
	const n = sheets.length;
	expect(n).toBeGreaterThan(1);
	sheets.forEach((sheet, i) => {
		const where = `sheet ${i + 1} of ${n}`;
		for (const line of lines)
			expect(reads(sheet, line, dir), `${where} reads “${line}”`).toBe(true);
		// The number (CSS counters, in Latin digits in every language); drawn right to left
		// on an Arabic sheet, pdftotext may give it back as "n/1".
		const numbers = dir === 'ltr' ? [`${i + 1}/${n}`] : [`${i + 1}/${n}`, `${n}/${i + 1}`];
		const text = flat(sheet);
		const number = numbers.find((x) => new RegExp(`(^|\\D)${x}(\\D|$)`).test(text));
		expect(number, `${where} is numbered`).toBeDefined();
		if (dir === 'ltr') {
			const rest = [...lines.map(flat), number!].reduce((t, line) => t.replace(line, ''), text);
			expect(rest, `${where} has content of its own`).toMatch(/\p{L}{2}/u);
		} else {
			const repeated = lines.map(flat).join('').length + number!.length;
			expect(text.length - repeated, `${where} has content of its own`).toBeGreaterThan(40);
		}
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
	const others = LANGS.filter((l) => l !== lang).map((l) => LANG_INFO[l].native);
	return [...keys.map((k) => flat(t(lang, k))), ...others, '↕'];
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

/**
 * The home page's checks, for any language: the table, the chart's figures, no control.
 * On left-to-right pages the texts are also checked in their order; Arabic comes back
 * from pdftotext in drawing order (reads), so there each text is looked for on its own.
 */
function expectHome(sheets: string[], lang: Lang, lines: string[]) {
	const dir = LANG_INFO[lang].dir;
	const ltr = dir === 'ltr';
	const all = sheets.join(' ');
	const flatAll = flat(all);
	expect(all).not.toContain('↕');
	if (ltr) for (const text of controlTexts(lang)) expect(flatAll).not.toContain(text);

	// The chart's figures, step by step, in its place (before the list of actions).
	const rowsOfChart = countRows(cumulativeSeries(data), lang);
	expect(rowsOfChart.length).toBeGreaterThan(5);
	expect(reads(all, t(lang, 'timeline.table.caption'), dir)).toBe(true);
	if (ltr) {
		const caption = flatAll.indexOf(flat(t(lang, 'timeline.table.caption')));
		const list = flatAll.indexOf(flat(t(lang, 'timeline.list.title')));
		expect(list).toBeGreaterThan(caption);
		const steps = rowsOfChart.map((row) =>
			flat(
				[
					formatDate(row.date, lang),
					formatNumber(row.certain, lang),
					row.possible ? formatNumber(row.possible, lang) : '—',
					row.changes.join('; ')
				].join(' ')
			)
		);
		const stepsAt = positionsInOrder(flatAll, steps, caption);
		expect(stepsAt.filter((at) => at < 0 || at > list)).toEqual([]);
	} else {
		const missing = rowsOfChart.filter(
			(row) =>
				!reads(all, formatDate(row.date, lang), dir) ||
				!row.changes.every((line) => reads(all, line, dir))
		);
		expect(missing).toEqual([]);
	}

	// The table: all 28 members (in its order where it can be told), after its heading.
	const rows = sortRows(tableRows(status, lang), 'state', 'ascending', lang);
	expect(rows).toHaveLength(data.members.members.length);
	// The table's caption, which no other part of the page says (its heading, "All member
	// states", an Arabic map summary may read too).
	const heading = t(lang, 'table.caption', { date: formatDate(status.asOf, lang) });
	const first = sheets.findIndex((s) => reads(s, heading, dir));
	expect(first).toBeGreaterThan(-1);
	const names = rows.map((r) => r.name);
	if (ltr) {
		const namesAt = positionsInOrder(flatAll, names.map(flat), flatAll.indexOf(flat(heading)));
		expect(names.filter((_, i) => namesAt[i] < 0)).toEqual([]);
	}
	// The sheet the table starts on, from its heading (left to right; Arabic comes whole).
	const from = (sheet: string, i: number) =>
		ltr && i === 0 ? flat(sheet).slice(flat(sheet).indexOf(flat(heading))) : sheet;
	const tableAt = sheets
		.map((_, i) => i)
		.slice(first)
		.filter((i) => names.some((name) => reads(from(sheets[i], i - first), name, dir)));
	const tableSheets = tableAt.map((i) => from(sheets[i], i - first));
	expect(names.filter((name) => !tableSheets.some((s) => reads(s, name, dir)))).toEqual([]);

	// Every column, its header repeated on each sheet the table's rows are on.
	const labels = COLUMNS.map((c) => t(lang, `table.col.${c}` as MessageKey));
	for (const [i, sheet] of tableSheets.entries()) {
		if (ltr) expect(flat(sheet), `table sheet ${i + 1}`).toContain(labels.map(flat).join(''));
		else
			expect(
				labels.filter((label) => !reads(sheet, label, dir)),
				`table sheet ${i + 1}`
			).toEqual([]);
	}

	// The sources column: each title as the row's source has it in this language.
	const titles = rows.flatMap((r) => r.sources.map((s) => plainText(s.title, lang)));
	expect(titles.length).toBeGreaterThan(rows.length / 2);
	const table = ltr
		? tableAt
				.map((at, k) => ownText(tableSheets[k], lines, [labels.join('')], at, sheets.length))
				.join('')
		: tableSheets.join(' ');
	expect(titles.filter((title) => !reads(table, title, dir))).toEqual([]);
	expect(table).not.toContain('[object');
}

describe('the home page on paper', () => {
	for (const lang of LANGS) {
		test(`${lang}: every member and column, the chart's figures, the running lines on every sheet`, async () => {
			const page = await openPage(site.browser, site.url + homePath(lang));
			// As a reader who has scrolled down: the chart drawn, the table live with its controls.
			await page.locator('.timeline-chart').scrollIntoViewIfNeeded();
			await page.locator('.timeline-chart canvas[width]').waitFor({ state: 'attached' });
			await page.locator('#table-heading').scrollIntoViewIfNeeded();
			await page.locator('[data-island="live"] tbody tr').first().waitFor();
			await page.locator('.status-table select').waitFor({ state: 'attached' });
			expect(await scrollBoxes(page)).toEqual([]);
			const sheets = await print(page, `home-${lang}`, lang);
			const lines = runningLines(lang, page.url());
			expectEverySheet(sheets, lines, lang);
			expectHome(sheets, lang, lines);
			await page.close();
		});
	}

	test('as at a chosen date: every sheet says that date and the address with it', async () => {
		const page = await openPage(site.browser, site.url + '/');
		await page.locator('.asof input[type="date"]').fill('2024-06-30');
		await page.waitForURL(/asOf=2024-06-30/);
		const sheets = await print(page, 'home-en-2024-06-30');
		const asAt = t('en', 'print.asOf', { date: formatDate('2024-06-30', 'en') });
		expectEverySheet(sheets, [...runningLines('en', page.url()), asAt], 'en');
		expect(page.url()).toContain('asOf=2024-06-30');
		await page.close();
	});
});

describe('a state page on paper', () => {
	for (const lang of LANGS) {
		test(`${lang}: China, the running lines on every sheet, the sources’ addresses, no control`, async () => {
			const page = await openPage(site.browser, site.url + statePath('CN', lang));
			expect(await scrollBoxes(page)).toEqual([]);
			const sheets = await print(page, `state-cn-${lang}`, lang);
			expectEverySheet(sheets, runningLines(lang, page.url()), lang);
			const dir = LANG_INFO[lang].dir;
			const text = sheets.join(' ');
			const all = flat(text);
			expect(reads(text, t(lang, 'state.title', { state: stateName('CN', lang) }), dir)).toBe(true);
			expect(reads(text, t(lang, 'cite.heading'), dir)).toBe(true);
			// Arabic comes back in drawing order (reads): the controls' absence is checked on
			// the other pages, whose text can be matched as a whole.
			if (dir === 'ltr') {
				expect(all).not.toContain(flat(t(lang, 'state.back')));
				for (const control of controlTexts(lang)) expect(all).not.toContain(control);
			}
			// Each source China's record cites with an address prints that address.
			const cited = new Set(
				data.states
					.find((s) => s.state === 'CN')!
					.actions.flatMap((a) => a.sources.map((c) => c.id))
			);
			const urls = data.sources.sources.filter((s) => cited.has(s.id) && s.url).map((s) => s.url!);
			expect(urls.length).toBeGreaterThan(0);
			// An Arabic line that breaks inside an address comes back with the break's
			// closing bracket drawn where the line ends.
			if (dir === 'ltr') for (const url of urls) expect(all).toContain(`<${url}>`);
			else for (const url of urls) expect(all.replace(/[<>]/g, '')).toContain(url);
			await page.close();
		});
	}
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
			expectEverySheet(sheets, runningLines('en', canonical!), 'en');
			expectHome(sheets, 'en', runningLines('en', canonical!));
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
