/**
 * Reads the data directory from disk (server, build and CLI only) and validates it.
 * The pages load the data through here at build time, so a build with invalid data
 * fails instead of publishing a wrong count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from '../data/schema';
import { formatError, validateFiles, type RawFiles, type ValidateOptions } from '../data/validate';

export const DEFAULT_DATA_DIR = 'data';

export class DataDirError extends Error {}

export function readDataDir(dir: string): RawFiles {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new DataDirError(`${dir}: not a data directory (expected a folder with treaty.json)`);
	}
	const files: RawFiles = {};
	for (const name of readdirSync(root)) {
		if (name.endsWith('.json')) files[name] = readFileSync(join(root, name), 'utf8');
	}
	const states = join(root, 'states');
	if (existsSync(states)) {
		for (const name of readdirSync(states)) {
			if (name.endsWith('.json'))
				files[`states/${name}`] = readFileSync(join(states, name), 'utf8');
		}
	}
	return files;
}

/** The validated data set, or an error listing every problem, one per line. */
export function loadDataset(dir: string = DEFAULT_DATA_DIR, options?: ValidateOptions): Dataset {
	const { dataset, errors } = validateFiles(readDataDir(dir), options);
	if (!dataset) {
		throw new DataDirError(
			`Invalid data in ${dir} (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
				errors.map(formatError).join('\n')
		);
	}
	return dataset;
}
