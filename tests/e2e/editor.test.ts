/**
 * The record editor (npm run edit) driven in Chromium as a legal officer would drive
 * it: through its labels and buttons, never its internals. Each test runs its own
 * editor on its own copy of the data, and reads the files and `npm run status`
 * afterwards to see what really was written.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEditor, type Bundle } from '../../scripts/editor/bundle';
import { startEditor, type Editor, type EditorOptions } from '../../scripts/editor/server';
import { copyOfData, hashes, removeTemps, TSX } from '../fixtures/data-copy';
import { launch, screenshotDir, type Launched } from './lib/browser';

let bundle: Bundle;
let browser: Launched;
const editors: Editor[] = [];

beforeAll(async () => {
	bundle = await buildEditor();
	browser = await launch({ width: 1400, height: 1000 });
});
afterAll(async () => {
	await browser?.close();
	for (const e of editors) await e.close();
	removeTemps();
});

/** An editor on a fresh copy of the data, opened in a new tab. */
async function open(options: Partial<EditorOptions> = {}) {
	const dir = copyOfData();
	const editor = await startEditor({ dataDir: dir, port: 0, bundle, ...options });
	editors.push(editor);
	const page = await browser.context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto(editor.url);
	await page.getByRole('heading', { name: 'Keeping the record' }).waitFor();
	return { dir, editor, page, problems };
}

async function openState(page: Page, name: string) {
	await page.getByRole('navigation', { name: 'What to edit' }).getByRole('link', { name }).click();
	await page.getByRole('heading', { level: 2, name }).waitFor();
}

