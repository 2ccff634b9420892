/**
 * Reads the data directory from disk (server, build, commands and the editor) and
 * validates it. The pages load the data through here at build time, so a build with
 * invalid data fails instead of publishing a wrong count. A file that cannot be read as
 * a data file (a symbolic link, not UTF-8, too large) is reported by name like any other
 * problem, never followed or half-read.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeJsonBytes } from '../data/json-text';
import { dataFingerprint, type Fingerprint } from '../data/fingerprint';
import type { Dataset } from '../data/schema';
import {
	formatError,
	validateFiles,
	type DataError,
	type RawFiles,
	type ValidateOptions
} from '../data/validate';

export const DEFAULT_DATA_DIR = 'data';

export class DataDirError extends Error {}

export interface DataFiles {
	/** The readable files' text, keyed by path relative to the data directory. */
	files: RawFiles;
	/** The files that are there but cannot be read as data files, and why. */
	problems: DataError[];
}

/** The data directory's real path, or an error naming what was expected. */
export function dataRoot(dir: string): string {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new DataDirError(`${dir}: not a data directory (expected a folder with treaty.json)`);
	}
	return realpathSync(root);
}

/** The .json files of the data directory and of its states/ folder, as relative paths. */
function candidates(root: string, problems: DataError[]): string[] {
	const out = readdirSync(root)
		.filter((name) => name.endsWith('.json'))
		.sort();
	const states = join(root, 'states');
	if (existsSync(states) || lstatSafe(states)) {
		if (!lstatSafe(states)?.isDirectory()) {
			problems.push({
				file: 'states',
				path: '(file)',
				message: 'states is a symbolic link or not a folder',
				expected: 'a folder inside the data directory',
				got: lstatSafe(states)?.isSymbolicLink() ? 'a symbolic link' : 'a file'
			});
		} else {
			for (const name of readdirSync(states).sort()) {
				if (name.endsWith('.json')) out.push(`states/${name}`);
			}
		}
	}
	return out;
}

function lstatSafe(path: string) {
	try {
		return lstatSync(path);
	} catch {
		return null;
	}
}

/**
 * Every data file's text. A symbolic link is refused rather than followed: a data file
 * linked to somewhere outside the folder would otherwise be read, and written through.
 */
export function readDataFiles(dir: string): DataFiles {
	const root = dataRoot(dir);
	const files: RawFiles = {};
	const problems: DataError[] = [];
	for (const file of candidates(root, problems)) {
		const path = join(root, file);
		const stat = lstatSync(path);
		if (stat.isSymbolicLink() || !stat.isFile()) {
			problems.push({
				file,
				path: '(file)',
				message: stat.isSymbolicLink()
					? 'the file is a symbolic link; data files must be plain files inside the data folder'
					: 'not a file',
				expected: 'a plain file',
				got: stat.isSymbolicLink() ? 'a symbolic link' : 'a folder'
			});
			continue;
		}
		const decoded = decodeJsonBytes(readFileSync(path));
		if (decoded.ok) files[file] = decoded.text;
		else {
			const { where, ...rest } = decoded.problem;
			problems.push({ file, path: where, ...rest });
		}
	}
	return { files, problems };
}

/**
 * The readable data files' text; throws, naming every file, if any cannot be read.
 * Commands that only read use this; the validator reports the same through loadDataset.
 */
export function readDataDir(dir: string): RawFiles {
	const { files, problems } = readDataFiles(dir);
	if (problems.length) {
		throw new DataDirError(`Unreadable files in ${dir}:\n` + problems.map(formatError).join('\n'));
	}
	return files;
}

/** Every problem in the data directory, unreadable files included, one line each. */
export function validateDir(dir: string, options?: ValidateOptions) {
	const { files, problems } = readDataFiles(dir);
	return validateFiles(files, { ...options, unreadable: problems });
}

/** A validated data set with the fingerprint of the files it was read from. */
export interface LoadedData {
	dataset: Dataset;
	/** Of the same bytes the data set was validated from (data/fingerprint.ts). */
	fingerprint: Fingerprint;
}

/** The validated data set and its fingerprint, or an error listing every problem, one per line. */
export function loadData(dir: string = DEFAULT_DATA_DIR, options?: ValidateOptions): LoadedData {
	const { files, problems } = readDataFiles(dir);
	const { dataset, errors } = validateFiles(files, { ...options, unreadable: problems });
	if (!dataset) {
		throw new DataDirError(
			`Invalid data in ${dir} (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
				errors.map(formatError).join('\n')
		);
	}
	return { dataset, fingerprint: dataFingerprint(files) };
}

/** The validated data set, or an error listing every problem, one per line. */
export function loadDataset(dir: string = DEFAULT_DATA_DIR, options?: ValidateOptions): Dataset {
	return loadData(dir, options).dataset;
}
