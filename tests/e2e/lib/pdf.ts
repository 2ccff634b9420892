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

/**
 * Whitespace as one space, and a word broken at a soft hyphen joined again: the string
 * has U+00AD, and pdftotext gives the break as U+2010 at the end of the line.
 */
export function normalise(text: string): string {
	return text
		.replace(/\u00ad\s*|\u2010\s+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The text of each page, normalised; pdftotext ends every page with a form feed. Left to
 * right, in the order it is drawn (-raw: a table row by row); right to left, in poppler's
 * reading order, which keeps an Arabic word's letters together where -raw splits them at
 * each vowel mark.
 */
export function pdfPages(file: string, dir: 'ltr' | 'rtl' = 'ltr'): string[] {
	const mode = dir === 'ltr' ? ['-raw'] : [];
	const pages = run('pdftotext', [...mode, '-enc', 'UTF-8', file, '-']).split('\f');
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

/**
 * Text as the print test compares it: normalised, then without spaces or direction marks.
 * pdftotext breaks Chinese lines between any two characters and leaves a space there, and
 * the PDF holds none of the isolates the catalogue puts around values on Arabic pages.
 */
export function flat(text: string): string {
	return normalise(text).replace(/[\s\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * Arabic as pdftotext gives it back is not the text that was printed: runs come in the
 * order they are drawn (right to left, numbers and quotation marks apart), a ligature comes back as its letters
 * in drawing order (lam-alef as "ال", "لى" as "ىل"), and some letters as a look-alike.
 * What survives is each word's other letters: the skeleton compared on Arabic pages.
 */
function skeleton(text: string): string {
	return flat(text).replace(/[\u064b-\u065f\u0670\u0640\u0621-\u0627\u0644\u0649\u064a]/g, '');
}

/**
 * Whether a sheet's text (pdfPages) reads `expected`: as one string on left-to-right
 * pages; on right-to-left pages, every word of it, each by its skeleton, in any order.
 */
export function reads(sheet: string, expected: string, dir: 'ltr' | 'rtl'): boolean {
	if (dir === 'ltr') return flat(sheet).includes(flat(expected));
	const text = skeleton(sheet);
	const words = normalise(expected)
		.split(/[\s·:;,،()/«»"]+/)
		.map(skeleton)
		.filter(Boolean);
	return words.length > 0 && words.every((word) => text.includes(word));
}
