/**
 * The record itself (data/, not the frozen copy the other tests read): valid, and citing
 * only what a reader can open. The project's research notes are a notebook, not a
 * source: no fact may rest on them.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/lib/i18n';
import { plainText } from '../../../src/lib/i18n/format';
import { loadDataset, readDataDir } from '../../../src/lib/server/read-data';
import { REAL_DATA_DIR } from '../../fixtures/paths';

const data = loadDataset(REAL_DATA_DIR);

/** The fields the format gives as texts per language (docs/DATA.md §5, "(languages)"). */
const TEXT_FIELDS = new Set(['note', 'by', 'instrument', 'locator', 'summary', 'titleNote', 'laterStatesNote']);

/** Every text per language in a data file, with where it is: its notes, organs, acts, locators, history lines, and a source's title and publisher. */
function textsOf(file: string, doc: unknown): { where: string; text: unknown }[] {
	const out: { where: string; text: unknown }[] = [];
	const visit = (node: unknown, path: string) => {
		if (Array.isArray(node)) return node.forEach((x, i) => visit(x, `${path}[${i}]`));
		if (!node || typeof node !== 'object') return;
		for (const [key, value] of Object.entries(node)) {
			const where = path ? `${path}.${key}` : key;
			const text =
				TEXT_FIELDS.has(key) ||
				(file === 'sources.json' && /^sources\[\d+\]$/.test(path) && /^(title|publisher)$/.test(key));
			if (text) out.push({ where: `${file}: ${where}`, text: value });
			else visit(value, where);
		}
	};
	visit(doc, '');
	return out;
}

describe('the record in data/', () => {
	it('cites only sources a reader can open: each has an address or the site it is on', () => {
		const unopenable = data.sources.sources.filter((s) => !s.url && !s.site).map((s) => s.id);
		// The digest is the Secretariat's publication, cited by its issue: no address was found.
		expect(unopenable).toEqual(['voice-of-asia-2025-4', 'cica-secretariat-agreement-2006']);
	});

	it('never cites the project’s own notes', () => {
		for (const s of data.sources.sources) {
			const text = `${s.id} ${plainText(s.title, 'en')} ${plainText(s.publisher, 'en')}`;
			expect(text, s.id).not.toMatch(/research notes|shared\/sources|project/i);
		}
	});

	it('gives every joining date a source, or marks it inferred and says from what', () => {
		for (const m of data.members.members) {
			const j = m.joined;
			if (j.inferred) expect(j.note, m.state).toBeDefined();
			else expect(j.sources?.length, m.state).toBeGreaterThan(0);
		}
	});

	it('gives every text the pages show in English, Russian, Chinese and Arabic, its original first', () => {
		const texts = Object.entries(readDataDir(REAL_DATA_DIR)).flatMap(([file, text]) =>
			textsOf(file, JSON.parse(text))
		);
		// The walk reaches every kind of text: a field it missed would pass unchecked.
		const fields = new Set(texts.map(({ where }) => where.replace(/^.*[.: ]/, '')));
		expect([...fields].sort()).toEqual([...TEXT_FIELDS, 'publisher', 'title'].sort());
		const incomplete = texts
			.filter(({ text }) => typeof text === 'string' || LANGS.some((l) => !(text as object)[l as never]))
			.map(({ where }) => where);
		expect(incomplete).toEqual([]);
	});

	it('gives an organ and an act of a state first in the state’s own words where it has them', () => {
		const ru = data.states.find((s) => s.state === 'RU')!;
		const duma = ru.actions.find((a) => a.type === 'domestic-approval')!.by!;
		expect(Object.keys(duma)[0]).toBe('ru');
		const cn = data.states.find((s) => s.state === 'CN')!;
		expect(Object.keys(cn.actions[0].by!)[0]).toBe('zh');
	});

	it('is recorded at least to the latest statement found (21 July 2025), on a page that can be opened', () => {
		expect(data.treaty.recordedTo.date >= '2025-07-21').toBe(true);
		const cited = data.treaty.recordedTo.sources.map((r) => data.sources.sources.find((s) => s.id === r.id));
		expect(cited.every((s) => s?.url)).toBe(true);
	});
});
