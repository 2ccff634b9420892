/**
 * The dashboard in headless Chromium, on the built site: the count, the map, the
 * state pages, the table's sorting and filtering, and the status as at any date.
 * Expected figures are written out from the sources (see tests/unit/status/engine.test.ts
 * for their derivation), not read back from the engine.
 */
import { describe, expect, test } from 'vitest';
import { launch, screenshotDir } from './lib/browser';
import { cutRecord, hydrated, notingRequests, openPage, useSite } from './lib/site';
import { t } from '../../src/lib/i18n';

const site = useSite();
const open = (path: string) => openPage(site.browser, site.url + path);

/**
 * Hand-written from data/ and the sources: the stage of every member as recorded (to
 * 21 July 2025; no act is recorded after 17 March 2025).
 */
const STAGES_RECORDED: Record<string, string> = {
	AZ: 'consent-given',
	BD: 'consent-given',
	CN: 'deposited',
	IN: 'consent-given',
	JO: 'consent-given',
	KG: 'consent-given',
	KZ: 'consent-given',
	MN: 'consent-given',
	PK: 'consent-given',
	PS: 'consent-given',
	RU: 'consent-given',
	TJ: 'consent-given',
	TR: 'consent-given',
	...Object.fromEntries(
		['AE', 'AF', 'BH', 'EG', 'IL', 'IQ', 'IR', 'KH', 'KR', 'KW', 'LK', 'QA', 'TH', 'UZ', 'VN'].map(
			(c) => [c, 'none']
		)
	)
};

