/**
 * The editor's state: the record as read from disk, the person's working copy of every
 * file, and what follows from them on every change: the plan (planChanges, the same
 * function the server saves with), its problems, the files that would change. One
 * instance for the page; components read it and call its methods.
 */
import { today as todayOf } from '$lib/data/dates';
import type { Dataset, LocalizedText } from '$lib/data/schema';
import { validateFiles, type DataError } from '$lib/data/validate';
import { currentDoc, planChanges, type FileChange, type Outcome } from '$lib/record/plan';
import { fetchRecord, postSave, type RecordSnapshot } from './api';
import { draftKey, readDraft, restoreDraft, writeDraft, type Restored } from './draft';
import { errorsAt, fieldId, viewHash, viewOfHash, type View } from './paths';

type Doc = Record<string, unknown>;

export type Notice =
	| { kind: 'saved'; edits: FileChange[] }
	| { kind: 'unchanged' }
	| { kind: 'disk-error'; message: string }
	| { kind: 'refused'; message: string; lines: string[] }
	| { kind: 'error'; message: string };

export interface Conflict {
	/** Files changed on disk since they were read: the text read, and the text now. */
	files: { file: string; then: string | null; now: string | null }[];
}

export interface Dropped {
	/** Edits that could not be kept because the file changed on disk meanwhile. */
	files: { file: string; then: string | null; doc: Doc }[];
	why: 'conflict' | 'draft';
}

