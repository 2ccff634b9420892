/**
 * A small, strict argument parser for the command-line tools: unknown flags and
 * missing values are usage errors (exit status 2), never silently ignored.
 */
import { DataDirError, loadData, type LoadedData } from '../../src/lib/server/read-data';

export class UsageError extends Error {}

export interface FlagSpec {
	/** Flags that take a value, e.g. "--data". */
	values: string[];
	/** Flags that are on or off, e.g. "--json". */
	switches?: string[];
}

export function parseArgs(argv: string[], spec: FlagSpec) {
	const values: Record<string, string> = {};
	const switches = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const [flag, inline] = arg.split(/=(.*)/s, 2);
		if (spec.switches?.includes(flag)) {
			switches.add(flag);
		} else if (spec.values.includes(flag)) {
			const value = inline ?? argv[++i];
			if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
				throw new UsageError(`${flag} needs a value`);
			}
			values[flag] = value;
		} else {
			const known = [...spec.values, ...(spec.switches ?? [])].join(', ');
			throw new UsageError(`unknown option ${flag} (expected one of: ${known})`);
		}
	}
	return { values, switches, positional };
}

/** Runs a CLI body, mapping usage errors to exit 2 and other errors to exit 1. */
export async function runCli(usage: string, body: () => Promise<number> | number) {
	try {
		process.exitCode = await body();
	} catch (err) {
		if (err instanceof UsageError) {
			console.error(`error: ${err.message}\n\n${usage}`);
			process.exitCode = 2;
		} else {
			console.error(err instanceof Error ? err.message : String(err));
			process.exitCode = 1;
		}
	}
}

/**
 * The data folder named by --data, loaded: a folder that is not a data folder is a usage
 * error (exit 2); a data folder with bad files throws as loadData does (exit 1).
 */
export function loadDataFlag(dir: string): LoadedData {
	try {
		return loadData(dir);
	} catch (err) {
		if (err instanceof DataDirError && err.message.includes('not a data directory')) {
			throw new UsageError(`--data: ${err.message}`);
		}
		throw err;
	}
}
