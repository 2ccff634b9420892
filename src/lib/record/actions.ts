/**
 * Recording, changing and removing a state's actions from the command line
 * (npm run record): each builds the new documents and hands them to planChanges, so a
 * command writes exactly what the editor would. Adding an act is stricter than the
 * validator (see conflictsOf); changing or removing one keeps to the validator's rules.
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
} from '../data/dates';
import {
	ACTION_TYPES,
	type Action,
	type ActionType,
	type Dataset,
	type LocalizedText,
	type StateFile
} from '../data/schema';
import { STAGE_RANK } from '../data/rules';
import type { RawFiles } from '../data/validate';
import { CONSENT_TYPES } from '../data/schema';
import { currentDoc, planChanges, validBefore, type EditOptions, type Outcome } from './plan';
import { recordedToSummary } from './summary';

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
	if (parts.length > 2)
		throw new EditInputError(flag, `more than one "/" (${expected}, got "${text}")`);
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
	return (
		a.type === b.type &&
		toIso(a.date) === toIso(b.date) &&
		JSON.stringify(a.by ?? '') === JSON.stringify(b.by ?? '')
	);
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

function stateOf(dataset: Dataset, state: string, flag = '--state') {
	const code = state.toUpperCase();
	const file = `states/${code}.json`;
	const found = dataset.states.find((s) => s.state === code);
	if (!/^[A-Z]{2}$/.test(code) || !found) {
		const known = dataset.states.map((s) => s.state).join(' ');
		throw new EditInputError(
			flag,
			`unknown state "${state}" (expected the code of a state with a file in states/: ${known})`
		);
	}
	return { code, file, state: found };
}

function checkType(flag: string, type: string) {
	if (!(ACTION_TYPES as readonly string[]).includes(type)) {
		throw new EditInputError(
			flag,
			`unknown action type "${type}" (expected one of: ${ACTION_TYPES.join(', ')})`
		);
	}
}

function checkSource(dataset: Dataset, flag: string, id: string) {
	if (!dataset.sources.sources.some((s) => s.id === id)) {
		throw new EditInputError(
			flag,
			`unknown source "${id}" (expected an id from sources.json; add a new one with npm run source -- add, list them with npm run source -- list)`
		);
	}
}

function checkNotEmpty(values: [string, string | undefined][]) {
	for (const [flag, value] of values) {
		if (value !== undefined && !value.trim()) throw new EditInputError(flag, 'must not be empty');
	}
}

function latestAllowed(date: DateValue, today: Day): Day {
	return latest(date) > today ? today : latest(date);
}

/**
 * Plans the recording of one action: the new state file (and treaty.json when
 * recordedTo moves), checked with the whole data set. Throws EditInputError when a
 * flag's value is not of the form it takes.
 */
