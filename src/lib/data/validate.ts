/**
 * Validation of the whole data set: each file against its zod schema, then the rules
 * that span fields and files. Pure: it takes the files' text, so the CLI, the build,
 * the record command and the tests all share it. Every problem is reported, one line
 * each, in the form `file: path: message (expected X, got Y)`.
 */
import type { z } from 'zod';
import countries from 'i18n-iso-countries';
import {
	CONSENT_TYPES,
	membersFile,
	sourcesFile,
	stateFile,
	treatyFile,
	type Action,
	type Dataset,
	type DateValueT,
	type SourceRef,
	type StateFile
} from './schema';
import { certainlyAfter, earliest, isRange, latest, toIso, today as todayOf } from './dates';
import { migrate, SUPPORTED_VERSIONS } from './migrate';
import { parseJsonText } from './json-text';
import { checkStateActions } from './rules';

export interface DataError {
	file: string;
	path: string;
	message: string;
	expected?: string;
	got?: string;
}

export function formatError(e: DataError): string {
	const detail =
		e.expected !== undefined || e.got !== undefined
			? ` (expected ${e.expected ?? '?'}, got ${e.got ?? '?'})`
			: '';
	// Texts from the data can hold line breaks; escaped, every error stays on its line.
	return `${e.file}: ${e.path || '(root)'}: ${e.message}${detail}`.replace(
		/[\u0000-\u001f\u007f]/g,
		(c) => JSON.stringify(c).slice(1, -1)
	);
}

/** The data directory's files as text, keyed by path relative to it ("states/KZ.json"). */
export type RawFiles = Record<string, string>;

export interface ValidationResult {
	dataset: Dataset | null;
	errors: DataError[];
}

export const TOP_FILES = ['treaty.json', 'members.json', 'sources.json'] as const;

function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function pathOf(path: PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
		.join('');
}

function zodErrors(file: string, error: z.ZodError): DataError[] {
	return error.issues.map((issue) => {
		const input = (issue as { input?: unknown }).input;
		const e: DataError = { file, path: pathOf(issue.path), message: issue.message };
		if (issue.code === 'invalid_type') {
			e.message = 'wrong type';
			e.expected = issue.expected;
			e.got = input === undefined ? 'nothing' : Array.isArray(input) ? 'array' : typeof input;
			if (input === undefined) e.message = 'required field missing';
		} else if (issue.code === 'invalid_value') {
			e.message = 'not an allowed value';
			e.expected = issue.values.map((v) => show(v)).join(' | ');
			e.got = show(input);
		} else if (issue.code === 'unrecognized_keys') {
			e.message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
			e.expected = 'only the fields in docs/DATA.md';
			e.got = issue.keys.join(', ');
		} else if (issue.code === 'invalid_union') {
			e.message = 'not a valid value';
			// The two unions in the schema: a date (or range), and a text (or texts per language).
			e.expected = /(^|\.)(date|from|to)$/.test(e.path)
				? 'a date (YYYY, YYYY-MM, YYYY-MM-DD) or a range { from, to }'
				: 'a text, or texts per language { "en": ..., "ru": ... }';
			const nested = issue.errors.flat().find((i) => i.code === 'custom');
			if (nested) e.message = nested.message;
			e.got = show(input);
		} else {
			// Every line keeps the "(expected X, got Y)" form, whatever check failed.
			if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
				e.message = 'empty text';
			}
			if (issue.code === 'too_small' || issue.code === 'too_big') {
				const unit = issue.origin === 'array' ? 'item' : issue.origin === 'string' ? 'character' : '';
				const bound = issue.code === 'too_small' ? 'at least' : 'at most';
				const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
				e.expected = `${bound} ${n}${unit ? ` ${unit}${n === 1 ? '' : 's'}` : ''}`;
			} else if (issue.code === 'invalid_format') {
				// A regex's message describes the format; other formats are named by zod.
				e.expected = issue.format === 'regex' ? issue.message : `a valid ${issue.format === 'url' ? 'URL' : issue.format}`;
				if (issue.format === 'regex') e.message = 'wrong format';
			} else {
				const params = (issue as { params?: { expected?: string } }).params;
				e.expected = params?.expected ?? 'a valid value';
			}
			e.got = show(input);
		}
		return e;
	});
}

function parseFile<T>(
	file: string,
	text: string | undefined,
	schema: z.ZodType<T>,
	errors: DataError[]
): T | null {
	if (text === undefined) {
		errors.push({ file, path: '(root)', message: 'file missing', expected: 'the file', got: 'none' });
		return null;
	}
	const parsed = parseJsonText(text);
	if (!parsed.ok) {
		const { where, ...rest } = parsed.problem;
		errors.push({ file, path: where, ...rest });
		return null;
	}
	const raw = parsed.value;
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		errors.push({ file, path: '(root)', message: 'not a JSON object', expected: 'an object', got: show(raw) });
		return null;
	}
	const migrated = migrate(raw as Record<string, unknown>);
	if (!migrated.ok) {
		errors.push({
			file,
			path: 'schemaVersion',
			message: `unsupported schemaVersion; supported versions: ${SUPPORTED_VERSIONS.join(', ')}`,
			expected: SUPPORTED_VERSIONS.join(' or '),
			got: show(migrated.got)
		});
		return null;
	}
	const checked = schema.safeParse(migrated.doc, { reportInput: true });
	if (!checked.success) {
		errors.push(...zodErrors(file, checked.error));
		return null;
	}
	return checked.data;
}

