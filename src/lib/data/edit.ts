/**
 * The pure part of the data-editing commands (npm run record, npm run source): it
 * takes the data directory's files as text and returns the new text of the files it
 * changes, or a refusal. Nothing is written here. Every change is checked by running
 * the whole data set, with the change applied, through the same validator as the
 * build, so the commands can never write data the build would reject.
 *
 * Files are edited as text, not re-serialised: the new action, history line or source
 * is spliced into the file in the style around it, so a diff shows only what changed.
 */
import {
	certainlyAfter,
	certainlyNotAfter,
	earliest,
	latest,
	partialDateProblem,
	today as todayOf,
	toIso,
	type DateValue,
	type Day
} from './dates';
import {
	ACTION_TYPES,
	CONSENT_TYPES,
	type Action,
	type ActionType,
	type Dataset,
	type Source
} from './schema';
import { formatError, validateFiles, type DataError, type RawFiles } from './validate';
import { STAGE_RANK } from './rules';

/* ------------------------------------------------------------------ text splicing */

type Path = (string | number)[];

interface JsonNode {
	start: number;
	end: number;
	kind: 'object' | 'array' | 'value';
	children: { key?: string; node: JsonNode }[];
}

/** Where each value of a (valid) JSON text starts and ends. */
function scanJson(text: string): JsonNode {
	let i = 0;
	const skip = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const string = (): string => {
		const start = i++;
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(start, i));
	};
	const value = (): JsonNode => {
		skip();
		const start = i;
		const open = text[i];
		if (open === '{' || open === '[') {
			const close = open === '{' ? '}' : ']';
			const children: JsonNode['children'] = [];
			i++;
			skip();
			if (text[i] === close) {
				i++;
			} else {
				for (;;) {
					skip();
					let key: string | undefined;
					if (open === '{') {
						key = string();
						skip();
						i++; // the colon
					}
					children.push({ key, node: value() });
					skip();
					if (text[i++] !== ',') break;
				}
			}
			return { start, end: i, kind: open === '{' ? 'object' : 'array', children };
		}
		if (open === '"') string();
		else while (i < text.length && !' \t\n\r,]}'.includes(text[i])) i++;
		return { start, end: i, kind: 'value', children: [] };
	};
	return value();
}

function nodeAt(root: JsonNode, path: Path): JsonNode | null {
	let node: JsonNode | undefined = root;
	for (const step of path) {
		node =
			typeof step === 'number'
				? node.children[step]?.node
				: node.children.find((c) => c.key === step)?.node;
		if (!node) return null;
	}
	return node;
}

