/**
 * The open data on the built site: each file parses, agrees with the status engine and
 * validates against its published JSON Schema; the feeds parse as Atom; the CSV parses
 * back to the table's rows.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../src/lib/data/schema';
import { statusJson } from '../../src/lib/status/report';
import { tableRows } from '../../src/lib/table/rows';
import { tableRecords } from '../../src/lib/table/export';
import { validateJsonSchema } from './lib/json-schema';
import { launch, type Launched } from './lib/browser';
import { realData, realFingerprint, recorded } from '../helpers/site-data';

const BUILD = 'build';
const read = (path: string) => readFileSync(join(BUILD, path), 'utf8');
const data = realData();
const status = recorded();

describe('JSON', () => {
	test('status.json is the engine’s status as recorded: 13 of 14', () => {
		const json = JSON.parse(read('api/v1/status.json'));
		expect(json.counted).toEqual({ certain: 13, possible: 0 });
		expect(json.required).toBe(14);
		expect(json.remaining).toBe(1);
		expect(json.inForce).toBe(false);
		expect(json.asOf).toBe('2025-07-21');
		expect(json).toEqual({
			apiVersion: 1,
			...JSON.parse(JSON.stringify(statusJson(data, status, realFingerprint())))
		});
	});

	test('a file per state, each agreeing with the engine', () => {
		const files = readdirSync(join(BUILD, 'api/v1/states'));
		expect(files).toHaveLength(28);
		for (const s of Object.values(status.states)) {
			const json = JSON.parse(read(`api/v1/states/${s.state.toLowerCase()}.json`));
			expect(json.state).toBe(s.state);
			expect(json.status.stage).toBe(s.stage);
			expect(json.record.revision).toBe(data.states.find((f) => f.state === s.state)!.revision);
		}
	});

	test('events.json lists every action, oldest first, with sources resolved', () => {
		const json = JSON.parse(read('api/v1/events.json'));
		const actions = data.states.reduce((n, f) => n + f.actions.length, 0);
		expect(json.events).toHaveLength(actions);
		// The first act: Kazakhstan's decree of 3 June 2010 authorising signature.
		expect(json.events[0]).toMatchObject({
			state: 'KZ',
			type: 'signature-authorisation',
			date: '2010-06-03'
		});
		const earliest = json.events.map((e: { earliest: string }) => e.earliest);
		expect([...earliest].sort()).toEqual(earliest);
		for (const e of json.events) expect(e.sources[0].title).toBeTruthy();
	});

	test('the data files as published validate against the published JSON Schema', () => {
		// The API publishes the files in the current format, whatever format each is stored in.
		const pairs: [string, string][] = [
			['api/v1/treaty.json', `schema/v${SCHEMA_VERSION}/treaty.json`],
			['api/v1/members.json', `schema/v${SCHEMA_VERSION}/members.json`],
			['api/v1/sources.json', `schema/v${SCHEMA_VERSION}/sources.json`]
		];
		for (const [file, schema] of pairs) {
			expect(validateJsonSchema(JSON.parse(read(schema)), JSON.parse(read(file))), file).toEqual(
				[]
			);
		}
		// A file on disk validates against the schema it names, the format it is written in.
		for (const f of readdirSync('data/states')) {
			const doc = JSON.parse(readFileSync(join('data/states', f), 'utf8'));
			const schema = JSON.parse(readFileSync(join('data/states', doc.$schema), 'utf8'));
			expect(validateJsonSchema(schema, doc), f).toEqual([]);
		}
	});

	test('the published JSON Schema rejects a broken file', () => {
		const stateSchema = JSON.parse(read(`schema/v${SCHEMA_VERSION}/state.json`));
		const doc = JSON.parse(readFileSync('data/states/KZ.json', 'utf8'));
		const broken = structuredClone(doc);
		broken.actions[0].date = '28 November 2011';
		broken.actions[0].type = 'ratified';
		delete broken.revision;
		const errors = validateJsonSchema(stateSchema, broken);
		expect(errors.some((e) => e.includes('/actions/0/date'))).toBe(true);
		expect(errors.some((e) => e.includes('/actions/0/type'))).toBe(true);
		expect(errors.some((e) => e.includes('revision'))).toBe(true);
	});

	test('each data file names its schema, and the path resolves', () => {
		for (const [file, schema] of [
			['data/treaty.json', 'treaty'],
			['data/states/KZ.json', 'state']
		]) {
			const doc = JSON.parse(readFileSync(file, 'utf8'));
			const resolved = join(file, '..', doc.$schema);
			expect(resolved).toBe(join(`static/schema/v${doc.schemaVersion}`, `${schema}.json`));
			expect(existsSync(resolved)).toBe(true);
		}
	});
});

describe('the map’s geometry', () => {
	/** Every file under a folder, recursively. */
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
		);

	test('travels once: in the page’s HTML, never again in scripts or page data', () => {
		const html = read('index.html');
		const paths = [...html.matchAll(/<path[^>]* d="([^"]{200,})"/g)].map((m) => m[1]);
		expect(paths.length).toBeGreaterThan(20);
		const samples = paths.slice(0, 5).map((d) => d.slice(0, 120));
		const elsewhere = files(BUILD).filter(
			(f) => f.endsWith('.js') || f.endsWith('__data.json') || f.endsWith('.json')
		);
		expect(elsewhere.some((f) => f.includes('_app'))).toBe(true);
		for (const f of elsewhere) {
			const text = readFileSync(f, 'utf8');
			for (const d of samples)
				expect(text.includes(d), `${f} repeats the map geometry`).toBe(false);
		}
		// The HTML itself carries the shapes once, not again in its hydration data.
		for (const d of samples) expect(html.split(d).length - 1).toBe(1);
	});
});