describe('home page', () => {
	test('says 13 of 14 and 1 more needed, as recorded to 21 July 2025', async () => {
		const page = await open('/');
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(
			'13 of 14 instruments needed for entry into force'
		);
		await expect(page.getByTestId('remaining').textContent()).resolves.toBe('1 more needed');
		await expect(page.getByTestId('asof-line').textContent()).resolves.toContain('21 July 2025');
		await expect(page.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('13');
		// What the depositary holds is a figure apart: China's instrument alone.
		await expect(page.getByTestId('deposits').textContent()).resolves.toContain(
			'hold 1 of these instruments (China, 14 March 2025)'
		);
		await page.close();
	});

	test('the map shows all 28 members, each with its stage', async () => {
		const page = await open('/');
		const stages = await page.$$eval('svg [data-state]', (els) =>
			els.map((e) => [e.getAttribute('data-state'), e.getAttribute('data-stage')])
		);
		const byState = Object.fromEntries(stages);
		expect(Object.keys(byState).sort()).toEqual(Object.keys(STAGES_RECORDED).sort());
		expect(stages).toHaveLength(28);
		expect(byState).toEqual(STAGES_RECORDED);
		await page.close();
	});

	test('keyboard focus on a state shows its tooltip', async () => {
		const page = await open('/');
		await page.locator('a[data-state="KZ"]').focus();
		const tip = page.getByTestId('map-tooltip');
		await tip.waitFor({ state: 'visible' });
		await expect(tip.textContent()).resolves.toContain('Kazakhstan');
		await expect(tip.textContent()).resolves.toContain('28 November 2011');
		await page.close();
	});

	test('Tab reaches the map: every member is a focusable link', async () => {
		const page = await open('/');
		const focusable = await page.$$eval(
			'svg a[data-state]',
			(els) =>
				els.filter((e) => e.getAttribute('href') && e.getAttribute('tabindex') !== '-1').length
		);
		expect(focusable).toBe(28);
		// Walk the tab order until a member of the map has focus.
		let reached: string | null = null;
		for (let i = 0; i < 60 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				() => document.activeElement?.getAttribute('data-state') ?? null
			);
		}
		expect(reached).toMatch(/^[A-Z]{2}$/);
		await page.close();
	});

	test('clicking Kazakhstan opens its page with dates and sources', async () => {
		const page = await open('/');
		await page.locator('a[data-state="KZ"]').click();
		await page.waitForURL(/\/states\/kz$/);
		const text = await page.locator('main').innerText();
		expect(text).toContain('Kazakhstan');
		expect(text).toContain('28 November 2011');
		expect(text).toContain('Law of the Republic of Kazakhstan No. 500-IV');
		expect(text).toContain('Voice of Asia');
		await page.close();
	});

	test('the table sorts by a column and filters by stage and by name', async () => {
		const page = await open('/');
		// The table comes to life as it nears the screen, as a reader scrolls to it.
		await page.locator('#table-heading').scrollIntoViewIfNeeded();
		await page.locator('section:has(#table-heading) [data-island="live"]').waitFor();
		const table = page.locator('table').filter({ has: page.locator('th[aria-sort]') });
		const firstCells = () =>
			table
				.locator('tbody tr')
				.evaluateAll((rows) =>
					rows.map((r) => (r.querySelector('th, td') as HTMLElement).innerText.trim())
				);
		expect(await firstCells()).toHaveLength(28);

		// Sort by consent date: Kazakhstan (28 Nov 2011) comes before Russia (30 Nov 2011),
		// and both before Bangladesh (2023).
		await table.getByRole('button', { name: /consent/i }).click();
		const byConsent = await firstCells();
		const pos = (name: string) => byConsent.findIndex((n) => n.includes(name));
		expect(pos('Kazakhstan')).toBeLessThan(pos('Russian Federation'));
		expect(pos('Russian Federation')).toBeLessThan(pos('Bangladesh'));
		await expect(
			table
				.locator('th[aria-sort]')
				.filter({ hasText: /consent/i })
				.count()
		).resolves.toBe(1);

		// Filter by stage: only China has deposited.
		const stage = page.getByLabel(/stage/i).and(page.locator('select'));
		await stage.selectOption('deposited');
		expect(await firstCells()).toEqual(['China']);
		await stage.selectOption({ index: 0 });

		// Filter by name.
		await page.getByRole('searchbox').fill('kaz');
		expect(await firstCells()).toEqual(['Kazakhstan']);
		await page.close();
	});

	test('?asOf=2024-06-30 shows the count on that date: 8 certain, 2 possible', async () => {
		const page = await open('/?asOf=2024-06-30');
		// Jordan and China ratified in "2024": either may be before 30 June.
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(
			'8–10 of 14 instruments needed for entry into force'
		);
		await expect(page.getByTestId('deposits').textContent()).resolves.toContain(
			'No instrument is known to have been deposited by this date.'
		);
		await expect(page.getByTestId('asof-line').textContent()).resolves.toContain('30 June 2024');
		// China deposited in 2025: on this date it has only its domestic approval.
		await expect(page.locator('svg [data-state="CN"]').getAttribute('data-stage')).resolves.toBe(
			'approved-domestically'
		);
		await page.close();
	});

	test('moving the date updates the count, the map and the permalink', async () => {
		const page = await open('/');
		await page.locator('input[type="date"]').first().fill('2011-12-31');
		await page.locator('input[type="date"]').first().dispatchEvent('change');
		// The address changes once the page shows the day (the engine loads on first use).
		await page.waitForURL(/asOf=2011-12-31/);
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(
			'2–7 of 14 instruments needed for entry into force'
		);
		expect(new URL(page.url()).searchParams.get('asOf')).toBe('2011-12-31');
		await expect(page.locator('svg [data-state="KW"]').getAttribute('data-stage')).resolves.toBe(
			'non-member'
		);
		await page.close();
	});

	test('an invalid asOf gets a clear message and the recorded view', async () => {
		const page = await open('/?asOf=2024-13-45');
		const alert = page.getByTestId('asof-error');
		await alert.waitFor();
		await expect(alert.textContent()).resolves.toContain('2024-13-45');
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(
			'13 of 14 instruments needed for entry into force'
		);
		await page.close();
	});

	test('at 320 px nothing overflows the page', async () => {
		const narrow = await launch({ width: 320, height: 800 });
		const page = await narrow.context.newPage();
		await page.goto(site.url + '/', { waitUntil: 'networkidle' });
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(320);
		await narrow.close();
	});
});

