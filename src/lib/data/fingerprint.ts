/**
 * The data set's fingerprint: a short hash of every data file's content, so that a
 * printed or published status can be tied to exactly one state of the record. Formatting
 * does not change it (indentation, key order, line ends, a byte-order mark); any change of
 * content does, in any file. Anyone can recompute it from the files (docs/API.md,
 * "Fingerprint"):
 *
 * 1. the data files: every `.json` file of `data/` and `data/states/`, the files the
 *    validator reads, each parsed as JSON;
 * 2. one JSON object of them, keyed by each file's path relative to `data/` with `/`
 *    ("treaty.json", "states/KZ.json"), serialised in the JSON Canonicalization Scheme
 *    (RFC 8785): no whitespace, every object's keys in the order of their UTF-16 code
 *    units, strings and numbers as ECMAScript's JSON.stringify writes them;
 * 3. SHA-256 of that text's UTF-8 bytes, in lower-case hexadecimal: `sha256`. The
 *    fingerprint people cite is its first 12 digits: `short`.
 */
import { sha256 } from './sha256';

export interface Fingerprint {
	/** SHA-256 of the canonical form, 64 hexadecimal digits. */
	sha256: string;
	/** Its first 12 digits (48 bits): what citations print. */
	short: string;
}

export const SHORT_LENGTH = 12;

/**
 * A JSON value in the JSON Canonicalization Scheme (RFC 8785). Object keys sort by UTF-16
 * code units, as JavaScript's default sort compares strings; JSON.stringify writes
 * strings and numbers as the scheme requires.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const record = value as Record<string, unknown>;
	const members = Object.keys(record)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
	return `{${members.join(',')}}`;
}

/** The canonical form of a data set: its files' texts by path relative to the data folder. */
export function canonicalDataSet(files: Record<string, string>): string {
	const doc: Record<string, unknown> = {};
	for (const path of Object.keys(files)) {
		// A byte-order mark is formatting, as the validator reads it.
		const text = files[path].replace(/^\uFEFF/, '');
		doc[path.replace(/\\/g, '/')] = JSON.parse(text);
	}
	return canonicalJson(doc);
}

export function dataFingerprint(files: Record<string, string>): Fingerprint {
	const hash = sha256(canonicalDataSet(files));
	return { sha256: hash, short: hash.slice(0, SHORT_LENGTH) };
}
