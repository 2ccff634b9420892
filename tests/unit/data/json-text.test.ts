import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeJsonBytes,
	MAX_DEPTH,
	MAX_FILE_BYTES,
	parseJsonText,
	updateJsonText
} from '../../../src/lib/data/json-text';
import { readDataDir } from '../../../src/lib/server/read-data';
import { DATA_DIR } from '../../fixtures/paths';

function problemOf(text: string) {
	const parsed = parseJsonText(text);
	if (parsed.ok) throw new Error(`parsed: ${text}`);
	return parsed.problem;
}

describe('parseJsonText', () => {
	it('reads what JSON.parse reads, the real files included', () => {
		const texts = ['{}', ' [ ] ', '{"a":"\\u00e9\\n","b":-1.5e3,"c":[true,false,null,0]}'];
		for (const text of [...texts, ...Object.values(readDataDir(DATA_DIR))]) {
			const parsed = parseJsonText(text);
			expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
		}
	});

	it('places each kind of syntax error by line and column, with a plain reason', () => {
		const cases: [string, string, string][] = [
			['{\n  "a": 1,\n  "b" 2\n}', 'line 3, column 7', 'a colon expected after the field name'],
			['{\n  "a": 1,\n  "b": x\n}', 'line 3, column 8', 'unexpected character'],
			['{"a":1,}', 'line 1, column 8', 'a field name in double quotes expected'],
			['{"a": "b\nc"}', 'line 1, column 7', 'a text is not closed on its line (a missing ", or a line break inside it)'],
			['{"a": "b\tc"}', 'line 1, column 7', 'a control character (such as a line break or a tab) inside a text'],
			['{"a":1} []', 'line 1, column 9', 'text after the end of the document'],
			['{"a": 1 // why\n}', 'line 1, column 9', 'comments are not allowed in JSON'],
			['{\n  "a": [1,\n', 'line 3, column 1', 'a value expected']
		];
		for (const [text, where, reason] of cases) {
			const p = problemOf(text);
			expect({ text, where: p.where, message: p.message }).toEqual({
				text,
				where,
				message: `malformed JSON: ${reason}`
			});
		}
	});

	it('refuses an empty file by name', () => {
		expect(problemOf('').message).toMatch(/^malformed JSON: /);
		expect(problemOf('   ').where).toBe('line 1, column 4');
	});

	it('refuses a field given twice in one object, wherever it is', () => {
		const p = problemOf('{\n  "a": [{ "date": "2024", "x": 1, "date": "2025" }]\n}');
		expect(p.where).toBe('line 2, column 35');
		expect(p.message).toBe('the field "date" appears twice in the same object (a[0])');
		// The same name in two different objects is fine.
		expect(parseJsonText('[{"date": 1}, {"date": 2}]').ok).toBe(true);
	});

	it(`refuses nesting deeper than ${MAX_DEPTH} levels before parsing it`, () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		const p = problemOf(deep);
		expect(p).toEqual({
			where: `line 1, column ${MAX_DEPTH + 1}`,
			message: 'nested too deeply',
			expected: `at most ${MAX_DEPTH} levels of { } and [ ]`,
			got: 'more'
		});
		// Brackets inside texts are text, not nesting.
		expect(parseJsonText(JSON.stringify({ a: '['.repeat(500) })).ok).toBe(true);
	});

	it('ignores a UTF-8 byte-order mark at the start', () => {
		const parsed = parseJsonText('\uFEFF{"a": 1}');
		expect(parsed.ok && parsed.value).toEqual({ a: 1 });
	});
});

describe('decodeJsonBytes', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);

	it('reads UTF-8, Cyrillic and Chinese included', () => {
		const decoded = decodeJsonBytes(bytes('{"ru": "Стамбул", "zh": "伊斯坦布尔"}'));
		expect(decoded.ok && decoded.text).toBe('{"ru": "Стамбул", "zh": "伊斯坦布尔"}');
	});

	it('names UTF-16, with or without a byte-order mark, instead of reading gibberish', () => {
		const le = Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
		const noBom = Uint8Array.from([0x7b, 0x00, 0x7d, 0x00]);
		for (const b of [le, noBom]) {
			const d = decodeJsonBytes(b);
			expect(!d.ok && d.problem.message).toBe('the file is encoded as UTF-16');
		}
	});

	it('refuses bytes that are not UTF-8 (a file saved as Windows-1251)', () => {
		const d = decodeJsonBytes(Uint8Array.from([0x7b, 0x22, 0xd1, 0xf2, 0x22, 0x7d]));
		expect(!d.ok && d.problem).toEqual({
			where: '(root)',
			message: 'the file is not valid UTF-8 text',
			expected: 'UTF-8 text',
			got: 'bytes that are not UTF-8'
		});
	});

	it('refuses a file too large to be a data file, without decoding it', () => {
		const d = decodeJsonBytes(new Uint8Array(MAX_FILE_BYTES + 1));
		expect(!d.ok && d.problem.message).toBe('file too large');
	});
});

