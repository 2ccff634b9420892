/**
 * The data folder as each commit of a git repository holds it: for `npm run fingerprint
 * -- --find`, which names the commits whose data set has a given fingerprint. Reads git's
 * objects through one `git cat-file --batch`, so the history costs one process, not one
 * per file and commit.
 */
import { execFileSync } from 'node:child_process';
import { dataFingerprint, type Fingerprint } from '../../src/lib/data/fingerprint';

export interface DataCommit {
	commit: string;
	/** The commit's date, YYYY-MM-DD (committer's). */
	date: string;
	subject: string;
	fingerprint: Fingerprint;
}

const git = (cwd: string, args: string[], input?: Buffer | string) =>
	execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30 });

/** The files the validator reads (data/*.json, data/states/*.json), as git names them. */
const DATA_FILE = (folder: string) =>
	new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?:states/)?[^/]+\\.json$`);

/** Each blob's text, by object id, read in one batch. */
function blobs(cwd: string, ids: string[]): Map<string, string> {
	const out = new Map<string, string>();
	if (ids.length === 0) return out;
	const bytes = git(cwd, ['cat-file', '--batch'], ids.join('\n') + '\n');
	let at = 0;
	while (at < bytes.length) {
		const eol = bytes.indexOf(0x0a, at);
		const [id, type, size] = bytes.subarray(at, eol).toString('utf8').split(' ');
		if (type !== 'blob') throw new Error(`git object ${id} is not a file (${type})`);
		const start = eol + 1;
		out.set(id, bytes.subarray(start, start + Number(size)).toString('utf8'));
		at = start + Number(size) + 1;
	}
	return out;
}

/**
 * Every commit reachable from `rev` that changed the data folder, newest first, with
 * the fingerprint of its data set. `folder` is the data folder's path in the repository.
 */
export function dataHistory(cwd: string, folder = 'data', rev = 'HEAD'): DataCommit[] {
	const log = git(cwd, ['log', '--format=%H%x09%cs%x09%s', rev, '--', folder])
		.toString('utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [commit, date, ...subject] = line.split('\t');
			return { commit, date, subject: subject.join('\t') };
		});
	const pattern = DATA_FILE(folder);
	const trees = log.map(({ commit }) =>
		git(cwd, ['ls-tree', '-r', commit, '--', `${folder}/`])
			.toString('utf8')
			.split('\n')
			.filter(Boolean)
			.map((line) => {
				const [meta, path] = line.split('\t');
				return { id: meta.split(' ')[2], path };
			})
			.filter((f) => pattern.test(f.path))
	);
	const texts = blobs(cwd, [...new Set(trees.flat().map((f) => f.id))]);
	return log.map((entry, i) => {
		const files: Record<string, string> = {};
		for (const f of trees[i]) files[f.path.slice(folder.length + 1)] = texts.get(f.id)!;
		return { ...entry, fingerprint: dataFingerprint(files) };
	});
}

/** Whether a fingerprint as printed (12 or more hexadecimal digits, any case) is this one. */
export function matchesFingerprint(printed: string, fingerprint: Fingerprint): boolean {
	const hex = printed.trim().toLowerCase();
	return /^[0-9a-f]{12,64}$/.test(hex) && fingerprint.sha256.startsWith(hex);
}
