/**
 * Property-based tests of the validator: thousands of data sets made by mutating the
 * real data (delete a field, change a type, put random JSON in, swap dates, random date
 * strings, truncate a file, duplicate an action, drop or rename a file, ...).
 *
 * The validator must never throw; every error must name a file of the input (or one
 * that should be there) and print on one line; and it must never accept a data set
 * that breaks a stated rule. The rules are checked by oracles written here from the
 * rules' statements (docs/DATA.md), independently of src/lib/data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { today as todayOf } from '../../../src/lib/data/dates';
import {
	formatError,
	TOP_FILES,
	validateFiles,
	type DataError,
	type RawFiles
} from '../../../src/lib/data/validate';
import { readDataDir } from '../../../src/lib/server/read-data';
import { DATA_DIR } from '../../fixtures/paths';

const TODAY = todayOf();
const BASE: RawFiles = readDataDir(DATA_DIR);
const BASE_DOCS: Record<string, unknown> = Object.fromEntries(
	Object.entries(BASE).map(([file, text]) => [file, JSON.parse(text)])
);

/* ------------------------------------------------------------------ the data sets */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = string | number;
/** A data set under mutation: parsed files, and files that are only text (truncated). */
interface Draft {
	docs: Map<string, Json>;
	texts: Map<string, string>;
}

function draftOfBase(): Draft {
	return {
		docs: new Map(Object.entries(structuredClone(BASE_DOCS)) as [string, Json][]),
		texts: new Map()
	};
}

function toFiles(d: Draft): RawFiles {
	const files: RawFiles = {};
	for (const [file, doc] of d.docs) files[file] = `${JSON.stringify(doc, null, 2)}\n`;
	for (const [file, text] of d.texts) files[file] = text;
	return files;
}

/** Every path in a document, with the value there. */
function pathsOf(value: Json, prefix: Step[] = [], out: [Step[], Json][] = []): [Step[], Json][] {
	if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...prefix, i], out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) visit(v, [...prefix, k], out);
	}
	return out;
}
function visit(value: Json, path: Step[], out: [Step[], Json][]) {
	out.push([path, value]);
	pathsOf(value, path, out);
}

function parentOf(doc: Json, path: Step[]): Record<Step, Json> | Json[] | null {
	let node: Json = doc;
	for (const step of path.slice(0, -1)) {
		if (!node || typeof node !== 'object') return null;
		node = (node as Record<Step, Json>)[step];
	}
	return node && typeof node === 'object' ? (node as Record<Step, Json>) : null;
}

function setAt(doc: Json, path: Step[], value: Json) {
	const parent = parentOf(doc, path);
	if (parent) (parent as Record<Step, Json>)[path[path.length - 1]] = value;
}

function deleteAt(doc: Json, path: Step[]) {
	const parent = parentOf(doc, path);
	const last = path[path.length - 1];
	if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
	else if (parent) delete (parent as Record<Step, Json>)[last];
}

const pick = <T>(items: T[], n: number): T | undefined =>
	items.length ? items[n % items.length] : undefined;
const isDateKey = (step: Step | undefined) => step === 'date' || step === 'from' || step === 'to';

/** A value of another type than `value`. */
function retyped(value: Json, n: number): Json {
	const options: Json[] = [42, '42', true, null, [], {}, [value], { value }, '', -1, 1.5];
	const other = options.filter(
		(o) => typeof o !== typeof value || Array.isArray(o) !== Array.isArray(value)
	);
	return pick(other, n) ?? null;
}

const nat = fc.nat({ max: 1_000_000 });
const datelike = fc
	.tuple(
		fc.integer({ min: 1850, max: 2250 }),
		fc.integer({ min: 0, max: 14 }),
		fc.integer({ min: 0, max: 33 }),
		fc.nat(2)
	)
	.map(([y, m, d, precision]) => {
		const mm = String(m).padStart(2, '0');
		const dd = String(d).padStart(2, '0');
		return precision === 0 ? `${y}` : precision === 1 ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
	});