export function planRecord(
	files: RawFiles,
	input: RecordInput,
	options: EditOptions = {}
): Outcome {
	const today = options.today ?? todayOf();
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const dataset = before.dataset;
	const { code, file, state } = stateOf(dataset, input.state);
	checkType('--action', input.action);
	const date = parseDateArg('--date', input.date);
	checkSource(dataset, '--source', input.source);
	checkNotEmpty([
		['--locator', input.locator],
		['--note', input.note],
		['--by', input.by],
		['--instrument', input.instrument],
		['--summary', input.summary]
	]);
	const action = buildAction(input, date);

	const duplicate = state.actions.findIndex((a) => sameAction(a, action));
	if (duplicate >= 0) {
		return {
			ok: false,
			message: `${describe(action)} is already recorded for ${code} (actions[${duplicate}] in ${file}); nothing was written.`,
			lines: [],
			errors: [],
			hints: ['To change the recorded action, use npm run record -- change (or npm run edit).']
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
			errors: [],
			hints: [
				'Check the date given, or correct the earlier record (npm run record -- change, or npm run edit). A note cannot make a contradictory order valid.'
			]
		};
	}
	if (conflicts.length && !input.note) {
		return {
			ok: false,
			message: `This ${action.type} conflicts with what is recorded for ${code}, so nothing was written.`,
			lines: conflicts.map((c) => c.message),
			errors: [],
			hints: [
				'If the sources really say so, run again with --note "..." explaining it (for example why there is a second instrument, or why the dates overlap).'
			]
		};
	}

	const recordedTo = dataset.treaty.recordedTo.date;
	const docs: Record<string, Record<string, unknown>> = {};
	const summaries: Record<string, LocalizedText | undefined> = {};
	const reminders: string[] = [];
	// The validator refuses an action that certainly starts after recordedTo; one whose
	// date merely reaches past it is allowed, and then recordedTo only moves on request.
	if (earliest(date) > latest(recordedTo) && !input.advanceRecordedTo) {
		return {
			ok: false,
			message: `The date ${toIso(date)} is after the date the data is recorded to (treaty.json recordedTo: ${recordedTo}), so nothing was written.`,
			lines: [],
			errors: [],
			hints: [
				`If the sources now state the status to that date, run again with --advance-recorded-to: it also moves recordedTo to ${latestAllowed(date, today)} in treaty.json.`
			]
		};
	}
	if (input.advanceRecordedTo && latest(date) > latest(recordedTo)) {
		// Never into the future: a year-precise action of this year moves it to today.
		const to = latestAllowed(date, today);
		const treaty = currentDoc(files['treaty.json'])!;
		docs['treaty.json'] = { ...treaty, recordedTo: { ...(treaty.recordedTo as object), date: to } };
		summaries['treaty.json'] = recordedToSummary(recordedTo, to, {
			state: code,
			type: action.type,
			date,
			source: input.source
		});
		reminders.push(
			'treaty.json recordedTo keeps its sources and note: check they still say how far the data goes.'
		);
	}
	const doc = currentDoc(files[file])!;
	docs[file] = { ...doc, actions: [...(doc.actions as Action[]), action] };
	summaries[file] = input.summary;
	if (state.note) {
		const text = typeof state.note === 'string' ? state.note : (Object.values(state.note)[0] ?? '');
		const cut = text.length > 50 ? `${text.slice(0, text.lastIndexOf(' ', 50))} ...` : text;
		reminders.push(`${file} has a note that may now be out of date: "${cut}"`);
	}
	return planChanges(files, { docs, summaries, reminders }, { today });
}

export interface ChangeInput {
	state: string;
	/** The action's index in the file, as the validator names it: actions[N]. */
	at: number;
	type?: string;
	date?: string;
	by?: string;
	instrument?: string;
	note?: string;
	/** Replaces the action's sources with this one. */
	source?: string;
	locator?: string;
	/** Fields to remove: by, instrument, note. */
	clear?: string[];
	summary?: string;
}

const CLEARABLE = ['by', 'instrument', 'note'] as const;

function actionAt(state: StateFile, at: number, code: string): Action {
	const action = state.actions[at];
	if (!Number.isInteger(at) || !action) {
		const n = state.actions.length;
		throw new EditInputError(
			'--at',
			`${code} has no actions[${at}] (expected ${n ? `0 to ${n - 1}` : 'nothing: it has no actions'}; npm run record -- list --state ${code} shows them)`
		);
	}
	return action;
}

