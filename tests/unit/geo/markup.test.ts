/**
 * The shapes' markup for a status: every member carries the stage the engine gives it at
 * the date, the small states are circles, the highlight and the links are right, and the
 * markup stays small.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectedMap } from '../../../src/lib/geo/markup';
import { needsSymbol } from '../../../src/lib/geo/symbols';
import { mapClassOf } from '../../../src/lib/map/marks';
import { statusMapMarkup } from '../../../src/lib/map/server-markup';
import { firstDay, recordedDay, statusAt } from '../../../src/lib/status/engine';
import { realData, recorded } from '../../helpers/real-data';
import { memberLinks } from './helpers';

const data = realData();
const markupOf = (status = recorded(), lang: 'en' | 'ru' = 'en', highlight?: string) =>
	statusMapMarkup(status, lang, highlight);

describe('each member link', () => {
	// The signature, the year KZ and RU ratified, before Kuwait joined (2022-10-13), the record.
	const days = () => [firstDay(data), '2012-01-01', '2022-10-12', '2022-10-13', recordedDay(data)];

	it('carries the stage the engine gives at the date, or non-member', () => {
		for (const day of days()) {
			const status = statusAt(data, day);
			const links = memberLinks(markupOf(status).markup);
			expect(links).toHaveLength(28);
			for (const link of links) {
				const s = status.states[link.state];
				const stage = s.member ? s.stage : 'non-member';
				expect(link.stage, `${link.state} on ${day}`).toBe(stage);
				expect(link.className.split(' ')).toContain(`c-${mapClassOf(stage)}`);
				const possible = s.member ? s.possibleStage : s.memberPossible ? 'member' : null;
				expect(link.possible, `${link.state} on ${day}`).toBe(possible);
			}
		}
	});

	it('shows Kuwait as a non-member the day before it joined and a member on the day', () => {
		const before = memberLinks(markupOf(statusAt(data, '2022-10-12')).markup);
		const on = memberLinks(markupOf(statusAt(data, '2022-10-13')).markup);
		expect(before.find((l) => l.state === 'KW')!.stage).toBe('non-member');
		expect(on.find((l) => l.state === 'KW')!.stage).toBe('none');
	});

	it('draws the states whose act of consent counts as counted', () => {
		const links = memberLinks(markupOf().markup);
		const counted = links.filter((l) => l.className.includes('c-counted')).map((l) => l.state);
		const certain = Object.values(recorded().states)
			.filter((s) => s.counts === 'certain')
			.map((s) => s.state);
		expect(counted.sort()).toEqual(certain.sort());
		expect(counted).toHaveLength(13);
	});

	it('links to the state page in the page language, with a name and stage to hear', () => {
		const links = memberLinks(markupOf(recorded(), 'ru').markup);
		const kz = links.find((l) => l.state === 'KZ')!;
		expect(kz.href).toBe('/ru/states/kz');
		expect(kz.label.startsWith('Казахстан: ')).toBe(true);
		const en = memberLinks(markupOf().markup);
		expect(en.find((l) => l.state === 'KZ')!.label).toBe('Kazakhstan: Instrument of consent');
	});

	it('emphasises the highlighted member only, drawn after the other large states', () => {
		const links = memberLinks(markupOf(recorded(), 'en', 'KZ').markup);
		expect(links.filter((l) => l.className.split(' ').includes('hl')).map((l) => l.state)).toEqual([
			'KZ'
		]);
		const firstSymbol = links.findIndex((l) => l.body.includes('<circle'));
		expect(links[firstSymbol - 1].state).toBe('KZ');
	});
});

describe('the small states', () => {
	const markup = () => markupOf();

	it('are drawn with a circle as well as their shape: Bahrain, Qatar, Kuwait, Palestine', () => {
		const { symbols, markup: html } = markup();
		expect(symbols).toEqual(expect.arrayContaining(['BH', 'QA', 'KW', 'PS']));
		for (const link of memberLinks(html)) {
			const circles = link.body.match(/<circle /g)?.length ?? 0;
			expect(circles, link.state).toBe(symbols.includes(link.state) ? 1 : 0);
			expect(link.body.startsWith('<path d="M'), link.state).toBe(true);
		}
	});

	it('are the members whose area on the map is under the threshold, and no others', () => {
		const members = projectedMap().shapes.filter((s) => s.role === 'member');
		const small = members.filter((s) => needsSymbol(s.area)).map((s) => s.key);
		expect(markup().symbols.sort()).toEqual(small.sort());
		// Large states are never circles.
		expect(small).not.toContain('RU');
		expect(small).not.toContain('JO');
	});

	it('are painted after every other member, so no neighbour covers a circle', () => {
		const links = memberLinks(markup().markup);
		const first = links.findIndex((l) => l.body.includes('<circle'));
		expect(links.slice(first).every((l) => l.body.includes('<circle'))).toBe(true);
	});
});

describe('the markup', () => {
	// Measured: 41,850 bytes, 13,231 gzipped, for the status as recorded to March 2025. The
	// bounds leave room for a few states more; a change of simplification must pass them.
	it('is small: under 45 kB raw and 14.5 kB gzipped', () => {
		const { markup } = markupOf();
		const bytes = Buffer.byteLength(markup);
		const gzipped = gzipSync(markup, { level: 9 }).length;
		expect(bytes).toBeLessThan(45_000);
		expect(gzipped).toBeLessThan(14_500);
	});

	it('is the same for the same status (prerendered pages are reproducible)', () => {
		expect(markupOf().markup).toBe(markupOf(statusAt(data, recordedDay(data))).markup);
	});
});