const dateText = fc.oneof(
	{ weight: 4, arbitrary: datelike },
	{ weight: 1, arbitrary: fc.string() },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary-ascii' }) },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'2025-02-29',
			'2024-02-29',
			'2025-04-31',
			'1899',
			'2201',
			'2025-00',
			''
		)
	}
);
const fileNames = [
	...Object.keys(BASE),
	'states/ZZ.json',
	'states/uz.json',
	'states/UZB.json',
	'other.json',
	'states/US.json'
];

type Mutation =
	| { kind: 'delete'; file: number; at: number }
	| { kind: 'retype'; file: number; at: number; n: number }
	| { kind: 'random'; file: number; at: number; value: Json }
	| { kind: 'swapDates'; file: number; other: number; a: number; b: number }
	| { kind: 'dateText'; file: number; at: number; text: string }
	| { kind: 'truncate'; file: number; at: number }
	| { kind: 'duplicateAction'; file: number; at: number; date: string | null; note: boolean }
	| { kind: 'drop'; file: number }
	| { kind: 'rename'; file: number; to: string }
	| { kind: 'revision'; file: number; delta: number }
	| { kind: 'sourceId'; file: number; at: number; id: string }
	| { kind: 'stateCode'; file: number; code: string }
	| { kind: 'addField'; file: number; at: number; key: string; value: Json }
	| { kind: 'garble'; file: number; at: number; insert: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('delete' as const), file: nat, at: nat }),
	fc.record({ kind: fc.constant('retype' as const), file: nat, at: nat, n: nat }),
	fc.record({
		kind: fc.constant('random' as const),
		file: nat,
		at: nat,
		value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>
	}),
	fc.record({ kind: fc.constant('swapDates' as const), file: nat, other: nat, a: nat, b: nat }),
	fc.record({ kind: fc.constant('dateText' as const), file: nat, at: nat, text: dateText }),
	fc.record({ kind: fc.constant('truncate' as const), file: nat, at: nat }),
	fc.record({
		kind: fc.constant('duplicateAction' as const),
		file: nat,
		at: nat,
		date: fc.option(datelike),
		note: fc.boolean()
	}),
	fc.record({ kind: fc.constant('drop' as const), file: nat }),
	fc.record({
		kind: fc.constant('rename' as const),
		file: nat,
		to: fc.oneof(fc.constantFrom(...fileNames), fc.string())
	}),
	fc.record({
		kind: fc.constant('revision' as const),
		file: nat,
		delta: fc.integer({ min: -2, max: 2 })
	}),
	fc.record({
		kind: fc.constant('sourceId' as const),
		file: nat,
		at: nat,
		id: fc.oneof(
			fc.constantFrom(
				...(BASE_DOCS['sources.json'] as { sources: { id: string }[] }).sources.map((s) => s.id)
			),
			fc.string()
		)
	}),
	fc.record({
		kind: fc.constant('stateCode' as const),
		file: nat,
		code: fc.oneof(fc.constantFrom('KZ', 'UZ', 'US', 'XX', 'kz'), fc.string({ maxLength: 3 }))
	}),
	fc.record({
		kind: fc.constant('addField' as const),
		file: nat,
		at: nat,
		key: fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary-ascii' }),
			fc.constantFrom('note', 'inferred', 'alternatives')
		),
		value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>
	}),
	fc.record({
		kind: fc.constant('garble' as const),
		file: nat,
		at: nat,
		insert: fc.oneof(
			fc.constantFrom('}', ']', ',', '"', ':', '{', 'x', '\\'),
			fc.string({ unit: 'binary-ascii', maxLength: 3 })
		)
	})
);