function json(dir: string, file: string) {
	return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

function status(dir: string, asOf: string): Promise<Record<string, unknown>> {
	return new Promise((resolve, reject) =>
		execFile(
			process.execPath,
			[TSX, 'scripts/status.ts', '--data', dir, '--as-of', asOf, '--json'],
			(err, out) => (err ? reject(err) : resolve(JSON.parse(out)))
		)
	);
}

const review = (page: Page) => page.getByRole('region', { name: 'Review and save' });

describe('the record editor', () => {
	test('records the 14th instrument: the preview shows entry into force, then npm run status agrees', async () => {
		const { dir, page, problems } = await open();
		await openState(page, 'Uzbekistan (UZ)');
		await page.getByRole('button', { name: 'Add an action' }).click();
		await page.getByLabel('Action', { exact: true }).selectOption('ratification');
		await page.getByLabel('Day, month or year').fill('2025-06-10');
		await expect(page.getByText('The dashboard will show: 10 June 2025')).toBeDefined();
		await page.getByLabel('Source 1').selectOption('voice-of-asia-2025-4');
		await page
			.getByLabel('Where in the source in English')
			.fill('Example: not a real ratification');
		// Dated after the record's end: the problem says so, with a way to move the end.
		const summary = review(page).getByRole('region', { name: /problem must be fixed/ });
		await expect(summary.textContent()).resolves.toContain('date is after the data is recorded to');
		await review(page).getByRole('button', { name: 'Move “Recorded to” to 10 June 2025' }).click();
		await page.getByRole('heading', { level: 2, name: 'The Convention' }).waitFor();

		// The preview: 13 → 14 of 14, entry into force on the 30th day after.
		const effect = review(page).locator('dl.effect');
		await expect(effect.textContent()).resolves.toMatch(
			/Count toward entry into force\s*13 of 14\s*→\s*14 of 14/
		);
		await expect(effect.textContent()).resolves.toMatch(
			/Entry into force\s*not reached\s*→\s*10 July 2025/
		);
		await expect(effect.textContent()).resolves.toMatch(
			/Stage of Uzbekistan \(UZ\)\s*No action recorded\s*→\s*Instrument of consent/
		);
		await page.screenshot({
			path: join(screenshotDir(), 'editor-14th-preview.png'),
			fullPage: false
		});

		await review(page).getByRole('button', { name: 'Save the changes' }).click();
		await review(page)
			.getByText(/^Saved: treaty\.json: revision 2 → 3; states\/UZ\.json: revision 2 → 3\.$/)
			.waitFor();
		const uz = json(dir, 'states/UZ.json');
		expect(uz.actions).toEqual([
			{
				type: 'ratification',
				date: '2025-06-10',
				sources: [{ id: 'voice-of-asia-2025-4', locator: 'Example: not a real ratification' }]
			}
		]);
		expect(uz.history.at(-1).summary.en).toBe(
			'Recorded ratification of 2025-06-10 (voice-of-asia-2025-4)'
		);
		expect(json(dir, 'treaty.json').recordedTo.date).toBe('2025-06-10');
		const s = await status(dir, '2025-07-10');
		expect(s).toMatchObject({ counted: { certain: 14, possible: 0 }, inForce: true });
		expect((s.entryIntoForce as { date: string }).date).toBe('2025-07-10');
		expect(problems).toEqual([]);
	});

	test('refuses an invalid act: the message is at the field, the save is refused, the file unchanged', async () => {
		const { dir, page } = await open();
		const before = hashes(dir);
		await openState(page, 'Uzbekistan (UZ)');
		await page.getByRole('button', { name: 'Add an action' }).click();
		await page.getByLabel('Action', { exact: true }).selectOption('deposit');
		const date = page.getByLabel('Day, month or year');
		await date.fill('2025-02-30');
		await date.blur();
		// Tied to its field: aria-invalid, and the message read with it.
		await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
		const described = await date.getAttribute('aria-describedby');
		const message = await page.locator(`[id="${described!.split(' ').at(-1)}"]`).textContent();
		expect(message).toContain('day 30 does not exist in 2025-02');
		await review(page).getByRole('button', { name: 'Save the changes' }).click();
		// The save goes nowhere: the focus is on the list of problems, each a link to its field.
		const list = review(page).getByRole('region', { name: /problems must be fixed/ });
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('error-summary');
		await expect(list.getByRole('link').allTextContents()).resolves.toEqual([
			'Uzbekistan (UZ) · actions[0].date',
			'Uzbekistan (UZ) · actions[0].sources[0].id'
		]);
		await list.getByRole('link', { name: 'Uzbekistan (UZ) · actions[0].sources[0].id' }).click();
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'f-states-UZ-json-actions-0-sources-0-id'
		);
		expect(hashes(dir)).toEqual(before);

		// The server checks again whatever the page says, with the same words.
		const reply = await page.evaluate(async () => {
			const token = document.querySelector('meta[name="editor-token"]')!.getAttribute('content')!;
			const record = await (
				await fetch('/api/record', { headers: { 'x-editor-token': token } })
			).json();
			const uz = JSON.parse(record.files['states/UZ.json']);
			uz.actions.push({
				type: 'deposit',
				date: '2025-02-30',
				sources: [{ id: 'voice-of-asia-2025-4' }]
			});
			const res = await fetch('/api/save', {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'x-editor-token': token },
				body: JSON.stringify({ base: record.hashes, docs: { 'states/UZ.json': uz } })
			});
			return { status: res.status, body: await res.json() };
		});
		expect(reply.status).toBe(422);
		expect(reply.body.refusal.lines).toContain(
			'states/UZ.json: actions[0].date: day 30 does not exist in 2025-02 (expected a real date YYYY, YYYY-MM or YYYY-MM-DD, got "2025-02-30")'
		);
		expect(hashes(dir)).toEqual(before);
	});

	test('changes an existing action and removes another, and the diff shows both', async () => {
		const { dir, page } = await open();
		await openState(page, 'Russian Federation (RU)');
		const approval = page.getByRole('group', { name: /^Action 2: Domestic approval/ });
		await approval.getByLabel('Day, month or year').fill('2011-11-17');
		await page.getByRole('button', { name: 'Remove action 3' }).click();
		const diff = await review(page).locator('pre').allTextContents();
		expect(diff.join('\n')).toContain('−       "date": "2011-11-18",');
		expect(diff.join('\n')).toContain('+       "date": "2011-11-17",');
		expect(diff.join('\n')).toContain('−       "by": "Federation Council",');
		await review(page)
			.getByLabel('Line for the history of states/RU.json in English')
			.fill('Corrected the State Duma date (test); removed the Federation Council approval (test)');
		await review(page).getByRole('button', { name: 'Save the changes' }).click();
		await review(page)
			.getByText(/^Saved: states\/RU\.json: revision 1 → 2\.$/)
			.waitFor();
		const ru = json(dir, 'states/RU.json');
		expect(ru.actions.map((a: { type: string; date: string }) => `${a.type} ${a.date}`)).toEqual([
			'signature 2010-06-08',
			'domestic-approval 2011-11-17',
			'ratification 2011-11-30'
		]);
		expect(ru.history.at(-1).summary).toBe(
			'Corrected the State Duma date (test); removed the Federation Council approval (test)'
		);
	});

	test('edits a date known only between two bounds, and turns a day into a range', async () => {
		const { page } = await open();
		await openState(page, 'Tajikistan (TJ)');
		const date = page
			.getByRole('group', { name: /^Action 1:/ })
			.getByRole('group', { name: 'Date', exact: true });
		await expect(date.getByLabel('Only known to lie between two dates').isChecked()).resolves.toBe(
			true
		);
		await expect(date.getByLabel('From (the earliest it can be)').inputValue()).resolves.toBe(
			'2025'
		);
		await date.getByLabel('To (the latest it can be)').fill('2025-03-05');
		await expect(date.getByText(/^The dashboard will show:/).textContent()).resolves.toBe(
			'The dashboard will show: between 2025 and 5 March 2025'
		);
		const diff = (await review(page).locator('pre').allTextContents()).join('\n');
		expect(diff).toContain('+         "to": "2025-03-05"');
		// A bound that ends before it starts is refused where it is typed.
		await date.getByLabel('From (the earliest it can be)').fill('2025-04');
		await expect(
			review(page)
				.getByRole('region', { name: /must be fixed before saving/ })
				.textContent()
		).resolves.toContain('range ends before it starts');
	});

	test('fixes a translation: a note in Russian, typed in its own tab, saved beside the English', async () => {
		const { dir, page } = await open();
		await openState(page, 'China (CN)');
		const note = page
			.getByRole('group', { name: /^Action 2: Ratification/ })
			.getByRole('group', { name: 'Note', exact: true });
		await note.getByRole('tab', { name: /^Russian/ }).click();
		const box = note.getByLabel('Note in Russian');
		await expect(box.getAttribute('lang')).resolves.toBe('ru');
		const text = 'Источники расходятся (исправленный перевод).';
		await box.fill(text);
		// Switching tabs keeps what was typed.
		await note.getByRole('tab', { name: /^English/ }).click();
		await note.getByRole('tab', { name: /^Russian/ }).click();
		await expect(box.inputValue()).resolves.toBe(text);
		await review(page).getByRole('button', { name: 'Save the changes' }).click();
		await review(page)
			.getByText(/^Saved: states\/CN\.json/)
			.waitFor();
		const cn = json(dir, 'states/CN.json');
		expect(cn.actions[1].note.ru).toBe(text);
		expect(Object.keys(cn.actions[1].note)).toEqual(['en', 'ru']);
	});

	test('refuses a save over a change made on disk meanwhile, shows it, and reloads keeping other edits', async () => {
		const { dir, page } = await open();
		await openState(page, 'Russian Federation (RU)');
		await page
			.getByRole('group', { name: /^Action 2:/ })
			.getByLabel('Day, month or year')
			.fill('2011-11-17');
		await openState(page, 'Kazakhstan (KZ)');
		await page
			.getByRole('group', { name: /^Action 1:/ })
			.getByLabel('Day, month or year')
			.fill('2011-11-27');
		// Someone else corrects Kazakhstan's file meanwhile.
		const theirs = readFileSync(join(dir, 'states/KZ.json'), 'utf8').replace(
			'"revision": 1',
			'"revision": 1 '
		);
		writeFileSync(join(dir, 'states/KZ.json'), theirs);
		const before = hashes(dir);
		await review(page).getByRole('button', { name: 'Save the changes' }).click();
		const conflict = review(page).getByRole('region', {
			name: 'The record changed on disk since you opened it'
		});
		await conflict.waitFor();
		await expect(conflict.getByRole('heading', { level: 4 }).allTextContents()).resolves.toEqual([
			'states/KZ.json'
		]);
		expect(hashes(dir)).toEqual(before);
		await conflict.getByRole('button', { name: 'Reload the record' }).click();
		// Russia's edit stays; Kazakhstan's is set aside and shown.
		await page.getByRole('region', { name: 'Changes set aside' }).waitFor();
		await expect(
			review(page).getByRole('heading', { level: 4 }).allTextContents()
		).resolves.toEqual(['states/RU.json: revision 1 → 2']);
		expect(readFileSync(join(dir, 'states/KZ.json'), 'utf8')).toBe(theirs);
	});

	test('keeps a draft when the tab is closed, and asks before leaving with unsaved changes', async () => {
		const { editor, page } = await open();
		await openState(page, 'Russian Federation (RU)');
		await page
			.getByRole('group', { name: /^Action 2:/ })
			.getByLabel('Day, month or year')
			.fill('2011-11-17');
		await page.waitForTimeout(600);
		const asked = new Promise<string>((resolve) =>
			page.once('dialog', (d) => (resolve(d.type()), d.accept()))
		);
		await page.close({ runBeforeUnload: true });
		await expect(asked).resolves.toBe('beforeunload');
		const again = await browser.context.newPage();
		await again.goto(`${editor.url}#/state/RU`);
		await again.getByText(/^Your unsaved changes from .* were restored\./).waitFor();
		await expect(
			again
				.getByRole('group', { name: /^Action 2:/ })
				.getByLabel('Day, month or year')
				.inputValue()
		).resolves.toBe('2011-11-17');
		await again.getByRole('button', { name: 'Discard them' }).click();
		await again.close();
	});

	test('never claims a save the disk refused, and keeps the edits in the form', async () => {
		const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
			code: 'ENOSPC'
		});
		const { dir, page } = await open({
			hooks: {
				beforeEach: () => {
					throw full;
				}
			}
		});
		const before = hashes(dir);
		await openState(page, 'Russian Federation (RU)');
		const field = page.getByRole('group', { name: /^Action 2:/ }).getByLabel('Day, month or year');
		await field.fill('2011-11-17');
		await review(page).getByRole('button', { name: 'Save the changes' }).click();
		await expect(review(page).getByRole('alert').textContent()).resolves.toContain(
			'The disk refused the save, so nothing was saved'
		);
		await expect(
			review(page)
				.getByText(/^Saved:/)
				.count()
		).resolves.toBe(0);
		await expect(field.inputValue()).resolves.toBe('2011-11-17');
		expect(hashes(dir)).toEqual(before);
		expect(readdirSync(join(dir, 'states')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	test('works in Russian, by keyboard, and axe finds nothing, errors and all', async () => {
		const { page } = await open();
		await page.getByRole('button', { name: 'Русский' }).click();
		await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ru');
		await page.getByRole('heading', { name: 'Ведение записей' }).waitFor();
		// By keyboard: the skip link first, then the list of states (the choice of language is kept).
		await page.reload();
		await page.getByRole('heading', { name: 'Ведение записей' }).waitFor();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
			'Перейти к форме'
		);
		const nav = page.getByRole('navigation', { name: 'Что редактировать' });
		await nav.getByRole('link', { name: 'Узбекистан (UZ)' }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { level: 2, name: 'Узбекистан (UZ)' }).waitFor();
		await page.getByRole('button', { name: 'Добавить действие' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'f-states-UZ-json-actions-0-type'
		);
		await page.getByLabel('День, месяц или год').fill('2025-13');
		await page.getByLabel('День, месяц или год').blur();
		// The tabs of a note move with the arrow keys.
		const tabs = page.getByRole('group', { name: 'Примечание о государстве' }).getByRole('tab');
		await tabs.first().focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toMatch(
			/^Русский/
		);
		await page.screenshot({ path: join(screenshotDir(), 'editor-ru.png'), fullPage: false });
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`
			)
		).toEqual([]);
		expect(results.passes.length).toBeGreaterThan(10);
		for (const view of ['Конвенция', 'Члены СВМДА', 'Источники']) {
			await nav.getByRole('link', { name: view }).click();
			await page.getByRole('heading', { level: 2, name: view }).waitFor();
			const r = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(r.violations.map((v) => `${view}: ${v.id}`)).toEqual([]);
		}
		await page.getByRole('button', { name: 'English' }).click();
	});
});

describe('the public site', () => {
	test('carries nothing of the editor: no page, no script, no route', () => {
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else files.push(path);
			}
		};
		walk('build');
		expect(files.length).toBeGreaterThan(100);
		const traces = ['editor-token', 'cica-editor-draft', '/api/save', 'Record editor'];
		const found = files.filter((f) => {
			const text = readFileSync(f, 'utf8');
			return traces.some((t) => text.includes(t));
		});
		expect(found).toEqual([]);
		expect(files.some((f) => /(^|\/)edit(or)?(\.html|\/)/.test(f))).toBe(false);
	});
});