function docsOf(record: RecordSnapshot): Record<string, Doc> {
	const docs: Record<string, Doc> = {};
	for (const [file, text] of Object.entries(record.files)) {
		const doc = currentDoc(text);
		if (doc) docs[file] = doc;
	}
	return docs;
}

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class Editor {
	record = $state.raw<RecordSnapshot | null>(null);
	docs = $state<Record<string, Doc>>({});
	/** History lines typed by the person, per file; the others are proposed. */
	summaries = $state<Record<string, LocalizedText>>({});
	view = $state<View>({ kind: 'home' });
	/** Fields the person has been in: their problems show next to them. */
	touched = $state<Record<string, true>>({});
	/** After a first try to save, every problem shows next to its field. */
	attempted = $state(false);
	notice = $state<Notice | null>(null);
	conflict = $state<Conflict | null>(null);
	dropped = $state<Dropped | null>(null);
	restored = $state<Restored | null>(null);
	saving = $state(false);
	loadError = $state<string | null>(null);

	today = $derived(this.record?.today ?? todayOf());
	/** The record on disk as a data set (null when it is invalid), computed once per read. */
	before = $derived.by<Dataset | null>(() =>
		this.record ? validateFiles(this.record.files, { today: this.today }).dataset : null
	);
	outcome = $derived.by<Outcome | null>(() => {
		if (!this.record) return null;
		return planChanges(
			this.record.files,
			{ docs: $state.snapshot(this.docs), summaries: $state.snapshot(this.summaries) },
			{ today: this.today, before: this.before }
		);
	});
	errors = $derived.by<DataError[]>(() => {
		const own = this.outcome && !this.outcome.ok ? this.outcome.errors : [];
		const unreadable = this.record?.unreadable ?? [];
		// The validator lists unreadable files only when told of them: add them once.
		return [...unreadable, ...own.filter((e) => !unreadable.some((u) => u.file === e.file))];
	});
	edits = $derived.by<FileChange[]>(() => {
		const o = this.outcome;
		return o ? (o.ok ? o.edits : (o.planned?.edits ?? [])) : [];
	});
	changes = $derived.by<Record<string, string>>(() => {
		const o = this.outcome;
		return o ? (o.ok ? o.changes : (o.planned?.changes ?? {})) : {};
	});
	dirty = $derived(this.edits.length > 0);

	/* ------------------------------------------------------------ reading */

	async load() {
		try {
			const record = await fetchRecord();
			this.record = record;
			this.docs = docsOf(record);
			this.summaries = {};
			const restored = restoreDraft(readDraft(draftKey(record.folderId)), record.hashes);
			if (restored) {
				for (const [file, doc] of Object.entries(restored.docs)) this.docs[file] = doc;
				this.summaries = restored.summaries;
				if (restored.stale.length) {
					this.dropped = {
						why: 'draft',
						files: restored.stale
					};
				}
				this.restored = Object.keys(restored.docs).length ? restored : null;
			}
		} catch (err) {
			this.loadError = err instanceof Error ? err.message : String(err);
		}
	}

	/** The file's document as the person is editing it. */
	doc(file: string): Doc | undefined {
		return this.docs[file];
	}

	/** Whether the person has changed a file (its content, not only its format). */
	changed(file: string): boolean {
		return this.edits.some((e) => e.file === file);
	}

	errorCount(file: string): number {
		return this.errors.filter((e) => e.file === file).length;
	}

	/* ------------------------------------------------------------ fields */

	/** A field's id and the problems to show next to it now. */
	field(file: string, path: string) {
		const id = fieldId(file, path);
		const all = errorsAt(this.errors, file, path);
		const shown = this.attempted || this.touched[id] ? all : [];
		return { id, errors: shown, errorId: `${id}-error` };
	}

	touch(id: string) {
		if (!this.touched[id]) this.touched[id] = true;
	}

	/* ------------------------------------------------------------ navigation */

	go(view: View) {
		this.view = view;
		if (location.hash !== viewHash(view)) history.pushState(null, '', viewHash(view));
	}

	followHash() {
		this.view = viewOfHash(location.hash);
	}

	/* ------------------------------------------------------------ drafts */

	/** Keeps the changed documents in the browser's storage, or clears them. */
	keepDraft() {
		if (!this.record) return;
		const files = this.edits.map((e) => e.file);
		const key = draftKey(this.record.folderId);
		if (!files.length) return writeDraft(key, null);
		const docs = $state.snapshot(this.docs);
		writeDraft(key, {
			version: 1,
			savedAt: new Date().toISOString(),
			base: Object.fromEntries(files.map((f) => [f, this.record!.hashes[f] ?? ''])),
			texts: Object.fromEntries(files.map((f) => [f, this.record!.files[f] ?? ''])),
			docs: Object.fromEntries(files.map((f) => [f, docs[f]])),
			summaries: Object.fromEntries(
				files.filter((f) => this.summaries[f]).map((f) => [f, $state.snapshot(this.summaries[f])])
			)
		});
	}

	/* ------------------------------------------------------------ saving */

	/** Undoes every unsaved change. */
	discard() {
		if (!this.record) return;
		this.docs = docsOf(this.record);
		this.summaries = {};
		this.touched = {};
		this.attempted = false;
		this.restored = null;
		this.keepDraft();
	}

	async save(): Promise<boolean> {
		if (!this.record || this.saving) return false;
		this.attempted = true;
		this.notice = null;
		if (this.errors.length || !this.dirty) return false;
		const files = this.edits.map((e) => e.file);
		const docs = $state.snapshot(this.docs);
		this.saving = true;
		try {
			const result = await postSave({
				base: this.record.hashes,
				docs: Object.fromEntries(files.map((f) => [f, docs[f]])),
				summaries: Object.fromEntries(
					files.filter((f) => this.summaries[f]).map((f) => [f, $state.snapshot(this.summaries[f])])
				)
			});
			if (result.kind === 'saved') {
				this.record = { ...this.record, ...result.record };
				this.docs = docsOf(this.record);
				this.summaries = {};
				this.touched = {};
				this.attempted = false;
				this.conflict = null;
				this.restored = null;
				this.notice = { kind: 'saved', edits: result.edits };
				this.keepDraft();
				return true;
			}
			if (result.kind === 'conflict') {
				this.conflict = {
					files: result.changed.map(({ file, now }) => ({
						file,
						then: this.record!.files[file] ?? null,
						now
					}))
				};
			} else if (result.kind === 'refused') {
				this.notice = {
					kind: 'refused',
					message: result.refusal.message,
					lines: result.refusal.lines
				};
			} else if (result.kind === 'disk-error') {
				this.notice = { kind: 'disk-error', message: result.message };
			} else if (result.kind === 'unchanged') {
				this.notice = { kind: 'unchanged' };
			} else {
				this.notice = { kind: 'error', message: result.message };
			}
		} catch (err) {
			// The server may have stopped: nothing is known to be saved, the form keeps all.
			this.notice = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
		} finally {
			this.saving = false;
		}
		return false;
	}

	/**
	 * Reads the record again after a conflict. Edits to files that did not change on disk
	 * are kept; edits to files that did are set aside and shown, never saved over the
	 * other change.
	 */
	async reload() {
		if (!this.record) return;
		const old = this.record;
		const mine = $state.snapshot(this.docs);
		const edited = this.edits.map((e) => e.file);
		const record = await fetchRecord();
		const fresh = docsOf(record);
		const lost: Dropped['files'] = [];
		for (const file of edited) {
			if (old.hashes[file] === record.hashes[file]) fresh[file] = mine[file];
			else lost.push({ file, then: old.files[file] ?? null, doc: mine[file] });
		}
		this.record = record;
		this.docs = fresh;
		for (const { file } of lost) delete this.summaries[file];
		this.conflict = null;
		this.dropped = lost.length ? { why: 'conflict', files: lost } : null;
		this.keepDraft();
	}

	/**
	 * Moves "recorded to" forward to `day`, when an act is dated after it: the person then
	 * cites the source that states the status at that date.
	 */
	advanceRecordedTo(day: string) {
		const treaty = this.docs['treaty.json'] as { recordedTo?: { date: string } } | undefined;
		if (treaty?.recordedTo) treaty.recordedTo.date = day > this.today ? this.today : day;
	}

	/** The unchanged document of a file as read from disk, for comparisons. */
	diskDoc(file: string): Doc | null {
		return this.record ? currentDoc(this.record.files[file]) : null;
	}

	isEdited(file: string, path: (doc: Doc) => unknown): boolean {
		const now = this.docs[file];
		const disk = this.diskDoc(file);
		return !!now && !!disk && !isSame(path(now), path(disk));
	}
}

export const editor = new Editor();