function apply(d: Draft, m: Mutation) {
	const docNames = [...d.docs.keys()].sort();
	const file = pick(docNames, m.file);
	const doc = file === undefined ? undefined : d.docs.get(file);
	switch (m.kind) {
		case 'drop': {
			const all = [...docNames, ...d.texts.keys()].sort();
			const name = pick(all, m.file);
			if (name) {
				d.docs.delete(name);
				d.texts.delete(name);
			}
			return;
		}
		case 'rename': {
			if (file === undefined || doc === undefined) return;
			d.docs.delete(file);
			d.texts.delete(m.to);
			d.docs.set(m.to, doc);
			return;
		}
		case 'truncate':
		case 'garble': {
			if (file === undefined || doc === undefined) return;
			const text = `${JSON.stringify(doc, null, 2)}\n`;
			const at = m.at % text.length;
			d.docs.delete(file);
			d.texts.set(
				file,
				m.kind === 'truncate' ? text.slice(0, at) : text.slice(0, at) + m.insert + text.slice(at)
			);
			return;
		}
	}
	if (doc === undefined) return;
	const paths = pathsOf(doc);
	switch (m.kind) {
		case 'delete': {
			const p = pick(paths, m.at);
			if (p) deleteAt(doc, p[0]);
			return;
		}
		case 'retype': {
			const p = pick(paths, m.at);
			if (p) setAt(doc, p[0], retyped(p[1], m.n));
			return;
		}
		case 'random': {
			const p = pick(paths, m.at);
			if (p) setAt(doc, p[0], m.value);
			return;
		}
		case 'dateText': {
			const p = pick(
				paths.filter(([path, v]) => isDateKey(path[path.length - 1]) && typeof v === 'string'),
				m.at
			);
			if (p) setAt(doc, p[0], m.text);
			return;
		}
		case 'swapDates': {
			const otherDoc = d.docs.get(pick(docNames, m.other)!)!;
			const dates = (x: Json) => pathsOf(x).filter(([path]) => path[path.length - 1] === 'date');
			const a = pick(dates(doc), m.a);
			const b = pick(dates(otherDoc), m.b);
			if (a && b) {
				setAt(doc, a[0], structuredClone(b[1]));
				setAt(otherDoc, b[0], structuredClone(a[1]));
			}
			return;
		}
		case 'duplicateAction': {
			const actions = (doc as { actions?: Json }).actions;
			if (!Array.isArray(actions) || !actions.length) return;
			const copy = structuredClone(actions[m.at % actions.length]);
			if (copy && typeof copy === 'object' && !Array.isArray(copy)) {
				if (m.date !== null) copy.date = m.date;
				if (m.note) copy.note = 'A second instrument.';
			}
			actions.push(copy);
			return;
		}
		case 'revision': {
			const r = (doc as { revision?: Json }).revision;
			if (typeof r === 'number') (doc as { revision: Json }).revision = r + m.delta;
			return;
		}
		case 'addField': {
			const objects = [['', doc] as [unknown, Json], ...paths].filter(
				([, v]) => v && typeof v === 'object' && !Array.isArray(v)
			);
			const target = pick(objects, m.at)?.[1] as Record<string, Json> | undefined;
			if (target) target[m.key] = m.value;
			return;
		}
		case 'stateCode': {
			const states = docNames.filter((f) => f.startsWith('states/'));
			const target = d.docs.get(pick(states, m.file) ?? '');
			if (target && typeof target === 'object' && !Array.isArray(target)) target.state = m.code;
			return;
		}
		case 'sourceId': {
			const refs = paths.filter(
				([path]) => path[path.length - 1] === 'id' && path.includes('sources')
			);
			const p = pick(file === 'sources.json' ? [] : refs, m.at);
			if (p) setAt(doc, p[0], m.id);
			return;
		}
	}
}

/** One to three mutations: a failing case is reported as its list of mutations. */
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

function mutate(ms: Mutation[]): RawFiles {
	const d = draftOfBase();
	for (const m of ms) apply(d, m);
	return toFiles(d);
}

/* ------------------------------------------------------------------ the oracles */

