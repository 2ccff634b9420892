/**
 * The editor's side of the disk: the record as it is now (every file's text and a hash
 * of its bytes), and a save that changes nothing unless the files are still as the
 * person read them. The save goes through planChanges, as `npm run record` does: the
 * server checks the change again, whatever the page said, and writes all files or none.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalizedText } from '../../src/lib/data/schema';
import type { DataError, RawFiles } from '../../src/lib/data/validate';
import { planChanges, type FileChange, type Refusal } from '../../src/lib/record/plan';
import { readDataFiles } from '../../src/lib/server/read-data';
import { removeStaleTemps, writeAll, type WriteHooks } from '../../src/lib/server/write';
import { isDataFileName } from './guard';

export interface Snapshot {
	files: RawFiles;
	/** sha-256 of each file's text, by name, readable or not. */
	hashes: Record<string, string>;
	/** Files that are there but cannot be read (links, not UTF-8). */
	unreadable: DataError[];
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export function snapshot(root: string): Snapshot {
	const { files, problems } = readDataFiles(root);
	const hashes: Record<string, string> = {};
	for (const [file, text] of Object.entries(files)) hashes[file] = hash(text);
	for (const p of problems) hashes[p.file] = `unreadable:${p.message}`;
	return { files, hashes, unreadable: problems };
}

export interface SaveRequest {
	/** The hash of every file as the page read it. */
	base: Record<string, string>;
	docs: Record<string, Record<string, unknown>>;
	summaries?: Record<string, LocalizedText>;
}

export type SaveResult =
	| { kind: 'saved'; edits: FileChange[]; record: Snapshot }
	| { kind: 'unchanged'; record: Snapshot }
	/** Files changed on disk since the page read them: their text now (null if gone). */
	| { kind: 'conflict'; changed: { file: string; now: string | null }[]; record: Snapshot }
	| { kind: 'refused'; refusal: Refusal }
	| { kind: 'bad-request'; message: string }
	| { kind: 'disk-error'; message: string };

/** A file inside the data folder, never through a link: its real folder must be the folder's. */
function safePath(root: string, file: string): string | null {
	const path = join(root, file);
	const folder = dirname(path);
	if (!existsSync(folder) || realpathSync(folder) !== folder) return null;
	if (existsSync(path) || lstatSafe(path)) {
		const stat = lstatSafe(path);
		if (!stat || stat.isSymbolicLink() || !stat.isFile()) return null;
	}
	return path;
}

function lstatSafe(path: string) {
	try {
		return lstatSync(path);
	} catch {
		return null;
	}
}

export function save(
	root: string,
	request: SaveRequest,
	options: { today?: string; hooks?: WriteHooks } = {}
): SaveResult {
	if (
		!request ||
		typeof request !== 'object' ||
		typeof request.docs !== 'object' ||
		typeof request.base !== 'object'
	) {
		return { kind: 'bad-request', message: 'expected {base, docs, summaries}' };
	}
	for (const file of Object.keys(request.docs)) {
		if (!isDataFileName(file))
			return { kind: 'bad-request', message: `not a data file: ${JSON.stringify(file)}` };
		const doc = request.docs[file];
		if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
			return { kind: 'bad-request', message: `${file}: expected a JSON object` };
		}
	}
	const now = snapshot(root);
	// Any file changed on disk since it was read refuses the save: the change was
	// checked, previewed and validated against the record the person saw.
	const names = new Set([...Object.keys(request.base), ...Object.keys(now.hashes)]);
	const changed = [...names]
		.filter((f) => request.base[f] !== now.hashes[f])
		.sort()
		.map((file) => ({ file, now: now.files[file] ?? null }));
	if (changed.length) return { kind: 'conflict', changed, record: now };
	if (now.unreadable.length) {
		return {
			kind: 'refused',
			refusal: {
				ok: false,
				message: 'Some data files cannot be read, so nothing was written.',
				lines: now.unreadable.map((p) => `${p.file}: ${p.message}`),
				errors: now.unreadable,
				hints: ['Replace each with a plain UTF-8 file inside the data folder.']
			}
		};
	}
	const outcome = planChanges(
		now.files,
		{ docs: request.docs, summaries: request.summaries },
		{ today: options.today }
	);
	if (!outcome.ok) return { kind: 'refused', refusal: outcome };
	if (!outcome.edits.length) return { kind: 'unchanged', record: now };
	const writes: [string, string][] = [];
	for (const [file, text] of Object.entries(outcome.changes)) {
		const path = safePath(root, file);
		if (!path)
			return { kind: 'bad-request', message: `${file}: not a plain file inside the data folder` };
		writes.push([path, text]);
	}
	try {
		removeStaleTemps([root, join(root, 'states')]);
		writeAll(writes, options.hooks);
	} catch (err) {
		const e = err as NodeJS.ErrnoException;
		return { kind: 'disk-error', message: `${e.code ?? 'error'}: ${e.message}` };
	}
	return { kind: 'saved', edits: outcome.edits, record: snapshot(root) };
}
