/**
 * The Nu Html Checker (vnu.jar, from the vnu-jar package), run with the system's Java on
 * files: the errors it reports, each with its file and line. Java comes from `npm test`'s
 * first step (scripts/test-env.ts); without it this throws, so the test fails rather than
 * passing unchecked.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

export interface VnuMessage {
	file: string;
	line: number;
	message: string;
	extract: string;
}

interface Raw {
	type: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

export function vnuErrors(files: string[]): VnuMessage[] {
	const run = spawnSync('java', ['-jar', JAR, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (run.error || run.status === null || run.status > 1) {
		throw new Error(
			`vnu.jar did not run (${run.error?.message ?? `status ${run.status}`}): ` +
				`is Java 11+ installed? (npm run test:env)\n${run.stderr ?? ''}`
		);
	}
	// The report is JSON on stderr; exit status 1 means "errors found".
	const report = JSON.parse(run.stderr) as { messages: Raw[] };
	return report.messages
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.map((m) => ({
			file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?'),
			line: m.lastLine ?? 0,
			message: m.message,
			extract: (m.extract ?? '').replace(/\s+/g, ' ').trim()
		}));
}
