/**
 * The editor's pure helpers: where a problem is shown, how a per-language text is
 * edited, what a draft restores, what the preview says a change does, where a source is
 * cited.
 */
import { describe, expect, it } from 'vitest';
import { citationsOf } from '../../../src/editor/lib/citations';
import { restoreDraft, type Draft } from '../../../src/editor/lib/draft';
import {
	errorsAt,
	fieldId,
	pathsAround,
	viewOfFile,
	viewOfHash
} from '../../../src/editor/lib/paths';
import { diffHunks, effectOf } from '../../../src/editor/lib/preview';
import { asTexts, originalOf, withText } from '../../../src/editor/lib/texts';
import { currentDoc, planChanges } from '../../../src/lib/record/plan';
import { readDataDir } from '../../../src/lib/server/read-data';
import { loadDataset } from '../../../src/lib/server/read-data';
import { DATA_DIR } from '../../fixtures/paths';

describe('paths', () => {
	it('gives each file and path its own id, valid in HTML', () => {
		expect(fieldId('states/KZ.json', 'actions[2].date')).toBe('f-states-KZ-json-actions-2-date');
		expect(fieldId('states/KZ.json', 'actions[2].date.from')).not.toBe(
			fieldId('states/KZ.json', 'actions[2].date')
		);
	});

	it('finds the paths around a path, innermost first', () => {
		expect(pathsAround('actions[2].sources[0].id')).toEqual([
			'actions[2].sources[0].id',
			'actions[2].sources[0]',
			'actions[2].sources',
			'actions[2]',
			'actions',
			''
		]);
	});

	it('gives a field its own problems and those below it, not its neighbours’', () => {
		const errors = [
			{ file: 'a.json', path: 'x.date', message: '1' },
			{ file: 'a.json', path: 'x.date.from', message: '2' },
			{ file: 'a.json', path: 'x.dates', message: '3' },
			{ file: 'b.json', path: 'x.date', message: '4' }
		];
		expect(errorsAt(errors, 'a.json', 'x.date').map((e) => e.message)).toEqual(['1', '2']);
	});

	it('names the view a file is edited in, and reads it back from the address', () => {
		expect(viewOfFile('states/KZ.json')).toEqual({ kind: 'state', state: 'KZ' });
		expect(viewOfFile('sources.json')).toEqual({ kind: 'sources' });
		expect(viewOfHash('#/state/KZ')).toEqual({ kind: 'state', state: 'KZ' });
		expect(viewOfHash('#/nonsense')).toEqual({ kind: 'home' });
	});
});

describe('texts per language', () => {
	it('keeps the language it was written in first, and English alone as plain text', () => {
		expect(withText(undefined, 'en', 'A')).toBe('A');
		expect(withText('A', 'ru', 'Б')).toEqual({ en: 'A', ru: 'Б' });
		expect(Object.keys(withText({ ru: 'Б' }, 'en', 'A') as object)).toEqual(['ru', 'en']);
		expect(originalOf({ ru: 'Б', en: 'A' })).toBe('ru');
	});

	it('removes a language emptied, and the whole text when none is left', () => {
		expect(withText({ en: 'A', ru: 'Б' }, 'ru', '')).toEqual({ en: 'A' });
		expect(withText('A', 'en', '')).toBeUndefined();
		expect(asTexts(undefined)).toEqual({});
	});
});

describe('drafts', () => {
	const draft: Draft = {
		version: 1,
		savedAt: '2026-12-02T10:00:00.000Z',
		base: { 'states/RU.json': 'h1', 'states/KZ.json': 'h2' },
		texts: { 'states/RU.json': 'old RU', 'states/KZ.json': 'old KZ' },
		docs: { 'states/RU.json': { a: 1 }, 'states/KZ.json': { b: 2 } },
		summaries: { 'states/RU.json': 'typed' }
	};

	it('restores a drafted file still as it was, and sets aside one changed since', () => {
		const restored = restoreDraft(draft, { 'states/RU.json': 'h1', 'states/KZ.json': 'changed' });
		expect(restored).toEqual({
			docs: { 'states/RU.json': { a: 1 } },
			summaries: { 'states/RU.json': 'typed' },
			stale: [{ file: 'states/KZ.json', doc: { b: 2 }, then: 'old KZ' }],
			savedAt: draft.savedAt
		});
	});

	it('ignores what is not a draft', () => {
		expect(restoreDraft(null, {})).toBeNull();
		expect(restoreDraft({ version: 2 }, {})).toBeNull();
		expect(restoreDraft('text', {})).toBeNull();
	});
});

describe('preview', () => {
	it('shows the count, the date of entry into force and the stage before and after', () => {
		const files = readDataDir(DATA_DIR);
		const uz = currentDoc(files['states/UZ.json'])!;
		const treaty = currentDoc(files['treaty.json'])! as { recordedTo: { date: string } };
		treaty.recordedTo.date = '2025-06-10';
		const plan = planChanges(
			files,
			{
				docs: {
					'treaty.json': treaty,
					'states/UZ.json': {
						...uz,
						actions: [
							{
								type: 'ratification',
								date: '2025-06-10',
								sources: [{ id: 'voice-of-asia-2025-4' }]
							}
						]
					}
				}
			},
			{ today: '2026-12-02' }
		);
		if (!plan.ok) throw new Error(plan.lines.join('\n'));
		const before = loadDataset(DATA_DIR);
		expect(effectOf(before, plan.after, ['UZ'])).toEqual({
			recordedTo: { before: before.treaty.recordedTo.date, after: '2025-06-10' },
			required: 14,
			count: { before: '13', after: '14' },
			entryIntoForce: { before: null, after: '2025-07-10' },
			// Uzbekistan's instrument has no recorded deposit: its receipt is assumed.
			assumesReceipt: true,
			stages: [{ state: 'UZ', stage: { before: 'none', after: 'consent-given' } }]
		});
	});

	it('numbers the lines of each change, with three lines around it', () => {
		const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
		const after = before.replace('e\n', 'E\n');
		expect(diffHunks(before, after)).toEqual([
			{
				from: 2,
				to: 8,
				lines: [
					{ kind: 'same', text: 'b', number: 2 },
					{ kind: 'same', text: 'c', number: 3 },
					{ kind: 'same', text: 'd', number: 4 },
					{ kind: 'remove', text: 'e', number: 5 },
					{ kind: 'add', text: 'E', number: 5 },
					{ kind: 'same', text: 'f', number: 6 },
					{ kind: 'same', text: 'g', number: 7 },
					{ kind: 'same', text: 'h', number: 8 }
				]
			}
		]);
	});
});

describe('citations', () => {
	it('finds every place a source is cited, in every file but the bibliography', () => {
		const files = readDataDir(DATA_DIR);
		const docs = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, currentDoc(t)]));
		const cited = citationsOf(docs);
		expect(cited.get('ru-fz-368')).toContainEqual({
			file: 'states/RU.json',
			path: 'actions[3].sources[0]'
		});
		expect(cited.get('ru-fz-368')).toContainEqual({
			file: 'treaty.json',
			path: 'titleSources.ru[0]'
		});
		expect([...cited.values()].flat().some((w) => w.file === 'sources.json')).toBe(false);
	});
});
