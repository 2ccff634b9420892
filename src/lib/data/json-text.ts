/**
 * The data files as text: reading them strictly (every problem placed by line and
 * column) and writing a changed document back into its text so that only what changed
 * changes. Both sides use jsonc-parser, the parser behind VS Code's JSON support,
 * rather than a scanner of our own. Pure: no file system, so the browser editor, the
 * commands and the build share it.
 */
import {
	applyEdits,
	modify,
	parse as parseLoose,
	parseTree,
	findNodeAtLocation,
	getNodeValue,
	printParseErrorCode,
	visit,
	type Edit,
	type JSONPath,
	type ParseError
} from 'jsonc-parser';

/** Files larger than this are refused before parsing: no data file comes near it. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Nesting deeper than this is refused before parsing: the data files nest about 7 deep. */
export const MAX_DEPTH = 64;

export interface JsonTextProblem {
	/** "line 3, column 7", or "(root)" when the problem is the whole file. */
	where: string;
	message: string;
	expected: string;
	got: string;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: JsonTextProblem };

/** The line and column (from 1) of an offset, as editors count them. */
export function lineColumn(text: string, offset: number): string {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return `line ${line}, column ${column}`;
}

const ERROR_TEXT: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'not a number JSON can read',
	PropertyNameExpected: 'a field name in double quotes expected',
	ValueExpected: 'a value expected',
	ColonExpected: 'a colon expected after the field name',
	CommaExpected: 'a comma expected between items',
	CloseBraceExpected: 'a closing } expected',
	CloseBracketExpected: 'a closing ] expected',
	EndOfFileExpected: 'text after the end of the document',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'a text is not closed on its line (a missing ", or a line break inside it)',
	UnexpectedEndOfNumber: 'a number is cut off',
	InvalidUnicode: 'a broken \\u escape',
	InvalidEscapeCharacter: 'an unknown \\ escape',
	InvalidCharacter: 'a control character (such as a line break or a tab) inside a text'
};

function problem(text: string, offset: number | null, message: string): JsonTextProblem {
	return {
		where: offset === null ? '(root)' : lineColumn(text, offset),
		message,
		expected: 'valid JSON',
		got: 'a syntax error'
	};
}

/** The offset where nesting first exceeds `MAX_DEPTH`, or null. Strings are skipped. */
function tooDeep(text: string): number | null {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') {
			if (++depth > MAX_DEPTH) return i;
		} else if (c === '}' || c === ']') depth--;
	}
	return null;
}

/**
 * The first field named twice in one object. JSON.parse silently keeps the last, so a
 * file with two "date" fields would mean whatever the last one says: it is refused.
 */
function duplicateKey(text: string): { offset: number; key: string; path: JSONPath } | null {
	const seen: Set<string>[] = [];
	let found: { offset: number; key: string; path: JSONPath } | null = null;
	visit(text, {
		onObjectBegin: () => void seen.push(new Set()),
		onObjectEnd: () => void seen.pop(),
		onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
			const keys = seen[seen.length - 1];
			if (!found && keys.has(key)) found = { offset, key, path: pathSupplier() };
			keys.add(key);
		}
	});
	return found;
}

function pathText(path: JSONPath): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
		.join('');
}

/**
 * Parses a data file's text as strict JSON (RFC 8259): no comments, no trailing commas,
 * no field twice in one object, nesting at most MAX_DEPTH deep. A UTF-8 byte-order mark
 * at the start is allowed (some Windows editors write one) and ignored.
 */
export function parseJsonText(input: string): Parsed {
	const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	const deep = tooDeep(text);
	if (deep !== null) {
		return {
			ok: false,
			problem: {
				where: lineColumn(text, deep),
				message: 'nested too deeply',
				expected: `at most ${MAX_DEPTH} levels of { } and [ ]`,
				got: 'more'
			}
		};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (err) {
		const errors: ParseError[] = [];
		parseLoose(text, errors, { disallowComments: true, allowTrailingComma: false });
		const first = errors[0];
		if (first) {
			const code = printParseErrorCode(first.error);
			return { ok: false, problem: problem(text, first.offset, `malformed JSON: ${ERROR_TEXT[code] ?? code}`) };
		}
		// What the lenient parser accepts and JSON does not (e.g. an empty file).
		const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ') : String(err);
		const at = /position (\d+)/.exec(reason);
		return {
			ok: false,
			problem: problem(text, at ? Number(at[1]) : null, `malformed JSON: ${reason.replace(/ (?:in JSON )?at position \d+.*$/, '')}`)
		};
	}
	const dup = duplicateKey(text);
	if (dup) {
		const where = pathText(dup.path);
		return {
			ok: false,
			problem: {
				where: lineColumn(text, dup.offset),
				message: `the field "${dup.key}" appears twice in the same object${where ? ` (${where})` : ''}`,
				expected: 'each field once',
				got: `"${dup.key}" twice`
			}
		};
	}
	return { ok: true, value };
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: JsonTextProblem };

/**
 * A data file's bytes as text: UTF-8 only. UTF-16 (which some editors save as
 * "Unicode") and bytes that are not UTF-8 are refused by name, not read as gibberish.
 */
export function decodeJsonBytes(bytes: Uint8Array): Decoded {
	const refuse = (message: string, expected: string, got: string): Decoded => ({
		ok: false,
		problem: { where: '(root)', message, expected, got }
	});
	if (bytes.length > MAX_FILE_BYTES) {
		return refuse('file too large', `at most ${MAX_FILE_BYTES} bytes`, `${bytes.length} bytes`);
	}
	const [a, b] = bytes;
	if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (bytes.length > 1 && (a === 0 || b === 0))) {
		return refuse('the file is encoded as UTF-16', 'UTF-8 text', 'UTF-16');
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return refuse('the file is not valid UTF-8 text', 'UTF-8 text', 'bytes that are not UTF-8');
	}
}

