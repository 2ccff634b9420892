/**
 * Every change to the record goes through here: the editor's save, `npm run record`
 * and `npm run source` alike. A change is the new document of each file it touches;
 * `planChanges` gives each changed file its next revision and a history line, writes
 * the new document into the file's text so that only what changed changes, and runs
 * the whole data set, with the change, through the same validator as the build. It
 * returns the new texts to write, or a refusal with the validator's own lines. Nothing
 * is written here: the callers write the texts atomically (scripts/lib/write.ts).
 */
import { today as todayOf, type Day } from '../data/dates';
import { parseJsonText, updateJsonText, sameJson } from '../data/json-text';
import { migrate } from '../data/migrate';
import { SCHEMA_VERSION, type Dataset, type LocalizedText } from '../data/schema';
import { formatError, validateFiles, type DataError, type RawFiles } from '../data/validate';
import { proposeSummary } from './summary';

export interface Refusal {
	ok: false;
	/** One sentence: why nothing was written. */
	message: string;
	/** The validator's lines, or the conflicting records. */
	lines: string[];
	/** The validator's problems, for an editor to place next to their fields. */
	errors: DataError[];
	/** What the person can do about it. */
	hints: string[];
	/** The texts the change would have written, for an editor to show beside the problems. */
	planned?: { changes: RawFiles; edits: FileChange[] };
}

export interface FileChange {
	file: string;
	/** `from` is 0 for a file the change creates. */
	revision: { from: number; to: number };
	summary: LocalizedText;
}

export interface Planned {
	ok: true;
	/** The new text of every changed file, in the order to write them. */
	changes: RawFiles;
	/** One entry per changed file, in the same order. */
	edits: FileChange[];
	/** The data set before the change; null when the files were already invalid. */
	before: Dataset | null;
	after: Dataset;
	/** Things the person should look at by hand (notes that may now be out of date). */
	reminders: string[];
}

export type Outcome = Planned | Refusal;

export interface EditOptions {
	/** The day taken as today: the history date and the "not in the future" limit. */
	today?: Day;
}

export interface PlanOptions extends EditOptions {
	/**
	 * The data set the files make, when the caller has it already (the editor plans on
	 * every keystroke; the files on disk do not change meanwhile).
	 */
	before?: Dataset | null;
}

export interface ChangeSet {
	/** The new document of each file to change, in the current format. */
	docs: Record<string, Record<string, unknown>>;
	/** A history line per file; where none is given, one is proposed from the change. */
	summaries?: Record<string, LocalizedText | undefined>;
	/** Reminders to pass on with the plan. */
	reminders?: string[];
}

/** Files are written in this order: recordedTo moves before an action that needs it. */
function writeOrder(file: string): number {
	return ['treaty.json', 'members.json', 'sources.json'].indexOf(file) >>> 0;
}

/** What a file says, leaving out what every save changes by itself (but not what its history lines say). */
function content(doc: Record<string, unknown> | null): unknown {
	if (!doc) return null;
	const { $schema: _s, schemaVersion: _v, revision: _r, history, ...rest } = doc;
	return { ...rest, summaries: summariesOf(history) };
}

function summariesOf(history: unknown): Record<number, unknown> {
	const out: Record<number, unknown> = {};
	if (Array.isArray(history))
		for (const h of history) if (h && typeof h === 'object') out[h.revision] = h.summary;
	return out;
}

/** The file's document in the current format, or null if it cannot be read. */
export function currentDoc(text: string | undefined): Record<string, unknown> | null {
	if (text === undefined) return null;
	const parsed = parseJsonText(text);
	if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return null;
	if (Array.isArray(parsed.value)) return null;
	const migrated = migrate(parsed.value as Record<string, unknown>);
	return migrated.ok ? migrated.doc : null;
}

type History = { revision: number; date: string; summary: LocalizedText }[];

/** Hints for the validator's messages that a person editing the data can act on. */
export function hintsFor(errors: DataError[], today: Day): string[] {
	const hints = new Set<string>();
	for (const e of errors) {
		const m = e.message;
		if (m.includes('after the data is recorded to')) {
			hints.add(
				'If the sources now state the status to that date, move recordedTo in treaty.json with it (npm run record -- --advance-recorded-to, or the editor).'
			);
		} else if (m.includes('needs a note')) {
			hints.add('Add a note saying why there is a second one.');
		} else if (m.includes('without an act of consent')) {
			hints.add(
				'Record the act of consent (ratification, acceptance, approval or accession) first.'
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

/** The data as it is, or why it cannot be edited by a command (the editor can fix it). */
export function validBefore(
	files: RawFiles,
	today: Day
): { dataset: Dataset } | { refusal: Refusal } {
	const { dataset, errors } = validateFiles(files, { today });
	if (dataset) return { dataset };
	return {
		refusal: {
			ok: false,
			message:
				'The data is already invalid before this change; fix it first (npm run validate lists the problems).',
			lines: errors.map(formatError),
			errors,
			hints: []
		}
	};
}

/**
 * Plans a change: for each file whose content differs from what is on disk, the next
 * revision, a history line and the new text; then the whole data set is validated. A
 * document whose content equals the file's (only its format or revision differ) is not
 * a change: saving unchanged data writes nothing.
 */
export function planChanges(files: RawFiles, set: ChangeSet, options: PlanOptions = {}): Outcome {
	const today = options.today ?? todayOf();
	const changes: RawFiles = {};
	const edits: FileChange[] = [];
	for (const file of Object.keys(set.docs).sort(
		(a, b) => writeOrder(a) - writeOrder(b) || a.localeCompare(b)
	)) {
		const doc = set.docs[file];
		const base = currentDoc(files[file]);
		if (base && sameJson(content(base), content(doc))) continue;
		const from = base && typeof base.revision === 'number' ? base.revision : 0;
		// The history's revisions and dates are the file's; only what a line says may be
		// corrected or translated, by giving the same revision another summary.
		const given = summariesOf(doc.history);
		const history = ((base && Array.isArray(base.history) ? base.history : []) as History).map(
			(h) =>
				given[h.revision] !== undefined ? { ...h, summary: given[h.revision] as LocalizedText } : h
		);
		const summary = set.summaries?.[file] ?? proposeSummary(file, base, doc);
		const revision = from + 1;
		// The document's own order of fields; the versioning fields are set, never taken
		// from the caller: a save cannot skip or rewrite history.
		const next: Record<string, unknown> = { ...doc };
		next.schemaVersion = SCHEMA_VERSION;
		next.revision = revision;
		next.history = [...history, { revision, date: today, summary }];
		changes[file] =
			files[file] === undefined
				? `${JSON.stringify(next, null, 2)}\n`
				: updateJsonText(files[file], next);
		edits.push({ file, revision: { from, to: revision }, summary });
	}
	const before =
		options.before !== undefined ? options.before : validateFiles(files, { today }).dataset;
	const { dataset: after, errors } = validateFiles({ ...files, ...changes }, { today });
	if (!after) {
		return {
			ok: false,
			message: 'The data would not be valid with this change, so nothing was written.',
			lines: errors.map(formatError),
			errors,
			hints: hintsFor(errors, today),
			planned: { changes, edits }
		};
	}
	return { ok: true, changes, edits, before, after, reminders: set.reminders ?? [] };
}