function checkHistory(
	file: string,
	doc: { revision: number; history: { revision: number; date: string }[] },
	today: string,
	errors: DataError[]
) {
	const last = doc.history[doc.history.length - 1];
	if (last.revision !== doc.revision) {
		errors.push({
			file,
			path: 'revision',
			message: 'revision must equal the last history entry',
			expected: String(last.revision),
			got: String(doc.revision)
		});
	}
	doc.history.forEach((h, i) => {
		if (i > 0 && h.revision <= doc.history[i - 1].revision) {
			errors.push({
				file,
				path: `history[${i}].revision`,
				message: 'history revisions must increase',
				expected: `more than ${doc.history[i - 1].revision}`,
				got: String(h.revision)
			});
		}
		if (earliest(h.date) > today) {
			errors.push({
				file,
				path: `history[${i}].date`,
				message: 'date is in the future',
				expected: `on or before ${today}`,
				got: h.date
			});
		}
	});
}

/** Checks one date: a range's bounds in order, not in the future. */
function checkDate(
	file: string,
	path: string,
	date: DateValueT,
	today: string,
	errors: DataError[],
	notBefore?: { day: string; why: string }
) {
	if (isRange(date) && earliest(date.from) > latest(date.to)) {
		errors.push({
			file,
			path,
			message: 'range ends before it starts',
			expected: '`from` on or before `to`',
			got: toIso(date)
		});
	}
	if (earliest(date) > today) {
		errors.push({
			file,
			path,
			message: 'date is in the future',
			expected: `on or before ${today}`,
			got: toIso(date)
		});
	}
	if (notBefore && latest(date) < notBefore.day) {
		errors.push({
			file,
			path,
			message: `date is before ${notBefore.why}`,
			expected: `on or after ${notBefore.day}`,
			got: toIso(date)
		});
	}
}

export interface ValidateOptions {
	/** The day taken as today, for "not in the future" (default: the real today). */
	today?: string;
	/**
	 * Files that exist but could not be read as text (a symbolic link, not UTF-8): their
	 * problems are reported, and they are not reported missing as well.
	 */
	unreadable?: DataError[];
}