describe('CSV', () => {
	test('data.csv parses back to the table’s rows', () => {
		const text = read('api/v1/data.csv');
		const parsed = parseCsv(text);
		expect(parsed).toEqual(tableRecords(tableRows(status, 'en'), 'en'));
		expect(parsed).toHaveLength(29);
		expect(parsed.find((r) => r[0] === 'CN')?.slice(0, 3)).toEqual(['CN', 'China', 'deposited']);
	});
});

describe('Atom feeds', () => {
	let browser: Launched;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	/** Parses with the browser's XML parser: a real parse, not a pattern match. */
	async function parseAtom(text: string) {
		const page = await browser.context.newPage();
		const result = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			const ns = 'http://www.w3.org/2005/Atom';
			const text = (el: Element, tag: string) =>
				el.getElementsByTagNameNS(ns, tag)[0]?.textContent ?? '';
			return {
				error: doc.getElementsByTagName('parsererror').length > 0,
				root: doc.documentElement.localName,
				namespace: doc.documentElement.namespaceURI,
				entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
					id: text(e, 'id'),
					updated: text(e, 'updated'),
					title: text(e, 'title')
				}))
			};
		}, text);
		await page.close();
		expect(result.error).toBe(false);
		expect(result.namespace).toBe('http://www.w3.org/2005/Atom');
		for (const e of result.entries) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
		return result;
	}

	test('feed.xml parses as Atom with one entry per action and per revision', async () => {
		const text = read('api/v1/feed.xml');
		const { entries, root } = await parseAtom(text);
		const actions = data.states.reduce((n, f) => n + f.actions.length, 0);
		const revisions = [data.treaty, data.members, data.sources, ...data.states].reduce(
			(n, f) => n + f.history.length,
			0
		);
		expect(root).toBe('feed');
		expect(entries).toHaveLength(actions + revisions);
		const updated = entries.map((e) => e.updated);
		expect([...updated].sort().reverse()).toEqual(updated);
		expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	});

	test('each state has its own feed', async () => {
		const { entries } = await parseAtom(read('states/cn/feed.xml'));
		const cn = data.states.find((f) => f.state === 'CN')!;
		expect(entries).toHaveLength(cn.actions.length + cn.history.length);
		expect(entries.every((e) => e.id.startsWith('urn:cica-pi:CN:'))).toBe(true);
	});
});

/** RFC 4180, as a reader of the file would parse it. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') (row.push(field), (field = ''));
		else if (c === '\r' && text[i + 1] === '\n') {
			(row.push(field), rows.push(row), (row = []), (field = ''), i++);
		} else field += c;
	}
	return rows;
}
