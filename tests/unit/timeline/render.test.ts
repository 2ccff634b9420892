/** The timeline rendered on the server: the list complete, the chart box ready for the canvas. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Timeline from '../../../src/lib/components/timeline/Timeline.svelte';
import { statusAt } from '../../../src/lib/status/engine';
import { cumulativeSeries } from '../../../src/lib/status/series';
import { textOf } from '../../helpers/pages';
import { realData } from '../../helpers/real-data';

const data = realData();
const series = cumulativeSeries(data);

const items = (html: string, relation = '[a-z-]+') =>
	html.match(new RegExp(`<li class="event[^"]*" data-relation="${relation}"`, 'g')) ?? [];

describe('Timeline (server-rendered)', () => {
	it('lists all 18 actions with dates, links, types and sources', () => {
		const { body } = render(Timeline, {
			props: { status: statusAt(data, '2025-03-17'), series, lang: 'en' }
		});
		expect(items(body)).toHaveLength(18);
		expect(items(body, 'on-or-before')).toHaveLength(18);
		expect(body).toContain('<ol');
		expect(body).toContain('<time datetime="2011-11-28">28 November 2011</time>');
		expect(body).toContain('<time datetime="2024">2024</time>');
		// A range has no valid datetime: it is text, not a <time> that would have to be one.
		expect(body).toContain('<span>between 8 June 2010 and 2022</span>');
		expect(body).not.toMatch(/<time[^>]*>between/);
		expect(body).toContain('href="/states/cn"');
		expect(body).toContain('Federation Council');
		expect(textOf(body)).toContain('Instrument: Federal Law No. 368-FZ');
		expect(body).toContain('href="https://base.garant.ru/12192453/"');
		expect(body).toContain('Another source gives 24 October 2023');
		// The first item is the signature: its date, the state and the action, in that order.
		const first = body.slice(body.indexOf('<li class="event'), body.indexOf('</li>'));
		expect(first).toMatch(/8 June 2010[\s\S]*Russia[\s\S]*Signature/);
		// Nothing is after the as-of date in the default view.
		expect(body).not.toContain('Later than');
	});

	it('has a labelled canvas and a message for readers without JavaScript', () => {
		const { body } = render(Timeline, {
			props: { status: statusAt(data, '2025-03-17'), series, lang: 'en' }
		});
		expect(body).toMatch(/<canvas[^>]*role="img"[^>]*aria-label="Step chart[^"]*13 of the 14/);
		expect(body).toContain('<noscript>');
		expect(body).toContain('<h3');
	});

	it('marks the later actions at an earlier as-of date', () => {
		const { body } = render(Timeline, {
			props: { status: statusAt(data, '2020-01-01'), series, lang: 'en', headingLevel: 4 }
		});
		expect(items(body)).toHaveLength(18);
		const later = items(body, 'after');
		const maybe = items(body, 'straddles');
		// After 2020: BD, CN ×3, JO, PK, PS, TJ; straddling: the five 2010–2022 ranges.
		expect(later).toHaveLength(8);
		expect(maybe).toHaveLength(5);
		expect(body).toContain('Later than 1 January 2020');
		expect(body).toContain('<h4');
	});

	it('speaks the page language', () => {
		const { body } = render(Timeline, {
			props: { status: statusAt(data, '2025-03-17'), series, lang: 'ru' }
		});
		expect(body).toContain('href="/ru/states/cn"');
		expect(body).toContain('Китай');
		expect(items(body)).toHaveLength(18);
	});
});