// Dates, computed here without src/lib/data/dates.
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function realDate(text: unknown): boolean {
	if (typeof text !== 'string') return false;
	const m = DATE.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
	if (y < 1900 || y > 2200) return false;
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
function firstDay(v: unknown): string {
	if (v && typeof v === 'object') return firstDay((v as { from: unknown }).from);
	const s = v as string;
	return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
}
function lastDay(v: unknown): string {
	if (v && typeof v === 'object') return lastDay((v as { to: unknown }).to);
	const s = v as string;
	if (s.length === 4) return `${s}-12-31`;
	if (s.length === 7) {
		const [y, m] = s.split('-').map(Number);
		return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
	}
	return s;
}
function realDateValue(v: unknown): boolean {
	if (typeof v === 'string') return realDate(v);
	if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
	const r = v as { from?: unknown; to?: unknown };
	return realDate(r.from) && realDate(r.to) && firstDay(r.from) <= lastDay(r.to);
}

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const CONSENT = ['ratification', 'acceptance', 'approval', 'accession'];
const RANK: Record<string, number> = {
	signature: 0,
	'domestic-approval': 1,
	ratification: 2,
	acceptance: 2,
	approval: 2,
	accession: 2,
	deposit: 3
};

/** The stated rules a data set breaks (empty when it keeps them all). */
function brokenRules(files: RawFiles): string[] {
	const broken: string[] = [];
	const docs: Record<string, Doc> = {};
	for (const [file, text] of Object.entries(files)) {
		if (
			file !== 'treaty.json' &&
			file !== 'members.json' &&
			file !== 'sources.json' &&
			!file.startsWith('states/')
		)
			continue;
		try {
			docs[file] = JSON.parse(text);
		} catch {
			broken.push(`${file} is not JSON`);
		}
	}
	for (const f of TOP_FILES) if (!(f in files)) broken.push(`${f} is missing`);
	if (broken.length) return broken;
	for (const [file, doc] of Object.entries(docs)) {
		if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
			broken.push(`${file} is not an object`);
			continue;
		}
		if (doc.schemaVersion !== 1) broken.push(`${file} schemaVersion`);
		const history = doc.history;
		if (!Array.isArray(history) || !history.length) broken.push(`${file} has no history`);
		else {
			if (history[history.length - 1]?.revision !== doc.revision)
				broken.push(`${file} revision ≠ last history revision`);
			history.forEach((h: Doc, i: number) => {
				if (i > 0 && !(h?.revision > history[i - 1]?.revision))
					broken.push(`${file} history not increasing`);
			});
		}
		// Every value under a key "date" is a real date (or range of them), not in the future.
		for (const [path, value] of pathsOf(doc)) {
			if (path[path.length - 1] !== 'date') continue;
			if (!realDateValue(value)) broken.push(`${file} ${path.join('.')} is not a real date`);
			else if (firstDay(value) > TODAY) broken.push(`${file} ${path.join('.')} is in the future`);
		}
	}
	if (broken.length) return broken;

	const sources: Doc[] = Array.isArray(docs['sources.json'].sources)
		? docs['sources.json'].sources
		: [];
	const ids = sources.map((s) => s?.id);
	if (new Set(ids).size !== ids.length) broken.push('duplicate source id');
	const known = new Set(ids);
	for (const [file, doc] of Object.entries(docs)) {
		if (file === 'sources.json') continue;
		for (const [path, value] of pathsOf(doc)) {
			const key = path[path.length - 1];
			const inRefs = key === 'sources' || path[path.length - 2] === 'titleSources';
			if (!inRefs || !Array.isArray(value)) continue;
			for (const ref of value) {
				if (!known.has((ref as Doc)?.id))
					broken.push(`${file} ${path.join('.')} cites an unknown source`);
			}
		}
	}

	const members: Doc[] = Array.isArray(docs['members.json'].members)
		? docs['members.json'].members
		: [];
	const codes = members.map((m) => m?.state);
	if (new Set(codes).size !== codes.length) broken.push('a member listed twice');
	const stateFiles = Object.keys(files).filter((f) => f.startsWith('states/'));
	for (const code of codes)
		if (!(`states/${code}.json` in files)) broken.push(`member ${code} has no file`);
	const treaty = docs['treaty.json'];
	for (const file of stateFiles) {
		const code = /^states\/([A-Z]{2})\.json$/.exec(file)?.[1];
		if (!code) {
			broken.push(`${file} is not named by a state code`);
			continue;
		}
		const s = docs[file];
		if (s.state !== code) broken.push(`${file} names another state`);
		if (!codes.includes(code)) broken.push(`${file} is not a member`);
		if (s.treaty !== treaty.id) broken.push(`${file} names another treaty`);
		const actions: Doc[] = Array.isArray(s.actions) ? s.actions : [];
		const same = (a: Doc, b: Doc) =>
			a.type === b.type &&
			JSON.stringify(a.date) === JSON.stringify(b.date) &&
			(a.by ?? '') === (b.by ?? '');
		actions.forEach((a, i) => {
			if (!a || typeof a !== 'object') return;
			if (lastDay(a.date) < firstDay(treaty.signature?.date))
				broken.push(`${file} action before the signature`);
			if (firstDay(a.date) > lastDay(treaty.recordedTo?.date))
				broken.push(`${file} action after recordedTo`);
			if (
				(a.type === 'deposit' || a.type === 'withdrawal') &&
				!actions.some((b) => CONSENT.includes(b?.type))
			) {
				broken.push(`${file} ${a.type} without consent`);
			}
			const earlier = actions.slice(0, i);
			if (earlier.some((b) => same(a, b))) broken.push(`${file} duplicate action`);
			if (
				(a.type === 'deposit' || CONSENT.includes(a.type)) &&
				earlier.some((b) => b.type === a.type && !same(a, b)) &&
				!a.note
			) {
				broken.push(`${file} second ${a.type} without a note`);
			}
			for (const b of actions) {
				if (
					RANK[a.type] !== undefined &&
					RANK[b?.type] !== undefined &&
					RANK[b.type] < RANK[a.type]
				) {
					if (firstDay(b.date) > lastDay(a.date)) broken.push(`${file} ${a.type} before ${b.type}`);
				}
			}
		});
	}
	return broken;
}

