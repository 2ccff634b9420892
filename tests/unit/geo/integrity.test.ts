/**
 * The geometry against the data: the members drawn are exactly the members listed, the
 * committed generated files are what `npm run geo` writes today, and the disputed areas
 * are their own neutral features.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { buildTopology, renderFrame, renderModule } from '../../../scripts/build-geo';
import { DISPUTED_FEATURES, DISPUTED_KEYS, DISPUTED_PARTS } from '../../../src/lib/geo/disputed';
import { MAP_FRAME } from '../../../src/lib/geo/generated/frame';
import topology from '../../../src/lib/geo/generated/topology';
import { mapMarkup } from '../../../src/lib/geo/markup';
import type { FeatureProps } from '../../../src/lib/geo/topology';
import { statusMapMarkup } from '../../../src/lib/map/server-markup';
import { ROOT } from '../../fixtures/paths';
import { realData, recorded } from '../../helpers/real-data';
import { disputedTags, memberLinks } from './helpers';

const geometries = topology.objects.countries.geometries;
const role = (g: (typeof geometries)[number]) => (g.properties as FeatureProps).role;
const idsWith = (r: string) =>
	geometries
		.filter((g) => role(g) === r)
		.map((g) => String(g.id))
		.sort();

describe('the members drawn', () => {
	const listed = realData()
		.members.members.map((m) => m.state)
		.sort();

	it('are exactly the states in data/members.json', () => {
		expect(idsWith('member')).toEqual(listed);
	});

	it('each appear once in the markup, as a link with a shape', () => {
		const { markup } = statusMapMarkup(recorded(), 'en');
		const links = memberLinks(markup);
		expect(links.map((l) => l.state).sort()).toEqual(listed);
		for (const link of links) expect(link.body).toMatch(/^<path d="M\d/);
	});

	it('include Hong Kong and Macao within China, with no separate feature', () => {
		const ids = geometries.map((g) => String(g.id));
		expect(ids).not.toContain('HK');
		expect(ids).not.toContain('MO');
		const cn = feature(
			topology,
			geometries.find((g) => g.id === 'CN')!
		);
		// The New Territories of Hong Kong (the city's coast is simplified away at this scale).
		expect(geoContains(cn, [114.1, 22.45])).toBe(true);
	});
});

describe('the disputed areas', () => {
	it('are features of their own, with the disputed role', () => {
		const disputed = idsWith('disputed');
		// W. Sahara lies outside the frame, so it is not drawn; all the others are in it.
		expect(disputed).toEqual(DISPUTED_KEYS.filter((k) => k !== 'w-sahara').sort());
		expect(DISPUTED_FEATURES.length + DISPUTED_PARTS.length).toBe(DISPUTED_KEYS.length);
	});

	it('are taken out of the state Natural Earth puts them in', () => {
		const ru = feature(
			topology,
			geometries.find((g) => g.id === 'RU')!
		);
		const crimea = feature(
			topology,
			geometries.find((g) => g.id === 'crimea')!
		);
		const kurils = feature(
			topology,
			geometries.find((g) => g.id === 'south-kurils')!
		);
		expect(geoContains(ru, [34.1, 45.0])).toBe(false);
		expect(geoContains(crimea, [34.1, 45.0])).toBe(true);
		expect(geoContains(ru, [147.9, 45.0])).toBe(false);
		expect(geoContains(kurils, [147.9, 45.0])).toBe(true);
		// Sakhalin stays Russia's.
		expect(geoContains(ru, [142.8, 50.0])).toBe(true);
	});

	it('carry no stage, class or link in the markup', () => {
		const { markup } = statusMapMarkup(recorded(), 'en');
		const tags = disputedTags(markup);
		expect(tags.length).toBe(idsWith('disputed').length);
		for (const tag of tags) {
			expect(tag).toMatch(/^<path class="disputed" data-disputed="[a-z-]+" d="/);
			expect(tag).not.toMatch(/data-stage|data-state|c-(counted|progress|none|out)|href/);
		}
	});
});

describe('the generated files', () => {
	// Rebuilding takes a second or two: once for both checks.
	const rebuilt = buildTopology();

	it('are what `npm run geo` writes from the current sources (deterministic)', () => {
		const committed = readFileSync(join(ROOT, 'src/lib/geo/generated/topology.ts'), 'utf8');
		expect(committed.startsWith('// Do not edit; run `npm run geo` to regenerate')).toBe(true);
		expect(renderModule(rebuilt)).toBe(committed);
		const frame = readFileSync(join(ROOT, 'src/lib/geo/generated/frame.ts'), 'utf8');
		expect(renderFrame(rebuilt)).toBe(frame);
	});

	it('give the browser the viewBox the server draws in', () => {
		// The geometry alone, whatever a member's links say.
		const { width, height } = mapMarkup({ attributes: () => ({}) });
		expect({ width, height }).toEqual(MAP_FRAME);
	});
});
