/**
 * The commands as a user runs them: a child process each (node + tsx), from the project
 * root. Each spawn costs about half a second, so test files keep them few.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../fixtures/paths';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * `npm run <script> -- <args>`, without npm: scripts/<script>.ts with its arguments, run
 * from the project root or from `cwd` (another repository, for `fingerprint --find`).
 */
export function runScript(script: string, args: string[] = [], cwd = ROOT): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[TSX, join(ROOT, 'scripts', `${script}.ts`), ...args],
			{ cwd },
			(err, stdout, stderr) => {
				const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
				resolve({ code, stdout, stderr });
			}
		);
	});
}