describe('state pages', () => {
	test('all 28 are prerendered, each naming its stage', async () => {
		const page = await site.browser.context.newPage();
		for (const [code, stage] of Object.entries(STAGES_RECORDED)) {
			const res = await page.goto(`${site.url}/states/${code.toLowerCase()}`);
			expect(res?.status(), code).toBe(200);
			await expect(page.locator('h1').getAttribute('data-stage')).resolves.toBe(stage);
		}
		await page.close();
	});

	test('China shows the sources’ disagreement and its deposit', async () => {
		const page = await open('/states/cn');
		const text = await page.locator('main').innerText();
		expect(text).toContain('Sources disagree');
		expect(text).toContain('24 October 2023');
		expect(text).toContain('14 March 2025');
		expect(text).toMatch(/Instrument deposited/);
		await page.close();
	});

	test('a state that has not ratified shows what its instrument would do', async () => {
		const page = await open('/states/uz');
		await page.locator('main input[type="date"]').fill('2026-12-01');
		// Worked out by the engine, loaded when the field is first needed.
		await page.getByTestId('whatif').filter({ hasText: '31 December 2026' }).waitFor();
		await expect(page.getByTestId('whatif').textContent()).resolves.toContain('1 December 2026');
		await page.close();
	});

	test('the citation line names the treaty, the state, the date and the revision', async () => {
		const page = await open('/states/ru');
		const cite = await page.getByTestId('citation').textContent();
		expect(cite).toContain('Russian Federation');
		expect(cite).toContain('21 July 2025');
		expect(cite).toMatch(/revision \d+/);
		await page.close();
	});
});

