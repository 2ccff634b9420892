/**
 * The record itself (data/, not the frozen copy the other tests read): valid, and citing
 * only what a reader can open. The project's research notes are a notebook, not a
 * source: no fact may rest on them.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/lib/i18n/format';
import { loadDataset } from '../../../src/lib/server/read-data';
import { REAL_DATA_DIR } from '../../fixtures/paths';

const data = loadDataset(REAL_DATA_DIR);

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

	it('is recorded at least to the latest statement found (21 July 2025), on a page that can be opened', () => {
		expect(data.treaty.recordedTo.date >= '2025-07-21').toBe(true);
		const cited = data.treaty.recordedTo.sources.map((r) => data.sources.sources.find((s) => s.id === r.id));
		expect(cited.every((s) => s?.url)).toBe(true);
	});
});
