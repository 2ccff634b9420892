/**
 * Text from the data files is rendered as text, never as HTML: with markup and a script
 * in every kind of free text (tests/unit/xss/payload.ts), the server-rendered pages and
 * components show it escaped and contain no element, handler or script it could create.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import StatePage from '../../../src/routes/[[lang=lang]]/(site)/states/[code]/+page.svelte';
import HomePage from '../../../src/routes/[[lang=lang]]/(site)/+page.svelte';
import SiteLayout from '../../../src/routes/[[lang=lang]]/(site)/+layout.svelte';
import Timeline from '../../../src/lib/components/timeline/Timeline.svelte';
import StatusTable from '../../../src/lib/components/table/StatusTable.svelte';
import Pipeline from '../../../src/lib/components/state/Pipeline.svelte';
import type { Dataset } from '../../../src/lib/data/schema';
import { formatError, validateFiles } from '../../../src/lib/data/validate';
import { readDataDir } from '../../../src/lib/server/read-data';
import { recordedStatus } from '../../../src/lib/status/engine';
import { cumulativeSeries } from '../../../src/lib/status/series';
import { homePageData, layoutData, renderRoute, statePageData } from '../../helpers/pages';
import type { Lang } from '../../../src/lib/i18n';
import { DATA_DIR, ROOT } from '../../fixtures/paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESCAPED_TEXT, PAYLOAD, injectPayload } from './payload';
import { count, dangers } from './html';

let data: Dataset;
beforeAll(() => {
	const { dataset, errors } = validateFiles(injectPayload(readDataDir(DATA_DIR)));
	if (!dataset) throw new Error(errors.map(formatError).join('\n'));
	data = dataset;
});

/** A route rendered as SvelteKit would, with the data its load returns on this data set. */
function renderPage(component: Component<any>, path: string, pageData: Record<string, unknown>) {
	return renderRoute(component, path, pageData).body;
}

function expectEscaped(html: string, atLeast: number) {
	expect(dangers(html)).toEqual([]);
	expect(count(html, ESCAPED_TEXT) + count(html, ESCAPED_ATTR)).toBeGreaterThanOrEqual(atLeast);
	// The payload never appears verbatim: its "<" are always escaped.
	expect(html.includes(PAYLOAD)).toBe(false);
}

/** PAYLOAD in an attribute value: & " < escaped. */
const ESCAPED_ATTR = PAYLOAD.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

describe('the checks themselves', () => {
	it('find the payload when it is markup, not when it is text', () => {
		const raw = dangers(`<p>${PAYLOAD}</p>`);
		expect(raw).toContain('<img src=x>');
		expect(raw).toContain('<script>');
		expect(raw).toContain('<img onerror="window.__xss=1">');
		expect(dangers(`<p>${ESCAPED_TEXT}</p><a title="${ESCAPED_ATTR}">x</a>`)).toEqual([]);
		expect(dangers('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
	});
});

describe('data text is rendered as text', () => {
	it('the injected data set is valid: the validator does not stop it', () => {
		const uz = data.states.find((s) => s.state === 'UZ')!;
		expect(uz.note).toBe(PAYLOAD);
		const kz = data.states.find((s) => s.state === 'KZ')!;
		const cited = data.sources.sources.find((s) => s.id === kz.actions[0].sources[0].id)!;
		expect(cited.title).toBe(PAYLOAD);
	});

	it('on a state page: the note, the history and the membership note', () => {
		const html = renderPage(StatePage, '/states/uz', statePageData(data, 'UZ'));
		expect(html).toContain('data-state="UZ"');
		expectEscaped(html, 3);
	});

	it('on a state page: the organ, the instrument and a note in two languages', () => {
		for (const lang of ['en', 'ru'] as Lang[]) {
			const html = renderPage(
				StatePage,
				lang === 'en' ? '/states/ru' : '/ru/states/ru',
				statePageData(data, 'RU', lang)
			);
			expect(html).toContain('data-state="RU"');
			expectEscaped(html, 3);
		}
	});

	it("on a state page: a source's title, publisher and locator", () => {
		const html = renderPage(StatePage, '/states/kz', statePageData(data, 'KZ'));
		expect(html).toContain('data-state="KZ"');
		// Title (in the citation and the link's hidden text where there is a link), publisher, locator.
		expectEscaped(html, 3);
	});

	it("in a state's pipeline: an alternative date's note", () => {
		const { view } = statePageData(data, 'CN');
		const { body } = render(Pipeline, {
			props: { steps: view.steps, inForce: view.inForce, lang: 'en' }
		});
		expectEscaped(body, 1);
	});

	it("in the timeline's list of events", () => {
		const status = recordedStatus(data);
		const series = cumulativeSeries(data);
		const { body } = render(Timeline, { props: { status, series, lang: 'en' } });
		// RU's organ, instrument and note; KZ's locator and source title; CN's alternative.
		expectEscaped(body, 6);
	});

	it('in the status table', () => {
		const { body } = render(StatusTable, { props: { status: recordedStatus(data), lang: 'en' } });
		// KZ cites the source whose title is the payload.
		expectEscaped(body, 1);
	});

	it('on the home page and in the site frame', () => {
		const html = renderPage(HomePage, '/', homePageData(data));
		// The signature's place in the introduction, and the timeline and table as above.
		expectEscaped(html, 8);
		// The treaty's short title in the header.
		const frame = renderRoute(SiteLayout, '/', layoutData(data, 'en'), {
			props: { children: () => {} }
		}).body;
		expectEscaped(frame, 1);
	});

	it('in the page head (title and description)', () => {
		const url = new URL('http://localhost/');
		const context = new Map([['__request__', { page: { url, params: {}, data: {} } }]]);
		const { head } = render(HomePage, {
			props: { data: homePageData(data) } as never,
			context
		});
		// The description names the signature's place: an attribute, escaped as one.
		expect(head).toContain(ESCAPED_ATTR);
		// The one script is the loader of the site's own script, as written in its file.
		const loader = /<script data-src="\/[^"]+">([^<]*)<\/script>/.exec(head);
		expect(loader?.[1]).toBe(readFileSync(join(ROOT, 'src/lib/site/loader.js'), 'utf8'));
		expect(dangers(head.replace(loader![0], ''))).toEqual([]);
	});
});