describe('an unknown address', () => {
	test('gets the "not found" page, with working links, at any depth', async () => {
		const page = await site.browser.context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const res = await page.goto(site.url + '/states/xx/more', { waitUntil: 'networkidle' });
		expect(res?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
		const css = await page.evaluate(() => getComputedStyle(document.body).margin);
		expect(css).toBe('0px');
		await page.getByRole('link', { name: 'Go to the ratification status' }).click();
		await page.getByTestId('headline').waitFor();
		expect(new URL(page.url()).pathname).toBe('/');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('what the pages load', () => {
	test('the home page loads its own small script, and the engine only when asked', async () => {
		const { page, requested } = await notingRequests(site.browser);
		await page.goto(site.url + '/', { waitUntil: 'networkidle' });
		await hydrated(page);
		const html = await (await fetch(site.url + '/')).text();
		// No SvelteKit client: no start-up script, no page data, no framework chunks.
		expect(html).not.toContain('__sveltekit_');
		expect(requested.filter((p) => p.endsWith('.js'))).toEqual(['/_app/site.js']);
		expect(requested).not.toContain('/status-input.json');
		// Another day: the record, the engine and the live parts arrive then.
		await page.locator('.asof input[type="date"]').fill('2011-12-31');
		await page.waitForURL(/asOf=2011-12-31/);
		expect(requested).toContain('/status-input.json');
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(
			'2–7 of 14 instruments needed for entry into force'
		);
		await page.close();
	});

	test('a state page loads the engine for its what-if, and nothing else', async () => {
		const { page, requested } = await notingRequests(site.browser);
		await page.goto(site.url + '/states/kz', { waitUntil: 'networkidle' });
		await hydrated(page);
		// Kazakhstan has ratified: no what-if, so neither the engine nor the record.
		expect(requested.filter((p) => p.endsWith('.js'))).toEqual(['/_app/site.js']);
		expect(requested).not.toContain('/status-input.json');
		await page.close();
	});
});

describe('when the record does not load', () => {
	test('the as-of control says so in the page’s language, keeps the day shown, and tries again', async () => {
		const page = await open('/');
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		const restore = await cutRecord(page);
		const field = page.locator('.asof input[type="date"]');
		const recorded = await field.inputValue();
		const headline = await page.getByTestId('headline').textContent();
		const message = page.locator('[data-asof-failed]');
		await expect(message.textContent()).resolves.toBe('');
		await field.fill('2011-12-31');
		await page.waitForFunction(
			(text) => document.querySelector('[data-asof-failed]')?.textContent === text,
			t('en', 'asof.failed')
		);
		// What stands is the record, and the control says so rather than the day asked for.
		await expect(field.inputValue()).resolves.toBe(recorded);
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(headline);
		expect(new URL(page.url()).search).toBe('');
		expect(errors.some((e) => e.includes('status-input.json'))).toBe(true);
		// The connection is back: the next choice loads the record and shows the day.
		await restore();
		await field.fill('2011-12-31');
		await page.waitForURL(/asOf=2011-12-31/);
		await expect(page.getByTestId('headline').textContent()).resolves.toBe(
			'2–7 of 14 instruments needed for entry into force'
		);
		await expect(message.textContent()).resolves.toBe('');
		await page.close();
	});

	test('a permalink to another day says so too, in Russian on the Russian page', async () => {
		const page = await site.browser.context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		// A host that answers with a page of its own where the record should be.
		await cutRecord(page, '<!doctype html><p>Welcome');
		await page.goto(site.url + '/ru?asOf=2011-12-31');
		await hydrated(page);
		expect(errors.some((e) => e.includes('/ru/status-input.json: '))).toBe(true);
		await expect(page.locator('[data-asof-failed]').textContent()).resolves.toBe(
			t('ru', 'asof.failed')
		);
		await expect(page.locator('[data-asof-failed]').getAttribute('aria-live')).resolves.toBe(
			'polite'
		);
		await page.close();
	});

	test('the what-if says so in the page’s language and tries again', async () => {
		const page = await open('/ru/states/uz');
		const restore = await cutRecord(page);
		const field = page.locator('main input[type="date"]');
		const result = page.locator('[data-whatif-result]');
		await field.fill('2026-12-01');
		await result.filter({ hasText: t('ru', 'asof.failed') }).waitFor();
		await restore();
		await field.fill('2026-12-01');
		await page.getByTestId('whatif').filter({ hasText: '31 декабря 2026' }).waitFor();
		await expect(result.textContent()).resolves.not.toContain(t('ru', 'asof.failed'));
		await page.close();
	});
});

describe('below the fold', () => {
	test('the event list and the table are in the page before they come to life', async () => {
		const page = await open('/');
		const islands = page.locator('[data-island]');
		await expect(islands.count()).resolves.toBe(2);
		// 18 acts to March 2025, and the decisions to sign of Kazakhstan and Russia (June 2010).
		await expect(page.locator('[data-island="static"] li.event').count()).resolves.toBe(20);
		await expect(page.locator('[data-island="static"] tbody tr').count()).resolves.toBe(28);
		await page.locator('#table-heading').scrollIntoViewIfNeeded();
		await page.locator('[data-island="live"] tbody tr').first().waitFor();
		await expect(page.locator('[data-island="live"] tbody tr').count()).resolves.toBe(28);
		await page.close();
	});
});

describe('print', () => {
	test('the print layout hides the controls and shows the page’s address and date', async () => {
		const page = await open('/?asOf=2024-06-30');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.asof').isVisible()).resolves.toBe(false);
		// The running foot (PrintFrame): tests/e2e/print.test.ts reads it on every sheet.
		const printed = page.locator('.running.foot');
		await expect(printed.isVisible()).resolves.toBe(true);
		await expect(printed.textContent()).resolves.toContain('asOf=2024-06-30');
		await expect(page.getByTestId('asof-line').textContent()).resolves.toContain('30 June 2024');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		await page.close();
	});
});

describe('screenshots', () => {
	for (const width of [1280, 375]) {
		test(`home and a state page at ${width} px`, async () => {
			const sized = await launch({ width, height: 900 });
			const page = await sized.context.newPage();
			for (const [path, name] of [
				['/', 'home'],
				['/states/cn', 'state-cn']
			]) {
				await page.goto(site.url + path, { waitUntil: 'networkidle' });
				await page.waitForTimeout(800);
				const file = `${screenshotDir()}/${name}-${width}.png`;
				const shot = await page.screenshot({ path: file, fullPage: true });
				expect(shot.byteLength).toBeGreaterThan(10_000);
			}
			await sized.close();
		});
	}
});
