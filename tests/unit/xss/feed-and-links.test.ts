/**
 * The other places data text and addresses reach a reader: the Atom feeds (XML, read by
 * feed readers that render HTML) and the links to sources (an address is markup's
 * business too: a javascript: link runs when clicked).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/schema';
import { validateFiles, type RawFiles } from '../../../src/lib/data/validate';
import { readDataDir } from '../../../src/lib/server/read-data';
import { atomFeed, feedEntries } from '../../../src/lib/api/feed';
import { DATA_DIR } from '../../fixtures/paths';
import { PAYLOAD, injectPayload } from './payload';
import { count } from './html';

let files: RawFiles;
let data: Dataset;
beforeAll(() => {
	files = injectPayload(readDataDir(DATA_DIR));
	data = validateFiles(files).dataset!;
});

const ESCAPED_XML = PAYLOAD.replace(/&/g, '&amp;')
	.replace(/</g, '&lt;')
	.replace(/>/g, '&gt;')
	.replace(/"/g, '&quot;');

describe('feeds', () => {
	it('carry the payload as escaped text only', () => {
		const xml = atomFeed({
			id: 'urn:test',
			title: 'test',
			selfUrl: '/api/v1/feed.xml',
			link: '/',
			entries: feedEntries(data, '', (c) => c)
		});
		// RU's organ; KZ's locator and source title; UZ's history line.
		expect(count(xml, ESCAPED_XML)).toBeGreaterThanOrEqual(4);
		expect(xml).not.toMatch(/<(img|script)\b/i);
		expect(xml.includes(PAYLOAD)).toBe(false);
	});
});

describe('links to sources', () => {
	function withUrl(url: string): RawFiles {
		const doc = JSON.parse(files['sources.json']);
		doc.sources[0].url = url;
		return { ...files, 'sources.json': JSON.stringify(doc) };
	}

	it('accept web addresses', () => {
		expect(validateFiles(withUrl('https://base.garant.ru/12192453/')).errors).toEqual([]);
		expect(validateFiles(withUrl('http://example.org/a?b=c')).errors).toEqual([]);
	});

	// Rendered as <a href={source.url}>: only http(s) may get there. The pages' CSP would
	// block a javascript: link's script, but the data must not rely on it.
	it.each([
		'javascript:window.__xss=3',
		'JavaScript:alert(1)',
		'data:text/html,<script>1</script>'
	])('reject %s', (url) => {
		const { dataset, errors } = validateFiles(withUrl(url));
		expect(dataset).toBeNull();
		expect(errors.map((e) => `${e.file}: ${e.path}`)).toContain('sources.json: sources[0].url');
	});
});
