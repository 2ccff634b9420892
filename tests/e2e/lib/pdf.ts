/**
 * A PDF read back as a reader's tools see it: poppler's pdftotext (the text of each page,
 * in the order it is drawn) and pdfinfo (the number of pages). npm test's first step
 * installs them (poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

function run(cmd: string, args: string[]): string {
	const r = spawnSync(cmd, args, { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error}`);
	return r.stdout;
}

/** Whitespace as one space, and a word broken at a soft hyphen joined again. */
export function normalise(text: string): string {
	return text
		.replace(/\u00ad\s*/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The text of each page, normalised; pdftotext ends every page with a form feed. */
export function pdfPages(file: string): string[] {
	const pages = run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return pages.map(normalise);
}

/** The number of pages the PDF has, as its own page tree says. */
export function pdfPageCount(file: string): number {
	const pages = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1];
	if (!pages) throw new Error(`pdfinfo gave no page count for ${file}`);
	return Number(pages);
}

/** Where printed PDFs go: test-results/print, kept as CI artifacts beside the screenshots. */
export function printDir(): string {
	const dir = join('test-results', 'print');
	mkdirSync(dir, { recursive: true });
	return dir;
}
