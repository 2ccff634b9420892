/**
 * Unsaved changes survive a closed tab: the changed documents are kept in the
 * browser's storage with the hash of each file as it was read. When the editor opens
 * again, a drafted file that is still as it was gets the draft back; one that changed on
 * disk meanwhile does not (that would overwrite someone else's change): the person sees
 * both and redoes the edit.
 */
import type { LocalizedText } from '$lib/data/schema';

type Doc = Record<string, unknown>;

export interface Draft {
	version: 1;
	/** When the draft was last written (ISO time). */
	savedAt: string;
	/** The hash of each drafted file as it was read, and its text then. */
	base: Record<string, string>;
	texts: Record<string, string>;
	docs: Record<string, Doc>;
	summaries: Record<string, LocalizedText>;
}

export interface Restored {
	docs: Record<string, Doc>;
	summaries: Record<string, LocalizedText>;
	/** Drafted files that changed on disk since: not restored. */
	stale: { file: string; doc: Doc; then: string | null }[];
	savedAt: string;
}

export function restoreDraft(draft: unknown, hashes: Record<string, string>): Restored | null {
	const d = draft as Draft;
	if (!d || d.version !== 1 || typeof d.docs !== 'object' || typeof d.base !== 'object')
		return null;
	const out: Restored = { docs: {}, summaries: {}, stale: [], savedAt: String(d.savedAt) };
	for (const [file, doc] of Object.entries(d.docs)) {
		if (d.base[file] && d.base[file] === hashes[file]) {
			out.docs[file] = doc;
			if (d.summaries?.[file]) out.summaries[file] = d.summaries[file];
		} else out.stale.push({ file, doc, then: d.texts?.[file] ?? null });
	}
	return Object.keys(out.docs).length || out.stale.length ? out : null;
}

export function draftKey(folderId: string): string {
	return `cica-editor-draft:${folderId}`;
}

/** The browser's storage may be full or refused: a draft is a help, never a failure. */
export function writeDraft(key: string, draft: Draft | null) {
	try {
		if (draft) localStorage.setItem(key, JSON.stringify(draft));
		else localStorage.removeItem(key);
	} catch {
		// Nothing to do: the form still holds the changes.
	}
}

export function readDraft(key: string): unknown {
	try {
		const text = localStorage.getItem(key);
		return text ? JSON.parse(text) : null;
	} catch {
		return null;
	}
}