describe('updateJsonText', () => {
	const state = [
		'{',
		'  "revision": 3,',
		'  "to": { "date": "2025-03-17", "sources": [{ "id": "a" }] },',
		'  "actions": [',
		'    {',
		'      "type": "signature",',
		'      "date": "2010-06-08"',
		'    }',
		'  ]',
		'}',
		''
	].join('\n');
	const doc = () => JSON.parse(state);

	it('changes one value on its own line and nothing else', () => {
		const next = doc();
		next.actions[0].date = '2010-06-09';
		next.revision = 4;
		expect(updateJsonText(state, next)).toBe(
			state.replace('2010-06-08', '2010-06-09').replace('"revision": 3', '"revision": 4')
		);
	});

	it('writes a new action in the style of the ones before it', () => {
		const next = doc();
		next.actions.push({ type: 'ratification', date: '2011' });
		expect(updateJsonText(state, next)).toBe(
			state.replace(
				'      "date": "2010-06-08"\n    }\n',
				'      "date": "2010-06-08"\n    },\n    {\n      "type": "ratification",\n      "date": "2011"\n    }\n'
			)
		);
	});

	it('removes an action and its lines', () => {
		const next = doc();
		next.actions.splice(0, 1);
		expect(updateJsonText(state, next)).toBe(
			state.replace(/ {2}"actions": \[[\s\S]*\]\n/, '  "actions": []\n')
		);
	});

	it('keeps a one-line list on one line while it fits 100 columns', () => {
		const next = doc();
		next.to.sources.push({ id: 'b', locator: 'p. 2' });
		expect(updateJsonText(state, next)).toBe(
			state.replace('[{ "id": "a" }]', '[{ "id": "a" }, { "id": "b", "locator": "p. 2" }]')
		);
		const long = doc();
		long.to.sources.push({ id: 'b', locator: 'x'.repeat(60) });
		const text = updateJsonText(state, long);
		expect(JSON.parse(text)).toEqual(long);
		expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
	});

	it('places a new field where the document has it', () => {
		const next = { revision: 3, note: 'new', to: doc().to, actions: doc().actions };
		const text = updateJsonText(state, next);
		expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(next));
		expect(text.split('\n')[2]).toBe('  "note": "new",');
	});

	it('keeps Windows line ends, a byte-order mark and a missing final newline', () => {
		const crlf = '\uFEFF{\r\n  "a": [\r\n    1\r\n  ]\r\n}';
		expect(updateJsonText(crlf, { a: [1, 2] })).toBe('\uFEFF{\r\n  "a": [\r\n    1,\r\n    2\r\n  ]\r\n}');
	});

	it('changes no byte when the document is the same', () => {
		expect(updateJsonText(state, doc())).toBe(state);
	});

	it('always yields exactly the new document, whatever the formatting and the change', () => {
		const json = fc.letrec((tie) => ({
			value: fc.oneof(
				{ depthSize: 'small' },
				fc.constantFrom(0, 1, 'x', 'é', true, null),
				fc.array(tie('value'), { maxLength: 3 }),
				fc.dictionary(fc.constantFrom('a', 'b', 'c', 'date'), tie('value'), { maxKeys: 3 })
			)
		})).value;
		const styles = [(d: unknown) => JSON.stringify(d, null, 2), (d: unknown) => JSON.stringify(d), (d: unknown) => JSON.stringify(d, null, '\t')];
		fc.assert(
			fc.property(json, json, fc.constantFrom(...styles), (from, to, write) => {
				const text = updateJsonText(write(from), to);
				expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(to));
			}),
			{ numRuns: 300 }
		);
	});
});
