/**
 * The page's calls to its server. Each carries this run's token, which the server put in
 * the page; the server refuses any call without it (scripts/editor/guard.ts).
 */
import type { LocalizedText } from '$lib/data/schema';
import type { DataError, RawFiles } from '$lib/data/validate';
import type { FileChange, Refusal } from '$lib/record/plan';

export interface RecordSnapshot {
	files: RawFiles;
	hashes: Record<string, string>;
	unreadable: DataError[];
	today: string;
	/** The data folder as the command was given it, and an id for it. */
	folder: string;
	folderId: string;
}

export type SaveResponse =
	| {
			kind: 'saved';
			edits: FileChange[];
			record: Omit<RecordSnapshot, 'today' | 'folder' | 'folderId'>;
	  }
	| { kind: 'unchanged' }
	| { kind: 'conflict'; changed: { file: string; now: string | null }[] }
	| { kind: 'refused'; refusal: Refusal }
	| { kind: 'bad-request'; message: string }
	| { kind: 'disk-error'; message: string };

function token(): string {
	return document.querySelector('meta[name="editor-token"]')?.getAttribute('content') ?? '';
}

export async function fetchRecord(): Promise<RecordSnapshot> {
	const res = await fetch('/api/record', { headers: { 'x-editor-token': token() } });
	if (!res.ok) throw new Error(`${res.status}: ${await res.text()}`);
	return res.json();
}

export async function postSave(body: {
	base: Record<string, string>;
	docs: Record<string, unknown>;
	summaries: Record<string, LocalizedText>;
}): Promise<SaveResponse> {
	const res = await fetch('/api/save', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-editor-token': token() },
		body: JSON.stringify(body)
	});
	const type = res.headers.get('content-type') ?? '';
	if (!type.startsWith('application/json')) {
		return { kind: 'disk-error', message: `${res.status}: ${await res.text()}` };
	}
	return res.json();
}
