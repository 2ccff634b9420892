import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editJsonText, type JsonEdit } from '../../../src/lib/data/edit';

describe('editJsonText', () => {
	it('writes a first element into an empty array on its own lines', () => {
		const text = '{\n  "a": 1,\n  "list": [],\n  "z": true\n}';
		expect(editJsonText(text, [{ push: ['list'], value: { b: [1] } }])).toBe(
			'{\n  "a": 1,\n  "list": [\n    {\n      "b": [\n        1\n      ]\n    }\n  ],\n  "z": true\n}\n'
		);
	});

	it('follows the style of the elements already there', () => {
		const expanded = '{\n  "list": [\n    {\n      "x": 1\n    }\n  ]\n}\n';
		expect(editJsonText(expanded, [{ push: ['list'], value: { x: 2 } }])).toBe(
			'{\n  "list": [\n    {\n      "x": 1\n    },\n    {\n      "x": 2\n    }\n  ]\n}\n'
		);
		const compactLines = '{\n  "list": [\n    { "x": 1 }\n  ]\n}\n';
		expect(editJsonText(compactLines, [{ push: ['list'], value: { x: 2 } }])).toBe(
			'{\n  "list": [\n    { "x": 1 },\n    { "x": 2 }\n  ]\n}\n'
		);
	});

	it('keeps a one-line array on one line while it fits 100 columns, else breaks it', () => {
		const short = '{\n  "h": [{ "n": 1 }]\n}\n';
		expect(editJsonText(short, [{ push: ['h'], value: { n: 2 } }])).toBe(
			'{\n  "h": [{ "n": 1 }, { "n": 2 }]\n}\n'
		);
		const long = `{\n  "h": [{ "s": "${'a'.repeat(70)}" }]\n}\n`;
		expect(editJsonText(long, [{ push: ['h'], value: { s: 'b' } }])).toBe(
			`{\n  "h": [\n    { "s": "${'a'.repeat(70)}" },\n    { "s": "b" }\n  ]\n}\n`
		);
	});

	it('replaces a value in place and touches nothing else', () => {
		const text = '{\n  "revision": 3,\n  "to": { "date": "2025-03-17", "n": [1,2] }\n}\n';
		expect(
			editJsonText(text, [
				{ set: ['revision'], value: 4 },
				{ set: ['to', 'date'], value: '2025-06-10' }
			])
		).toBe('{\n  "revision": 4,\n  "to": { "date": "2025-06-10", "n": [1,2] }\n}\n');
	});

	it('adds a missing trailing newline, and refuses a path that is not there', () => {
		expect(editJsonText('{"a": 1}', [{ set: ['a'], value: 2 }])).toBe('{"a": 2}\n');
		expect(() => editJsonText('{"a": 1}', [{ push: ['b'], value: 2 }])).toThrow('nothing at b');
		expect(() => editJsonText('{"a": 1}', [{ push: ['a'], value: 2 }])).toThrow('no array at a');
	});

	it('keeps Windows line ends in a file that has them', () => {
		const text = '{\r\n  "list": [\r\n    1\r\n  ]\r\n}\r\n';
		expect(editJsonText(text, [{ push: ['list'], value: 2 }])).toBe(
			'{\r\n  "list": [\r\n    1,\r\n    2\r\n  ]\r\n}\r\n'
		);
	});

	it('always yields the document with the edits applied, whatever the formatting', () => {
		// Random documents, written out in several styles, with random pushes and sets:
		// the text must parse to exactly the edited document.
		const key = fc.constantFrom('a', 'b', 'list', 'note', 'k"q', 'ü');
		const doc = fc.dictionary(
			key,
			fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.jsonValue({ maxDepth: 1 }))),
			{
				minKeys: 1
			}
		);
		const style = fc.constantFrom<(v: unknown) => string>(
			(v) => JSON.stringify(v, null, 2),
			(v) => JSON.stringify(v),
			(v) => JSON.stringify(v, null, '\t'),
			(v) => `${JSON.stringify(v, null, 4)}\n`,
			(v) => `${JSON.stringify(v, null, 2).replace(/\n/g, '\r\n')}\r\n`
		);
		fc.assert(
			fc.property(doc, style, fc.jsonValue({ maxDepth: 2 }), fc.nat(), (d, write, value, pick) => {
				const keys = Object.keys(d);
				const k = keys[pick % keys.length];
				const edit: JsonEdit = Array.isArray(d[k]) ? { push: [k], value } : { set: [k], value };
				const out = editJsonText(write(d), [edit]);
				const expected = structuredClone(d) as Record<string, unknown>;
				if ('push' in edit) (expected[k] as unknown[]).push(value);
				else expected[k] = value;
				expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected)));
				expect(out.endsWith('\n')).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});
