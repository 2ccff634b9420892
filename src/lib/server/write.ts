/**
 * Writing files so that a reader, a crash or a full disk never leaves half a file: each
 * file is written to a temporary file beside it, flushed, then renamed over it. Several
 * files are written in two phases, every temporary file first and then every rename, so
 * a refusal by the disk (no space, no permission) changes nothing at all. A process
 * killed between the phases leaves temporary files, never a mixed file: the next writer
 * removes them (removeStaleTemps).
 */
import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	renameSync,
	rmSync,
	writeSync
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** ".KZ.json.<pid>.<random>.tmp": hidden, ignored by git (*.tmp) and by the data reader. */
const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/;

function tempPath(path: string): string {
	return join(
		dirname(path),
		`.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
	);
}

function writeFlushed(path: string, content: string) {
	const fd = openSync(path, 'wx', 0o644);
	try {
		writeSync(fd, content);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/**
 * Test seams: `beforeEach` runs before each temporary file is written (a test makes the
 * disk refuse there), `afterTemps` between the two phases (a test kills the process).
 */
export interface WriteHooks {
	beforeEach?: (path: string) => void;
	afterTemps?: (temps: string[]) => void;
}

/**
 * Writes every file, or none: all temporary files are written and flushed before the
 * first rename. Files are renamed in the order given.
 */
export function writeAll(files: [path: string, content: string][], hooks: WriteHooks = {}) {
	const temps: [string, string][] = [];
	try {
		for (const [path, content] of files) {
			hooks.beforeEach?.(path);
			mkdirSync(dirname(path), { recursive: true });
			const tmp = tempPath(path);
			temps.push([tmp, path]);
			writeFlushed(tmp, content);
		}
		hooks.afterTemps?.(temps.map(([tmp]) => tmp));
	} catch (err) {
		for (const [tmp] of temps) rmSync(tmp, { force: true });
		throw err;
	}
	for (const [tmp, path] of temps) renameSync(tmp, path);
}

export function writeAtomic(path: string, content: string) {
	writeAll([[path, content]]);
}

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Removes temporary files left in `dirs` by writers that no longer run; returns them. */
export function removeStaleTemps(dirs: string[]): string[] {
	const removed: string[] = [];
	for (const dir of dirs) {
		let names: string[];
		try {
			names = readdirSync(dir);
		} catch {
			continue;
		}
		for (const name of names) {
			const m = TEMP.exec(name);
			if (m && !alive(Number(m[2]))) {
				rmSync(join(dir, name), { force: true });
				removed.push(join(dir, name));
			}
		}
	}
	return removed;
}
