/**
 * What each page's load returns (src/lib/server/page-data.ts) holds what the page renders
 * and nothing of the rest of the record: a state page its own record and the sources it
 * cites, the home page the actions and cited sources in its language, the frame a few fields.
 */
import { describe, expect, it } from 'vitest';
import {
	changesData,
	embedData,
	homeData,
	siteFrame,
	stateData,
	workingData
} from '../../../src/lib/server/page-data';
import { realData, realFingerprint } from '../../helpers/real-data';

const data = realData();
/** Every value of a given key anywhere in a page's data. */
function valuesOf(value: unknown, key: string): unknown[] {
	if (Array.isArray(value)) return value.flatMap((v) => valuesOf(v, key));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => [
			...(k === key ? [v] : []),
			...valuesOf(v, key)
		]);
	}
	return [];
}
const text = (value: unknown) => JSON.stringify(value);

describe('the site frame', () => {
	it('is the header’s and footer’s fields only', () => {
		const { recordedToSources, ...frame } = siteFrame(data, realFingerprint(), 'en');
		expect(recordedToSources.map(({ source, locator }) => [source.id, locator])).toEqual([
			['voice-of-asia-2025-4', '17 March 2025 article: the latest statement of the status']
		]);
		expect(frame).toEqual({
			shortTitle: data.treaty.shortTitle,
			recordedTo: '2025-03-17',
			revision: { number: 57, date: '2026-11-26' },
			fingerprint: realFingerprint().short,
			unofficialTitles: ['ar']
		});
	});
});

describe('a state page', () => {
	it('holds its own record only: its actions, its history, the sources it cites', () => {
		const { view, whatIf } = stateData(data, 'KZ', 'en');
		expect(view.state).toBe('KZ');
		expect(view.status.actions.map((a) => [a.type, a.date])).toEqual([
			['ratification', '2011-11-28']
		]);
		expect(view.history).toEqual(data.states.find((s) => s.state === 'KZ')!.history);
		// Its law and the digest (its ratification), and the research notes (its joining).
		const cited = new Set(valuesOf(view, 'source').map((s) => (s as { id: string }).id));
		expect([...cited].sort()).toEqual([
			'kz-law-500-iv',
			'research-notes-2025',
			'voice-of-asia-2025-4'
		]);
		// Counted, so no what-if; nothing of any other state.
		expect(whatIf).toBeNull();
		expect(new Set(valuesOf(view, 'state'))).toEqual(new Set(['KZ']));
		expect(text(view)).not.toContain('Federal Law No. 368-FZ');
	});

	it('carries a note in the page’s language and its original only', () => {
		const en = text(stateData(data, 'UZ', 'en').view);
		const ru = text(stateData(data, 'UZ', 'ru').view);
		const zh = text(stateData(data, 'UZ', 'zh').view);
		expect(en).toContain('No signature, ratification or other action');
		expect(en).not.toContain('В изученных источниках');
		// The original stays, so that the page can mark the translation as this project's.
		expect(ru).toContain('В изученных источниках');
		expect(ru).toContain('No signature, ratification or other action');
		// No language but the page's and the original's (the copy has no Chinese note).
		expect(zh).toContain('No signature, ratification or other action');
		expect(zh).not.toContain('В изученных источниках');
	});

	it('gets what the engine reads for the what-if, where its instrument does not count', () => {
		const { whatIf } = stateData(data, 'UZ', 'en');
		expect(whatIf?.states).toHaveLength(28);
		expect(valuesOf(whatIf, 'note')).toEqual([]);
		expect(valuesOf(whatIf, 'history')).toEqual([]);
		expect(whatIf?.sources.sources).toEqual([]);
	});
});

describe('the home page', () => {
	it('holds every action with the sources it cites, in its language, and no histories', () => {
		const { input, treaty } = homeData(data, 'en');
		expect(input.states.flatMap((s) => s.actions)).toHaveLength(18);
		expect(valuesOf(input, 'history')).toEqual([]);
		// The five sources actions cite, each with its title (and address where it has one).
		expect(input.sources.sources.map((s) => s.id).sort()).toEqual([
			'kz-law-500-iv',
			'npcsc-gazette-2023-7',
			'ru-fz-368',
			's-cica-speech-pakistan',
			'voice-of-asia-2025-4'
		]);
		for (const s of input.sources.sources) {
			expect(Object.keys(s).filter((k) => !['id', 'title', 'url'].includes(k))).toEqual([]);
		}
		expect(treaty.signature).toEqual({
			place: 'Istanbul',
			placeNames: data.treaty.signature.placeNames,
			date: '2010-06-08'
		});
		// The 11 notes of actions and their other dates, in English only on the English page;
		// no state's note.
		const notes = valuesOf(input, 'note');
		expect(notes).toHaveLength(11);
		for (const n of notes) expect(Object.keys(n as object)).toEqual(['en']);
		expect(text(input)).not.toContain('No signature, ratification or other action');
	});
});

describe('the widget', () => {
	it('gets what the engine reads: types and dates, no text but who states the recorded status', () => {
		const { input, recordedToSources } = embedData(data, 'ru');
		expect(recordedToSources.map(({ source }) => source.id)).toEqual(['voice-of-asia-2025-4']);
		expect(valuesOf(input, 'note')).toEqual([]);
		expect(valuesOf(input, 'by')).toEqual([]);
		expect(input.sources.sources).toEqual([]);
		expect(input.states.flatMap((s) => s.actions.flatMap((a) => a.sources))).toEqual([]);
		expect(input.states.flatMap((s) => s.actions)).toHaveLength(18);
	});
});

describe('the working pages', () => {
	it('/working: every action with the whole entry of each source it cites, and the rule', () => {
		const { input, rule } = workingData(data, 'ru');
		expect(input.states.flatMap((s) => s.actions)).toHaveLength(18);
		const cited = new Set(
			input.states.flatMap((s) => s.actions.flatMap((a) => a.sources.map((r) => r.id)))
		);
		expect(input.sources.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
		// A memorandum's citation needs the publisher and the date, which the home page omits.
		const kz = input.sources.sources.find((s) => s.id === 'kz-law-500-iv')!;
		const original = data.sources.sources.find((s) => s.id === 'kz-law-500-iv')!;
		expect([kz.publisher, kz.date]).toEqual([original.publisher, original.date]);
		expect(kz.publisher).toBeTruthy();
		expect(rule.article).toBe(data.treaty.entryIntoForce.article);
		expect(rule.text?.ru).toBe(data.treaty.entryIntoForce.text?.ru);
		expect(rule.sources.map((c) => c.source.id)).toEqual(
			data.treaty.entryIntoForce.sources.map((r) => r.id)
		);
	});

	it('/changes: every history line, in the page’s language, and the default interval', () => {
		const { history, since } = changesData(data, 'en');
		const files = [data.treaty, data.members, data.sources, ...data.states];
		expect(history).toHaveLength(files.reduce((n, f) => n + f.history.length, 0));
		expect(history.every((h) => typeof h.summary === 'string' || 'en' in h.summary)).toBe(true);
		expect(since.to).toBe(
			files
				.map((f) => f.history.at(-1)!.date)
				.sort()
				.at(-1)
		);
	});
});