/* ------------------------------------------------------------------ writing */

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of two JSON values, key order included. */
export function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The line width of the project's formatter (.prettierrc printWidth). */
const MAX_LINE = 100;

/** JSON on one line with spaces inside braces, as the compact parts of the files are. */
function inline(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
	if (isObject(value)) {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (!entries.length) return '{}';
		return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
	}
	return JSON.stringify(value);
}

/** The file's indentation step: that of its first key (the data files use two spaces). */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
	const unit = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
	return unit.startsWith('\t')
		? { insertSpaces: false, tabSize: 1 }
		: { insertSpaces: true, tabSize: unit.length };
}

/** One change: `insert` for a new array element, `at` for a new field's place among its siblings. */
type Step = { path: JSONPath; value: unknown; insert?: boolean; at?: number };

/**
 * The smallest changes that turn `from` into `to`, deepest first: a changed leaf is
 * one step, an inserted or removed array element one step, an added or removed field
 * one step. Removals in an array go from the end, so earlier indices stay valid.
 */
function steps(from: unknown, to: unknown, path: JSONPath, out: Step[]) {
	if (sameJson(from, to)) return;
	if (isObject(from) && isObject(to)) {
		const oldKeys = Object.keys(from);
		const newKeys = Object.keys(to);
		const kept = newKeys.filter((k) => k in from);
		// A reordering of the fields is not a small change: write the object anew.
		if (!sameJson(kept, oldKeys.filter((k) => k in to))) return void out.push({ path, value: to });
		for (const k of oldKeys) if (!(k in to)) out.push({ path: [...path, k], value: undefined });
		for (const k of newKeys) {
			if (k in from) steps(from[k], to[k], [...path, k], out);
			// Removals are done and earlier fields placed, so its place is its index in `to`.
			else out.push({ path: [...path, k], value: to[k], at: newKeys.indexOf(k) });
		}
		return;
	}
	if (Array.isArray(from) && Array.isArray(to)) {
		let start = 0;
		while (start < from.length && start < to.length && sameJson(from[start], to[start])) start++;
		let end = 0;
		while (
			end < from.length - start &&
			end < to.length - start &&
			sameJson(from[from.length - 1 - end], to[to.length - 1 - end])
		)
			end++;
		const oldMid = from.slice(start, from.length - end);
		const newMid = to.slice(start, to.length - end);
		const paired = Math.min(oldMid.length, newMid.length);
		for (let i = 0; i < paired; i++) steps(oldMid[i], newMid[i], [...path, start + i], out);
		for (let i = oldMid.length - 1; i >= paired; i--) {
			out.push({ path: [...path, start + i], value: undefined });
		}
		for (let i = paired; i < newMid.length; i++) {
			out.push({ path: [...path, start + i], value: newMid[i], insert: true });
		}
		return;
	}
	out.push({ path, value: to });
}

/** `value` with `step` applied at `path` (relative to it): a copy, the original untouched. */
function applied(value: unknown, path: JSONPath, step: Step): unknown {
	if (!path.length) return step.value;
	const [head, ...rest] = path;
	if (Array.isArray(value)) {
		const copy = [...value];
		const i = Number(head);
		if (!rest.length && step.insert) copy.splice(i, 0, step.value);
		else if (!rest.length && step.value === undefined) copy.splice(i, 1);
		else copy[i] = applied(copy[i], rest, step);
		return copy;
	}
	const obj = { ...(value as Record<string, unknown>) };
	const key = String(head);
	if (!rest.length && step.value === undefined) delete obj[key];
	else if (!rest.length && step.at !== undefined && !(key in obj)) {
		// A new field takes its place among the others, as in the new document.
		const entries = Object.entries(obj);
		entries.splice(step.at, 0, [key, step.value]);
		return Object.fromEntries(entries);
	} else obj[key] = applied(obj[key], rest, step);
	return obj;
}

