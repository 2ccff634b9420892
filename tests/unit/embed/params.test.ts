/**
 * The widget's options from its query string: a good value is taken, anything else falls
 * back to the default and is named for the console, never a broken widget.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_OPTIONS,
	parseEmbedParams,
	VIEWS,
	VIEW_PARTS
} from '../../../src/lib/embed/params';

const MEMBERS = ['KZ', 'CN', 'RU'];
const parse = (query: string) => parseEmbedParams(new URLSearchParams(query), MEMBERS);

describe('parseEmbedParams', () => {
	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual(DEFAULT_OPTIONS);
	});

	it('takes every known value', () => {
		expect(parse('view=timeline&theme=dark&highlight=CN&lang=ar')).toEqual({
			view: 'timeline',
			theme: 'dark',
			highlight: 'CN',
			lang: 'ar',
			ignored: []
		});
	});

	it('takes a member’s code in lower case, as people type it', () => {
		expect(parse('highlight=kz').highlight).toBe('KZ');
	});

	it('falls back on a bad value and names it', () => {
		const options = parse('view=bogus&theme=purple&highlight=ZZ&lang=de');
		expect(options).toMatchObject({ view: 'full', theme: 'auto', highlight: null, lang: null });
		expect(options.ignored).toEqual(['view=bogus', 'theme=purple', 'highlight=ZZ', 'lang=de']);
	});

	it('names an unknown option', () => {
		expect(parse('view=map&colour=red').ignored).toEqual(['colour']);
	});
});

describe('VIEW_PARTS', () => {
	it('shows the count and the map by default, and one part in each other view', () => {
		expect(VIEW_PARTS.full).toEqual(['count', 'map']);
		for (const view of VIEWS.filter((v) => v !== 'full')) expect(VIEW_PARTS[view]).toEqual([view]);
	});
});