/* ------------------------------------------------------------------ the properties */

/**
 * The file an error names: one of the input, or one that should be there (a top file,
 * or the file a member lacks).
 */
function expectedName(e: DataError, input: RawFiles): boolean {
	if (e.file in input) return true;
	if ((TOP_FILES as readonly string[]).includes(e.file)) return e.message === 'file missing';
	return /^states\/[A-Z]{2}\.json$/.test(e.file) && e.message === 'every member needs a state file';
}

/** The steps of an error's path, "actions[0].sources[1].id" → actions, 0, sources, 1, id. */
function stepsOf(path: string): Step[] | null {
	if (!/^[A-Za-z$][\w$]*(\.[A-Za-z$][\w$]*|\[\d+\])*$/.test(path)) return null;
	return [...path.matchAll(/([A-Za-z$][\w$]*)|\[(\d+)\]/g)].map((m) =>
		m[2] ? Number(m[2]) : m[1]
	);
}

/** True when the place an error points to is in the file it names (its parent at least). */
function pointsIntoFile(e: DataError, input: RawFiles): boolean {
	const steps = stepsOf(e.path);
	if (!steps || !(e.file in input)) return true; // "(root)", "line 3, column 5", random keys
	let node: unknown;
	try {
		node = JSON.parse(input[e.file]);
	} catch {
		return true;
	}
	for (const step of steps.slice(0, -1)) {
		if (!node || typeof node !== 'object') return false;
		node = (node as Record<Step, unknown>)[step];
	}
	return !!node && typeof node === 'object';
}