/**
 * A change inside a part of the file written on one line (the compact source lists:
 * `[{ "id": "x", "locator": "..." }]`) rewrites that part whole: on one line while it
 * fits the formatter's width, else written out over lines at its indentation. Without
 * this, the library would write an object over several lines in the middle of a line.
 */
function compactEdit(text: string, step: Step, unit: string): Edit[] | null {
	const tree = parseTree(text);
	if (!tree) return null;
	// The outermost container on one line that holds the changed place.
	for (let depth = 0; depth < step.path.length; depth++) {
		const node = findNodeAtLocation(tree, step.path.slice(0, depth));
		if (!node || (node.type !== 'object' && node.type !== 'array')) return null;
		const current = text.slice(node.offset, node.offset + node.length);
		if (current.includes('\n')) continue;
		const value = applied(getNodeValue(node), step.path.slice(depth), step);
		const oneLine = inline(value);
		const lineStart = text.lastIndexOf('\n', node.offset) + 1;
		const lineEnd = text.indexOf('\n', node.offset + node.length);
		const width =
			(lineEnd < 0 ? text.length : lineEnd) - lineStart - current.length + oneLine.length;
		const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
		const content =
			width <= MAX_LINE ? oneLine : JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
		return [{ offset: node.offset, length: node.length, content }];
	}
	return null;
}

/**
 * A new element of an array written over several lines goes in the style of the
 * elements around it (each on one line, or written out), touching no other element:
 * the library would rewrite the element before it as well.
 */
function arrayInsertion(text: string, step: Step, unit: string): Edit[] | null {
	if (!step.insert) return null;
	const tree = parseTree(text);
	const array = tree && findNodeAtLocation(tree, step.path.slice(0, -1));
	if (!array || array.type !== 'array' || !array.children?.length) return null;
	const children = array.children;
	const first = children[0];
	const lineStart = text.lastIndexOf('\n', first.offset) + 1;
	const indent = text.slice(lineStart, first.offset);
	if (!/^[ \t]*$/.test(indent)) return null;
	const last = children[children.length - 1];
	const compact = !text.slice(last.offset, last.offset + last.length).includes('\n');
	const oneLine = inline(step.value);
	const rendered =
		compact && indent.length + oneLine.length + 1 <= MAX_LINE
			? oneLine
			: JSON.stringify(step.value, null, unit).replace(/\n/g, `\n${indent}`);
	const i = Number(step.path[step.path.length - 1]);
	if (i < children.length) {
		return [{ offset: children[i].offset, length: 0, content: `${rendered},\n${indent}` }];
	}
	return [{ offset: last.offset + last.length, length: 0, content: `,\n${indent}${rendered}` }];
}

/**
 * `original` with its document replaced by `next`, changing only the text of what
 * changed: a corrected date is a one-line diff, a new action is the action's lines.
 * Indentation, line ends and the final newline (or its absence) are kept. The result is
 * checked to read back as exactly `next`; where splicing cannot achieve that, the
 * document is written out whole in the file's indentation.
 */
export function updateJsonText(original: string, next: unknown): string {
	const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
	const crlf = original.includes('\r\n');
	const body = (bom ? original.slice(1) : original).replace(/\r\n/g, '\n');
	const finalNewline = body.endsWith('\n');
	const options = indentOf(body);
	const unit = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
	const restore = (t: string) => {
		const ended = finalNewline ? (t.endsWith('\n') ? t : `${t}\n`) : t.replace(/\n$/, '');
		return bom + (crlf ? ended.replace(/\n/g, '\r\n') : ended);
	};
	const whole = restore(`${JSON.stringify(next, null, unit)}\n`);
	const parsed = parseJsonText(body);
	if (!parsed.ok) return whole;

	const plan: Step[] = [];
	steps(parsed.value, next, [], plan);
	let text = body;
	try {
		for (const step of plan) {
			if (step.path.length === 0) return whole;
			const edits =
				compactEdit(text, step, unit) ??
				arrayInsertion(text, step, unit) ??
				modify(text, step.path, step.value, {
					formattingOptions: { ...options, eol: '\n' },
					isArrayInsertion: step.insert,
					getInsertionIndex: step.at === undefined ? undefined : () => step.at!
				});
			text = applyEdits(text, edits);
		}
	} catch {
		return whole;
	}
	const check = parseJsonText(text);
	return check.ok && sameJson(check.value, next) ? restore(text) : whole;
}