function lineIndent(text: string, pos: number): string {
	const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
	return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** The file's indentation step: that of its first key (the data files use two spaces). */
function indentUnit(text: string): string {
	return /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
}

/** The line width of the project's formatter (.prettierrc printWidth). */
const MAX_LINE = 100;

/** JSON written out over several lines, continuing at `indent`. */
function expanded(value: unknown, indent: string, unit: string): string {
	return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

/** JSON on one line with spaces inside braces, as the compact parts of the files are. */
function inline(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (!entries.length) return '{}';
		return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
	}
	return JSON.stringify(value);
}

/** A change to a JSON file: set the value at a path, or append to the array at a path. */
export type JsonEdit = { set: Path; value: unknown } | { push: Path; value: unknown };

function applyToDoc(doc: unknown, edit: JsonEdit) {
	const path = 'set' in edit ? edit.set : edit.push;
	let target = doc;
	for (const step of path.slice(0, -1)) {
		target = target && typeof target === 'object' ? (target as Record<string, unknown>)[step] : null;
	}
	const last = path[path.length - 1];
	const holder = target as Record<string | number, unknown> | null;
	if (!holder || typeof holder !== 'object' || !(last in holder)) {
		throw new Error(`editJsonText: nothing at ${path.join('.')}`);
	}
	if ('set' in edit) holder[last] = edit.value;
	else if (Array.isArray(holder[last])) (holder[last] as unknown[]).push(edit.value);
	else throw new Error(`editJsonText: no array at ${path.join('.')}`);
}

/**
 * Applies edits to a JSON text, leaving every other byte as it was. The result is
 * checked against the same edits applied to the parsed document; if splicing cannot
 * produce exactly that (a path it cannot find), the document is written out whole,
 * indented as the file is. The result always ends with a newline.
 */
export function editJsonText(original: string, edits: JsonEdit[]): string {
	const doc = JSON.parse(original);
	for (const edit of edits) applyToDoc(doc, edit);
	// A file checked out with Windows line ends keeps them: edit with \n, then restore.
	const crlf = original.includes('\r\n');
	const text = crlf ? original.replace(/\r\n/g, '\n') : original;
	const eol = (t: string) => (crlf ? t.replace(/\n/g, '\r\n') : t);
	const unit = indentUnit(text);
	const whole = eol(`${JSON.stringify(doc, null, unit)}\n`);

	const root = scanJson(text);
	const splices: { start: number; end: number; insert: string }[] = [];
	for (const edit of edits) {
		const node = nodeAt(root, 'set' in edit ? edit.set : edit.push);
		if (!node) return whole;
		if ('set' in edit) {
			const oneLine = !text.slice(node.start, node.end).includes('\n');
			const insert = oneLine
				? inline(edit.value)
				: expanded(edit.value, lineIndent(text, node.start), unit);
			splices.push({ start: node.start, end: node.end, insert });
			continue;
		}
		if (node.kind !== 'array') return whole;
		if (!node.children.length) {
			const outer = lineIndent(text, node.start);
			const inner = outer + unit;
			const insert = `[\n${inner}${expanded(edit.value, inner, unit)}\n${outer}]`;
			splices.push({ start: node.start, end: node.end, insert });
			continue;
		}
		// The new element follows the style of the ones before it: on its own line or
		// on the same line, written out or compact.
		const first = node.children[0].node;
		const last = node.children[node.children.length - 1].node;
		const gap = text.slice(node.start + 1, first.start);
		const compact = !text.slice(last.start, last.end).includes('\n');
		let insert: string;
		if (gap.includes('\n')) {
			const indent = gap.slice(gap.lastIndexOf('\n') + 1);
			insert = `,\n${indent}${compact ? inline(edit.value) : expanded(edit.value, indent, unit)}`;
		} else if (compact && !text.slice(node.start, node.end).includes('\n')) {
			// A one-line array stays on one line while it fits the width the project's
			// formatter keeps to; past that, each element goes on its own line.
			const outer = lineIndent(text, node.start);
			const lineEnd = text.indexOf('\n', node.end);
			const added = `, ${inline(edit.value)}`;
			const lineLength =
				(lineEnd < 0 ? text.length : lineEnd) - (text.lastIndexOf('\n', node.start) + 1);
			if (lineLength + added.length <= MAX_LINE) {
				insert = added;
			} else {
				const inner = outer + unit;
				const items = [
					...node.children.map((c) => text.slice(c.node.start, c.node.end)),
					inline(edit.value)
				];
				const whole = `[\n${items.map((item) => inner + item).join(',\n')}\n${outer}]`;
				splices.push({ start: node.start, end: node.end, insert: whole });
				continue;
			}
		} else {
			insert = `, ${compact ? inline(edit.value) : expanded(edit.value, lineIndent(text, last.start), unit)}`;
		}
		splices.push({ start: last.end, end: last.end, insert });
	}
	splices.sort((a, b) => b.start - a.start);
	let out = text;
	for (const s of splices) out = out.slice(0, s.start) + s.insert + out.slice(s.end);
	if (!out.endsWith('\n')) out += '\n';
	try {
		if (JSON.stringify(JSON.parse(out)) === JSON.stringify(doc)) return eol(out);
	} catch {
		// fall through to the whole document
	}
	return whole;
}

/* ------------------------------------------------------------------ input */

/** A flag's value is not of the form it takes: the commands exit with status 2. */
export class EditInputError extends Error {
	constructor(
		readonly flag: string,
		message: string
	) {
		super(`${flag}: ${message}`);
	}
}

/** A date as typed: YYYY, YYYY-MM, YYYY-MM-DD, or a range FROM/TO of those. */
export function parseDateArg(flag: string, text: string): DateValue {
	const parts = text.split('/');
	const expected = 'expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM/TO such as 2025/2025-03-04';
	if (parts.length > 2) throw new EditInputError(flag, `more than one "/" (${expected}, got "${text}")`);
	for (const part of parts) {
		const problem = partialDateProblem(part);
		if (problem) throw new EditInputError(flag, `${problem} (${expected}, got "${text}")`);
	}
	if (parts.length === 1) return parts[0];
	const range = { from: parts[0], to: parts[1] };
	if (earliest(range.from) > latest(range.to)) {
		throw new EditInputError(flag, `the range ends before it starts (got "${text}")`);
	}
	return range;
}

/* ------------------------------------------------------------------ outcomes */

export interface Refusal {
	ok: false;
	/** One sentence: why nothing was written. */
	message: string;
	/** The validator's lines, or the conflicting records. */
	lines: string[];
	/** What the person can do about it. */
	hints: string[];
}

export interface FileChange {
	file: string;
	revision: { from: number; to: number };
	summary: string;
}

export interface Planned {
	ok: true;
	/** The new text of every changed file, in the order to write them. */
	changes: RawFiles;
	/** One entry per changed file. */
	edits: FileChange[];
	before: Dataset;
	after: Dataset;
	/** Things the person should look at by hand (notes that may now be out of date). */
	reminders: string[];
}

export type Outcome = Planned | Refusal;

/** Hints for the validator's messages that a person editing the data can act on. */
function hintsFor(errors: DataError[], today: Day): string[] {
	const hints = new Set<string>();
	for (const e of errors) {
		const m = e.message;
		if (m.includes('after the data is recorded to')) {
			hints.add(
				'If the sources now state the status to that date, run again with --advance-recorded-to.'
			);
		} else if (m.includes('needs a note')) {
			hints.add('Run again with --note "..." saying why there is a second one.');
		} else if (m.includes('without an act of consent')) {
			hints.add(
				`Record the act of consent (${CONSENT_TYPES.join(', ')}) first, then the deposit.`
			);
		} else if (/is dated before the/.test(m)) {
			hints.add(
				'The dates contradict each other, and a note cannot make this order possible: check the date given, or correct the earlier record.'
			);
		} else if (m.includes('in the future')) {
			hints.add(`Dates cannot be after today (${today}).`);
		} else if (m.startsWith('duplicate')) {
			hints.add('This is already recorded: nothing needs to be added.');
		}
	}
	return [...hints];
}

function checkWhole(
	files: RawFiles,
	changes: RawFiles,
	today: Day
): { dataset: Dataset } | { refusal: Refusal } {
	const { dataset, errors } = validateFiles({ ...files, ...changes }, { today });
	if (dataset) return { dataset };
	return {
		refusal: {
			ok: false,
			message: 'The data would not be valid with this change, so nothing was written.',
			lines: errors.map(formatError),
			hints: hintsFor(errors, today)
		}
	};
}

function validBefore(files: RawFiles, today: Day): { dataset: Dataset } | { refusal: Refusal } {
	const { dataset, errors } = validateFiles(files, { today });
	if (dataset) return { dataset };
	return {
		refusal: {
			ok: false,
			message:
				'The data is already invalid before this change; fix it first (npm run validate lists the problems).',
			lines: errors.map(formatError),
			hints: []
		}
	};
}

function bump<T extends { revision: number }>(doc: T, today: Day, summary: string) {
	const revision = doc.revision + 1;
	return {
		revision,
		edits: [
			{ set: ['revision'], value: revision },
			{ push: ['history'], value: { revision, date: today, summary } }
		] as JsonEdit[]
	};
}

/* ------------------------------------------------------------------ record */

export interface RecordInput {
	state: string;
	action: string;
	date: string;
	source: string;
	locator?: string;
	note?: string;
	by?: string;
	instrument?: string;
	summary?: string;
	/** Also move treaty.json recordedTo to the action's latest day when it is later. */
	advanceRecordedTo?: boolean;
}

export interface EditOptions {
	/** The day taken as today: the history date and the "not in the future" limit. */
	today?: Day;
}


export interface Conflict {
	/** `second`: one of a kind already recorded; `order`: the stages' dates clash. */
	kind: 'second' | 'order';
	/** True when the dates certainly contradict (the validator refuses it even with a note). */
	certain: boolean;
	index: number;
	message: string;
}

const isConsent = (type: string) => (CONSENT_TYPES as readonly string[]).includes(type);

function describe(a: Action): string {
	return `the ${a.type} of ${toIso(a.date)}`;
}

/**
 * What the new action clashes with among the state's recorded actions. Stricter than
 * the validator, which only refuses what the dates certainly contradict: here a stage
 * that may come before an earlier one (their dates overlap) is a conflict too, so that
 * the person either gives a more precise date or explains it with a note.
 */
export function conflictsOf(actions: Action[], added: Action): Conflict[] {
	const conflicts: Conflict[] = [];
	const rank = STAGE_RANK[added.type];
	actions.forEach((b, index) => {
		if (
			b.type === added.type &&
			(added.type === 'deposit' || added.type === 'withdrawal' || isConsent(added.type))
		) {
			conflicts.push({
				kind: 'second',
				certain: false,
				index,
				message: `a ${b.type} is already recorded: ${describe(b)} (actions[${index}])`
			});
		}
		const other = STAGE_RANK[b.type];
		if (rank === undefined || other === undefined || other === rank) return;
		const [first, then] = other < rank ? [b, added] : [added, b];
		if (certainlyNotAfter(first.date, then.date)) return;
		const certain = certainlyAfter(first.date, then.date);
		const relation = certain ? 'is dated' : 'may be dated (the dates overlap)';
		conflicts.push({
			kind: 'order',
			certain,
			index,
			message:
				other < rank
					? `${describe(added)} ${relation} before ${describe(b)} (actions[${index}])`
					: `${describe(added)} ${relation} after ${describe(b)} (actions[${index}])`
		});
	});
	return conflicts;
}

function sameAction(a: Action, b: Action): boolean {
	return a.type === b.type && toIso(a.date) === toIso(b.date) && (a.by ?? '') === (b.by ?? '');
}

/** The action as it will be written: fields in the order of the schema and the files. */
export function buildAction(input: RecordInput, date: DateValue): Action {
	const action: Action = {
		type: input.action as ActionType,
		date,
		...(input.by ? { by: input.by } : {}),
		...(input.instrument ? { instrument: input.instrument } : {}),
		sources: [input.locator ? { id: input.source, locator: input.locator } : { id: input.source }]
	};
	if (input.note) action.note = input.note;
	return action;
}

/** Checks the flags' forms against the data; throws EditInputError for bad usage. */
function readRecordInput(input: RecordInput, dataset: Dataset) {
	const code = input.state.toUpperCase();
	const file = `states/${code}.json`;
	const state = dataset.states.find((s) => s.state === code);
	if (!/^[A-Z]{2}$/.test(code) || !state) {
		const known = dataset.states.map((s) => s.state).join(' ');
		throw new EditInputError(
			'--state',
			`unknown state "${input.state}" (expected the code of a state with a file in states/: ${known})`
		);
	}
	if (!(ACTION_TYPES as readonly string[]).includes(input.action)) {
		throw new EditInputError(
			'--action',
			`unknown action type "${input.action}" (expected one of: ${ACTION_TYPES.join(', ')})`
		);
	}
	const date = parseDateArg('--date', input.date);
	if (!dataset.sources.sources.some((s) => s.id === input.source)) {
		throw new EditInputError(
			'--source',
			`unknown source "${input.source}" (expected an id from sources.json; add a new one with npm run source -- add, list them with npm run source -- list)`
		);
	}
	for (const [flag, value] of [
		['--locator', input.locator],
		['--note', input.note],
		['--by', input.by],
		['--instrument', input.instrument],
		['--summary', input.summary]
	] as const) {
		if (value !== undefined && !value.trim()) throw new EditInputError(flag, 'must not be empty');
	}
	return { code, file, state, date };
}

/**
 * Plans the recording of one action: the new state file (and treaty.json when
 * recordedTo moves), checked with the whole data set. Throws EditInputError when a
 * flag's value is not of the form it takes.
 */
export function planRecord(files: RawFiles, input: RecordInput, options: EditOptions = {}): Outcome {
	const today = options.today ?? todayOf();
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const dataset = before.dataset;
	const { code, file, state, date } = readRecordInput(input, dataset);
	const action = buildAction(input, date);

	const duplicate = state.actions.findIndex((a) => sameAction(a, action));
	if (duplicate >= 0) {
		return {
			ok: false,
			message: `${describe(action)} is already recorded for ${code} (actions[${duplicate}] in ${file}); nothing was written.`,
			lines: [],
			hints: ['To change the recorded action, edit the file by hand and run npm run validate.']
		};
	}

	// A note can explain a second instrument or overlapping dates, never dates that
	// certainly put the stages out of order.
	const conflicts = conflictsOf(state.actions, action);
	const contradictions = conflicts.filter((c) => c.certain);
	if (contradictions.length) {
		return {
			ok: false,
			message: `The dates of this ${action.type} contradict what is recorded for ${code}, so nothing was written.`,
			lines: contradictions.map((c) => c.message),
			hints: [
				'Check the date given, or correct the earlier record by hand (then npm run validate). A note cannot make a contradictory order valid.'
			]
		};
	}
	if (conflicts.length && !input.note) {
		return {
			ok: false,
			message: `This ${action.type} conflicts with what is recorded for ${code}, so nothing was written.`,
			lines: conflicts.map((c) => c.message),
			hints: [
				'If the sources really say so, run again with --note "..." explaining it (for example why there is a second instrument, or why the dates overlap).'
			]
		};
	}

	const recordedTo = dataset.treaty.recordedTo.date;
	const changes: RawFiles = {};
	const edits: FileChange[] = [];
	const reminders: string[] = [];
	// The validator refuses an action that certainly starts after recordedTo; one whose
	// date merely reaches past it is allowed, and then recordedTo only moves on request.
	const needsAdvance = earliest(date) > latest(recordedTo);
	if (needsAdvance && !input.advanceRecordedTo) {
		return {
			ok: false,
			message: `The date ${toIso(date)} is after the date the data is recorded to (treaty.json recordedTo: ${recordedTo}), so nothing was written.`,
			lines: [],
			hints: [
				`If the sources now state the status to that date, run again with --advance-recorded-to: it also moves recordedTo to ${latestAllowed(date, today)} in treaty.json.`
			]
		};
	}
	if (input.advanceRecordedTo && latest(date) > latest(recordedTo)) {
		// Never into the future: a year-precise action of this year moves it to today.
		const to = latestAllowed(date, today);
		const { revision, edits: history } = bump(
			dataset.treaty,
			today,
			`Moved recordedTo from ${recordedTo} to ${to} (recorded ${code} ${action.type} of ${toIso(date)}, ${input.source})`
		);
		changes['treaty.json'] = editJsonText(files['treaty.json'], [
			{ set: ['recordedTo', 'date'], value: to },
			...history
		]);
		edits.push({
			file: 'treaty.json',
			revision: { from: dataset.treaty.revision, to: revision },
			summary: `recordedTo ${recordedTo} → ${to}`
		});
		reminders.push(
			'treaty.json recordedTo keeps its sources and note: check they still say how far the data goes.'
		);
	}

	const summary = input.summary ?? `Recorded ${action.type} of ${toIso(date)} (${input.source})`;
	const { revision, edits: history } = bump(state, today, summary);
	changes[file] = editJsonText(files[file], [{ push: ['actions'], value: action }, ...history]);
	edits.push({ file, revision: { from: state.revision, to: revision }, summary });
	if (state.note) {
		reminders.push(`${file} has a note that may now be out of date: ${JSON.stringify(state.note)}`);
	}

	const after = checkWhole(files, changes, today);
	if ('refusal' in after) return after.refusal;
	return { ok: true, changes, edits, before: dataset, after: after.dataset, reminders };
}

function latestAllowed(date: DateValue, today: Day): Day {
	return latest(date) > today ? today : latest(date);
}

/* ------------------------------------------------------------------ sources */

export interface SourceInput {
	id: string;
	title: string;
	publisher: string;
	language: string;
	kind?: string;
	date?: string;
	url?: string;
	site?: string;
	note?: string;
	summary?: string;
}

export const SOURCE_KINDS = ['primary', 'secondary'] as const;

/** The source as it will be written, fields in the order of the schema and the file. */
export function buildSource(input: SourceInput, date?: DateValue): Source {
	const source: Source = {
		id: input.id,
		kind: (input.kind ?? 'secondary') as Source['kind'],
		title: input.title,
		publisher: input.publisher,
		...(date !== undefined ? { date } : {}),
		language: input.language
	};
	if (input.url !== undefined) source.url = input.url;
	if (input.site !== undefined) source.site = input.site;
	if (input.note !== undefined) source.note = input.note;
	return source;
}

/** Plans adding a source to sources.json; throws EditInputError for bad usage. */
export function planSource(files: RawFiles, input: SourceInput, options: EditOptions = {}): Outcome {
	const today = options.today ?? todayOf();
	if (!/^[a-z0-9][a-z0-9-]*$/.test(input.id)) {
		throw new EditInputError(
			'--id',
			`"${input.id}" is not a source id (expected lower-case letters, digits and hyphens, e.g. uz-law-2025)`
		);
	}
	if (input.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(input.kind)) {
		throw new EditInputError('--kind', `expected primary or secondary, got "${input.kind}"`);
	}
	const date = input.date === undefined ? undefined : parseDateArg('--date', input.date);
	for (const [flag, value] of Object.entries(input)) {
		if (typeof value === 'string' && !value.trim()) {
			throw new EditInputError(`--${flag}`, 'must not be empty');
		}
	}
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const dataset = before.dataset;
	const existing = dataset.sources.sources.find((s) => s.id === input.id);
	if (existing) {
		return {
			ok: false,
			message: `sources.json already has a source with the id "${input.id}", so nothing was written.`,
			lines: [`${existing.id}: ${existing.title}`],
			hints: ['Cite that source, or choose another id for a different one.']
		};
	}
	const source = buildSource(input, date);
	const summary = input.summary ?? `Added source ${input.id}`;
	const { revision, edits: history } = bump(dataset.sources, today, summary);
	const changes: RawFiles = {
		'sources.json': editJsonText(files['sources.json'], [
			{ push: ['sources'], value: source },
			...history
		])
	};
	const after = checkWhole(files, changes, today);
	if ('refusal' in after) return after.refusal;
	return {
		ok: true,
		changes,
		edits: [
			{
				file: 'sources.json',
				revision: { from: dataset.sources.revision, to: revision },
				summary
			}
		],
		before: dataset,
		after: after.dataset,
		reminders: []
	};
}
