/**
 * The map rendered on the server, as the prerendered page gets it: the SVG with every
 * member's link is in the HTML, with its key, text summary and notes, so the page reads
 * correctly with scripts off.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StatusMap from '../../../src/lib/components/map/StatusMap.svelte';
import { t } from '../../../src/lib/i18n';
import { recordedDay, statusAt } from '../../../src/lib/status/engine';
import { realData, recorded } from '../../helpers/real-data';
import { memberLinks } from '../geo/helpers';

const data = realData();

function html(props: Record<string, unknown> = {}, day = recordedDay(data)) {
	return render(StatusMap, { props: { status: statusAt(data, day), lang: 'en', ...props } }).body;
}

describe('StatusMap (server-rendered)', () => {
	it('puts the SVG with a link for every member into the HTML', () => {
		const body = html();
		expect(body).toMatch(/<svg viewBox="0 0 1000 \d+" role="group" aria-label="Map of/);
		expect(body).toContain('as of 17 March 2025');
		const links = memberLinks(body);
		expect(links).toHaveLength(data.members.members.length);
		expect(links.find((l) => l.state === 'KZ')!.href).toBe('/states/kz');
		// The browser's placeholder is not what the server writes.
		expect(body).not.toContain('<!--shapes-->');
	});

	it('keeps the map itself left to right, also on an Arabic page', () => {
		const body = render(StatusMap, { props: { status: recorded(), lang: 'ar' } }).body;
		expect(body).toMatch(/<div class="frame" dir="ltr">\s*<svg/);
		expect(memberLinks(body).find((l) => l.state === 'KZ')!.href).toBe('/ar/states/kz');
	});

	it('has a key with the count in each class, drawn with the map’s fills', () => {
		const body = html();
		const counted = t('en', 'map.legend.count', { label: t('en', 'map.class.counted'), count: 13 });
		expect(body).toContain(counted);
		for (const c of ['counted', 'progress', 'none', 'out']) {
			expect(body).toContain(`class="c-${c}`);
		}
		expect(body).toContain('url(#map-hatch)');
		expect(body).toContain('<pattern id="map-hatch"');
		expect(body).toContain('<pattern id="map-dots"');
	});

	it('has a text summary listing every member by class, and the notes on boundaries', () => {
		const body = html();
		const summary = body.slice(body.indexOf('id="map-summary"'));
		expect(summary).toContain(t('en', 'map.summary.title'));
		for (const m of data.members.members) {
			const name = memberLinks(body)
				.find((l) => l.state === m.state)!
				.label.split(':')[0];
			expect(summary).toContain(name);
		}
		expect(body).toContain(t('en', 'map.disclaimer'));
		expect(body).toContain('do not imply official endorsement or acceptance');
		expect(body).toContain(t('en', 'map.footnote.disputed'));
	});

	it('shows who was not yet a member at an early date', () => {
		const body = html({}, '2005-01-01');
		const out = memberLinks(body)
			.filter((l) => l.stage === 'non-member')
			.map((l) => l.state);
		// Joined later: Korea 2006, Jordan and the UAE 2008, Iraq and Viet Nam 2010, Bahrain
		// and Cambodia 2011, Bangladesh and Qatar 2014, Sri Lanka 2018, Kuwait 2022.
		expect(out.sort()).toEqual(['AE', 'BD', 'BH', 'IQ', 'JO', 'KH', 'KR', 'KW', 'LK', 'QA', 'VN']);
	});

	it('in the compact variant, emphasises the highlighted state and shortens the notes', () => {
		const body = html({ compact: true, highlight: 'KZ', id: 'embed' });
		expect(body).toContain('status-map compact');
		expect(memberLinks(body).find((l) => l.state === 'KZ')!.className).toContain('hl');
		expect(body).toContain(t('en', 'map.footnote.short'));
		expect(body).not.toContain(t('en', 'map.legend.possible'));
		expect(body).toContain(t('en', 'map.disclaimer'));
	});

	it('lets two maps share a page: every id carries the map’s own prefix', () => {
		const two = html({ id: 'one' }) + html({ id: 'two' });
		const ids = [...two.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.length).toBeGreaterThan(4);
		expect(new Set(ids).size).toBe(ids.length);
		expect(two).toContain('url(#two-dots)');
	});
});