export function validateFiles(files: RawFiles, options: ValidateOptions = {}): ValidationResult {
	const today = options.today ?? todayOf();
	const errors: DataError[] = [...(options.unreadable ?? [])];
	const unreadable = new Set(errors.map((e) => e.file));
	const parseTop = <T>(file: string, schema: z.ZodType<T>) =>
		unreadable.has(file) ? null : parseFile(file, files[file], schema, errors);
	const treaty = parseTop('treaty.json', treatyFile);
	const members = parseTop('members.json', membersFile);
	const sources = parseTop('sources.json', sourcesFile);

	const states: StateFile[] = [];
	// Errors name the file a state came from, even when its `state` field disagrees.
	const fileOf = new Map<StateFile, string>();
	const stateFiles = Object.keys(files)
		.filter((f) => f.startsWith('states/'))
		.sort();
	for (const file of stateFiles) {
		if (!/^states\/[A-Z]{2}\.json$/.test(file)) {
			errors.push({
				file,
				path: '(file name)',
				message: 'a state file must be named by its state code',
				expected: 'states/XX.json with an ISO 3166-1 alpha-2 code in capitals',
				got: file
			});
			continue;
		}
		const doc = parseFile(file, files[file], stateFile, errors);
		if (!doc) continue;
		const code = file.slice(7, 9);
		if (doc.state !== code) {
			errors.push({
				file,
				path: 'state',
				message: 'state does not match the file name',
				expected: code,
				got: doc.state
			});
		}
		states.push(doc);
		fileOf.set(doc, file);
	}

	const sourceIds = new Set<string>();
	if (sources) {
		sources.sources.forEach((s, i) => {
			if (sourceIds.has(s.id)) {
				errors.push({
					file: 'sources.json',
					path: `sources[${i}].id`,
					message: 'duplicate source id',
					expected: 'a unique id',
					got: s.id
				});
			}
			sourceIds.add(s.id);
			if (s.date) checkDate('sources.json', `sources[${i}].date`, s.date, today, errors);
		});
		checkHistory('sources.json', sources, today, errors);
	}
	const checkRefs = (file: string, path: string, refs: SourceRef[]) => {
		if (!sources) return;
		refs.forEach((r, i) => {
			if (!sourceIds.has(r.id)) {
				errors.push({
					file,
					path: `${path}[${i}].id`,
					message: 'unknown source',
					expected: 'an id from sources.json',
					got: r.id
				});
			}
		});
	};

	let signature: { day: string; why: string } | undefined;
	if (treaty) {
		checkHistory('treaty.json', treaty, today, errors);
		checkDate('treaty.json', 'signature.date', treaty.signature.date, today, errors);
		checkDate('treaty.json', 'recordedTo.date', treaty.recordedTo.date, today, errors);
		signature = { day: earliest(treaty.signature.date), why: 'the signature of the treaty' };
		checkRefs('treaty.json', 'signature.sources', treaty.signature.sources);
		checkRefs('treaty.json', 'depositary.sources', treaty.depositary.sources);
		checkRefs('treaty.json', 'entryIntoForce.sources', treaty.entryIntoForce.sources);
		checkRefs('treaty.json', 'recordedTo.sources', treaty.recordedTo.sources);
		for (const [lang, refs] of Object.entries(treaty.titleSources ?? {})) {
			checkRefs('treaty.json', `titleSources.${lang}`, refs);
		}
	}

	const memberCodes = new Set<string>();
	if (members) {
		checkHistory('members.json', members, today, errors);
		members.members.forEach((m, i) => {
			const p = `members[${i}]`;
			if (!countries.isValid(m.state)) {
				errors.push({
					file: 'members.json',
					path: `${p}.state`,
					message: 'not an ISO 3166-1 alpha-2 code',
					expected: 'a code such as KZ',
					got: m.state
				});
			}
			if (memberCodes.has(m.state)) {
				errors.push({
					file: 'members.json',
					path: `${p}.state`,
					message: 'member listed twice',
					expected: 'each member once',
					got: m.state
				});
			}
			memberCodes.add(m.state);
			checkDate('members.json', `${p}.joined.date`, m.joined.date, today, errors);
			checkRefs('members.json', `${p}.joined.sources`, m.joined.sources ?? []);
			m.alternatives?.forEach((a, j) => {
				checkDate('members.json', `${p}.alternatives[${j}].date`, a.date, today, errors);
				checkRefs('members.json', `${p}.alternatives[${j}].sources`, a.sources);
			});
			if (m.left) {
				checkDate('members.json', `${p}.left.date`, m.left.date, today, errors);
				checkRefs('members.json', `${p}.left.sources`, m.left.sources ?? []);
				if (certainlyAfter(m.joined.date, m.left.date)) {
					errors.push({
						file: 'members.json',
						path: `${p}.left.date`,
						message: 'left before it joined',
						expected: `after ${toIso(m.joined.date)}`,
						got: toIso(m.left.date)
					});
				}
			}
		});
		if (members.observers) checkRefs('members.json', 'observers.sources', members.observers.sources);
		const fileCodes = new Set(states.map((s) => s.state));
		const namedCodes = new Set(
			[...stateFiles, ...unreadable].filter((f) => f.startsWith('states/')).map((f) => f.slice(7, 9))
		);
		for (const code of memberCodes) {
			if (!namedCodes.has(code)) {
				errors.push({
					file: `states/${code}.json`,
					path: '(file)',
					message: 'every member needs a state file',
					expected: `a file for member ${code}`,
					got: 'none'
				});
			}
		}
		for (const s of states) {
			if (fileCodes.has(s.state) && !memberCodes.has(s.state)) {
				errors.push({
					file: fileOf.get(s)!,
					path: 'state',
					message: 'not a member in members.json',
					expected: 'one of the members',
					got: s.state
				});
			}
		}
	}

	for (const s of states) {
		const file = fileOf.get(s)!;
		checkHistory(file, s, today, errors);
		if (treaty && s.treaty !== treaty.id) {
			errors.push({ file, path: 'treaty', message: 'unknown treaty', expected: treaty.id, got: s.treaty });
		}
		s.actions.forEach((a: Action, i: number) => {
			const p = `actions[${i}]`;
			// A decision to sign precedes the signature it authorises; every other act follows it.
			const floor = a.type === 'signature-authorisation' ? undefined : signature;
			checkDate(file, `${p}.date`, a.date, today, errors, floor);
			checkRefs(file, `${p}.sources`, a.sources);
			a.alternatives?.forEach((alt, j) => {
				checkDate(file, `${p}.alternatives[${j}].date`, alt.date, today, errors, floor);
				checkRefs(file, `${p}.alternatives[${j}].sources`, alt.sources);
			});
			if (treaty && earliest(a.date) > latest(treaty.recordedTo.date)) {
				errors.push({
					file,
					path: `${p}.date`,
					message: 'date is after the data is recorded to (treaty.json recordedTo)',
					expected: `on or before ${treaty.recordedTo.date}, or move recordedTo`,
					got: toIso(a.date)
				});
			}
		});
		errors.push(...checkStateActions(file, s.actions, CONSENT_TYPES));
	}

	const ok = errors.length === 0 && treaty && members && sources;
	return {
		dataset: ok ? { treaty, members, sources, states } : null,
		errors
	};
}