describe('the validator on mutated data', () => {
	it('accepts the real data, and the oracles agree', () => {
		expect(validateFiles(BASE, { today: TODAY }).errors).toEqual([]);
		expect(brokenRules(BASE)).toEqual([]);
	});

	it('has oracles that catch each rule they state', () => {
		const edit = (file: string, change: (doc: Doc) => void): RawFiles => {
			const doc = structuredClone(BASE_DOCS[file]) as Doc;
			change(doc);
			return { ...BASE, [file]: JSON.stringify(doc) };
		};
		const cases: [RawFiles, string][] = [
			[edit('states/KZ.json', (d) => (d.actions[0].date = '2011-02-30')), 'is not a real date'],
			[
				edit('states/KZ.json', (d) => (d.actions[0].date = { from: '2012', to: '2011' })),
				'is not a real date'
			],
			[edit('states/KZ.json', (d) => (d.actions[0].sources[0].id = 'nowhere')), 'unknown source'],
			[edit('states/KZ.json', (d) => (d.revision = 2)), 'revision ≠ last history revision'],
			[
				edit('states/KZ.json', (d) => d.actions.push({ ...d.actions[0], date: '2012' })),
				'second ratification without a note'
			],
			[edit('states/KZ.json', (d) => (d.actions[0].date = '2025-06')), 'action after recordedTo'],
			[edit('states/KZ.json', (d) => (d.actions[0].date = '2009')), 'action before the signature'],
			[
				edit('states/KZ.json', (d) =>
					d.actions.push({ type: 'deposit', date: '2010-07', sources: d.actions[0].sources })
				),
				'deposit before ratification'
			],
			[
				edit('states/UZ.json', (d) =>
					d.actions.push({ type: 'deposit', date: '2020', sources: [{ id: 'ru-fz-368' }] })
				),
				'deposit without consent'
			],
			[edit('members.json', (d) => d.members.push(d.members[0])), 'a member listed twice'],
			[edit('sources.json', (d) => d.sources.push(d.sources[0])), 'duplicate source id'],
			[
				Object.fromEntries(Object.entries(BASE).filter(([f]) => f !== 'states/UZ.json')),
				'member UZ has no file'
			],
			[{ ...BASE, 'states/uz.json': BASE['states/UZ.json'] }, 'not named by a state code']
		];
		for (const [files, rule] of cases) {
			expect(brokenRules(files).join('; ')).toContain(rule);
			expect(validateFiles(files, { today: TODAY }).errors.length, rule).toBeGreaterThan(0);
		}
	});

	it('never throws, and names in every error a file of the input or one expected', () => {
		fc.assert(
			fc.property(mutations, (ms) => {
				const files = mutate(ms);
				const { dataset, errors } = validateFiles(files, { today: TODAY });
				expect(dataset === null).toBe(errors.length > 0);
				for (const e of errors) {
					expect(expectedName(e, files), formatError(e)).toBe(true);
					expect(pointsIntoFile(e, files), formatError(e)).toBe(true);
					expect(e.message.length).toBeGreaterThan(0);
					expect(formatError(e).startsWith(`${e.file}: `)).toBe(true);
				}
			}),
			{ numRuns: 600 }
		);
	}, 60_000);

	it('prints every error on one line', () => {
		fc.assert(
			fc.property(mutations, (ms) => {
				for (const e of validateFiles(mutate(ms), { today: TODAY }).errors) {
					const line = formatError(e);
					expect(line, line).not.toMatch(/[\n\r]/);
				}
			}),
			{ numRuns: 400 }
		);
	}, 60_000);

	it('never accepts a data set that breaks a stated rule', () => {
		let accepted = 0;
		fc.assert(
			fc.property(mutations, (ms) => {
				const files = mutate(ms);
				const { errors } = validateFiles(files, { today: TODAY });
				if (errors.length) return;
				accepted++;
				expect(brokenRules(files)).toEqual([]);
			}),
			{ numRuns: 1000 }
		);
		// Some mutations keep the data valid (a date swapped for a compatible one, a
		// note added): the oracles must have been exercised on accepted sets too.
		expect(accepted).toBeGreaterThan(20);
	}, 60_000);
});
