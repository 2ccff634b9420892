/**
 * The data set's fingerprint (src/lib/data/fingerprint.ts): SHA-256 as node:crypto
 * computes it, the canonical form as docs/API.md defines it, unchanged by formatting and
 * changed by any change of content in any file.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Bytes } from '../../../src/lib/data/sha256';
import {
	canonicalDataSet,
	canonicalJson,
	dataFingerprint
} from '../../../src/lib/data/fingerprint';
import { readDataDir } from '../../../src/lib/server/read-data';
import { DATA_DIR } from '../../fixtures/paths';
import { realFingerprint } from '../../helpers/real-data';

const nodeSha = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const files = readDataDir(DATA_DIR);

describe('sha256', () => {
	it.each([
		['nothing', ''],
		['three letters', 'abc'],
		// 55 bytes fit one block with the padding; 56 need a second one.
		['55 bytes', 'a'.repeat(55)],
		['56 bytes', 'a'.repeat(56)],
		['one block exactly', 'a'.repeat(64)],
		['many blocks', 'The depositary receives the 14th instrument. '.repeat(500)],
		['Cyrillic, Han, Arabic and a character beyond the BMP', 'вступает 生效 النفاذ 𝄞'.repeat(40)]
	])('agrees with node:crypto on %s', (_, text) => {
		expect(sha256(text)).toBe(nodeSha(text));
	});

	it('hashes bytes that are not text', () => {
		const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
		expect(sha256Bytes(bytes)).toBe(nodeSha(bytes));
	});
});

describe('canonicalJson', () => {
	it('writes no whitespace and every object’s keys in order, at every depth', () => {
		expect(canonicalJson({ b: [3, { z: 1, a: 'x y' }], a: null, c: true })).toBe(
			'{"a":null,"b":[3,{"a":"x y","z":1}],"c":true}'
		);
	});

	it('orders keys by UTF-16 code units, as RFC 8785 asks', () => {
		// "é" (U+00E9) sorts after "z"; "Z" before "a".
		expect(canonicalJson({ é: 1, z: 2, a: 3, Z: 4 })).toBe('{"Z":4,"a":3,"z":2,"é":1}');
	});

	it('escapes strings as JSON.stringify does', () => {
		expect(canonicalJson({ s: 'quote " back \\ line\n tab\t ’' })).toBe(
			'{"s":"quote \\" back \\\\ line\\n tab\\t ’"}'
		);
	});
});

describe('the fingerprint of the record', () => {
	it('is the documented recipe: SHA-256 of {path: content} with sorted keys, first 12 digits', () => {
		// The recipe of docs/API.md, written independently: JSON.stringify with a replacer
		// that sorts keys, and node:crypto.
		const sorted = (_: string, value: unknown) =>
			value && typeof value === 'object' && !Array.isArray(value)
				? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
				: value;
		const doc = Object.fromEntries(
			Object.entries(files).map(([path, text]) => [path, JSON.parse(text)])
		);
		const hex = nodeSha(JSON.stringify(doc, sorted));
		expect(dataFingerprint(files)).toEqual({ sha256: hex, short: hex.slice(0, 12) });
		expect(realFingerprint()).toEqual(dataFingerprint(files));
	});

	it('covers every data file, by its path', () => {
		const doc = JSON.parse(canonicalDataSet(files));
		expect(Object.keys(doc)).toEqual(Object.keys(files).sort());
		expect(Object.keys(doc)).toContain('states/KZ.json');
		expect(Object.keys(doc)).toHaveLength(31);
	});

	it('does not change with formatting: indentation, key order, line ends, a byte-order mark', () => {
		const reversed = (value: unknown): unknown =>
			Array.isArray(value)
				? value.map(reversed)
				: value && typeof value === 'object'
					? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
					: value;
		const reformatted = Object.fromEntries(
			Object.entries(files).map(([path, text], i) => {
				const value = JSON.parse(text);
				const styles = [
					JSON.stringify(value),
					JSON.stringify(reversed(value), null, 4),
					'\uFEFF' + JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n') + '\r\n'
				];
				return [path, styles[i % styles.length]];
			})
		);
		expect(Object.values(reformatted)).not.toEqual(Object.values(files));
		expect(dataFingerprint(reformatted)).toEqual(dataFingerprint(files));
		// The file order given does not matter either.
		const shuffled = Object.fromEntries(Object.entries(files).reverse());
		expect(dataFingerprint(shuffled)).toEqual(dataFingerprint(files));
	});

	it('changes when any one file changes in any way, to a fingerprint of its own', () => {
		const seen = new Set([dataFingerprint(files).short]);
		for (const path of Object.keys(files)) {
			const value = JSON.parse(files[path]);
			value.history[0].summary = value.history[0].summary + ' ';
			const changed = dataFingerprint({ ...files, [path]: JSON.stringify(value, null, 2) });
			expect(seen.has(changed.short), path).toBe(false);
			seen.add(changed.short);
		}
		expect(seen.size).toBe(Object.keys(files).length + 1);
	});

	it('changes when a value changes type but not its text, or a file is renamed or removed', () => {
		const base = dataFingerprint(files).short;
		const treaty = JSON.parse(files['treaty.json']);
		const typed = { ...files, 'treaty.json': JSON.stringify({ ...treaty, revision: `${treaty.revision}` }) };
		expect(dataFingerprint(typed).short).not.toBe(base);
		const { ['states/KZ.json']: kz, ...rest } = files;
		expect(dataFingerprint(rest).short).not.toBe(base);
		expect(dataFingerprint({ ...rest, 'states/KZ2.json': kz }).short).not.toBe(base);
	});
});