/** Plans a correction of one recorded action: only the fields given change. */
export function planActionChange(
	files: RawFiles,
	input: ChangeInput,
	options: EditOptions = {}
): Outcome {
	const today = options.today ?? todayOf();
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const { file, state, code } = stateOf(before.dataset, input.state);
	const old = actionAt(state, input.at, code);
	if (input.type !== undefined) checkType('--action', input.type);
	if (input.source !== undefined) checkSource(before.dataset, '--source', input.source);
	if (input.locator !== undefined && input.source === undefined) {
		throw new EditInputError('--locator', 'goes with --source (the citation it places)');
	}
	checkNotEmpty([
		['--by', input.by],
		['--instrument', input.instrument],
		['--note', input.note],
		['--locator', input.locator],
		['--summary', input.summary]
	]);
	for (const field of input.clear ?? []) {
		if (!(CLEARABLE as readonly string[]).includes(field)) {
			throw new EditInputError(
				'--clear',
				`cannot clear "${field}" (expected one of: ${CLEARABLE.join(', ')})`
			);
		}
	}
	const doc = currentDoc(files[file])!;
	const actions = [...(doc.actions as Action[])];
	const next: Record<string, unknown> = { ...actions[input.at] };
	if (input.type !== undefined) next.type = input.type;
	if (input.date !== undefined) next.date = parseDateArg('--date', input.date);
	if (input.by !== undefined) next.by = input.by;
	if (input.instrument !== undefined) next.instrument = input.instrument;
	if (input.note !== undefined) next.note = input.note;
	if (input.source !== undefined) {
		next.sources = [
			input.locator ? { id: input.source, locator: input.locator } : { id: input.source }
		];
	}
	for (const field of input.clear ?? []) delete next[field];
	// New fields take their places in the schema's order, as the files write them.
	const ordered: Record<string, unknown> = {};
	for (const key of ['type', 'date', 'by', 'instrument', 'sources', 'alternatives', 'note']) {
		if (next[key] !== undefined) ordered[key] = next[key];
	}
	actions[input.at] = ordered as Action;
	if (JSON.stringify(ordered) === JSON.stringify(old)) {
		return {
			ok: false,
			message: `Nothing to change: actions[${input.at}] of ${file} already says so; nothing was written.`,
			lines: [],
			errors: [],
			hints: [
				'Give at least one of --action, --date, --by, --instrument, --note, --source, --clear with a new value.'
			]
		};
	}
	return planActions(files, file, actions, input.summary, today);
}

/** A state file with its actions replaced, through the one path every change takes. */
function planActions(
	files: RawFiles,
	file: string,
	actions: Action[],
	summary: string | undefined,
	today: Day
) {
	const doc = currentDoc(files[file])!;
	return planChanges(
		files,
		{ docs: { [file]: { ...doc, actions } }, summaries: { [file]: summary } },
		{ today }
	);
}

/** Plans the removal of one recorded action. */
export function planActionRemoval(
	files: RawFiles,
	input: { state: string; at: number; summary?: string },
	options: EditOptions = {}
): Outcome {
	const today = options.today ?? todayOf();
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const { file, state, code } = stateOf(before.dataset, input.state);
	actionAt(state, input.at, code);
	checkNotEmpty([['--summary', input.summary]]);
	// The file's own actions, not the parsed ones: their fields keep the file's order.
	const actions = (currentDoc(files[file])!.actions as Action[]).filter((_, i) => i !== input.at);
	return planActions(files, file, actions, input.summary, today);
}

/** Plans moving recordedTo, with the source that states the status at the new date. */
export function planRecordedTo(
	files: RawFiles,
	input: { date: string; source: string; locator?: string; note?: string; summary?: string },
	options: EditOptions = {}
): Outcome {
	const today = options.today ?? todayOf();
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const date = parseDateArg('--date', input.date);
	if (typeof date !== 'string')
		throw new EditInputError('--date', 'recordedTo is one date, not a range');
	checkSource(before.dataset, '--source', input.source);
	checkNotEmpty([
		['--locator', input.locator],
		['--note', input.note],
		['--summary', input.summary]
	]);
	const treaty = currentDoc(files['treaty.json'])!;
	const old = treaty.recordedTo as { note?: LocalizedText };
	const recordedTo: Record<string, unknown> = {
		date,
		sources: [input.locator ? { id: input.source, locator: input.locator } : { id: input.source }]
	};
	const note = input.note ?? old.note;
	if (note) recordedTo.note = note;
	const reminders =
		input.note === undefined && old.note
			? [
					`treaty.json recordedTo keeps its note: check it still says what is not known: ${JSON.stringify(old.note)}`
				]
			: [];
	return planChanges(
		files,
		{
			docs: { 'treaty.json': { ...treaty, recordedTo } },
			summaries: { 'treaty.json': input.summary },
			reminders
		},
		{ today }
	);
}
