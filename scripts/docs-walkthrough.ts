/**
 * npm run docs:walkthrough
 * docs/DATA.md §8 shows commands and what they print. This runs each ```sh block of that
 * section in order, on a copy of data/ (the blocks' /tmp/practice), and writes what it
 * printed into the output block that follows it, so the walk-through shows exactly what
 * the commands say today. Run it after changing a command or the record.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from '../src/lib/server/write';

const FILE = 'docs/DATA.md';
const START = '## 8. The same with commands';
const END = '## 9. ';

const text = readFileSync(FILE, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END, start);
if (start < 0 || end < 0) throw new Error(`${FILE}: section "${START}" not found`);
const section = text.slice(start, end);

const dir = mkdtempSync(join(tmpdir(), 'cica-walkthrough-'));
const practice = join(dir, 'practice');
const run = (command: string): string => {
	const shell = command.replace(/\\\n\s*/g, ' ').replace(/\/tmp\/practice/g, practice);
	// `npm run -s`: the command's own output, without npm's banner.
	const script = shell
		.replace(/\bnpm run (?!-s)/g, 'npm run -s ')
		.replace(/^cp -r data /, 'cp -r data ');
	try {
		return execFileSync('bash', ['-c', `${script} 2>&1`], { encoding: 'utf8' });
	} catch (err) {
		return (err as { stdout?: string }).stdout ?? String(err);
	}
};

// A ```sh block, then (after prose or not) the next plain ``` block is its output.
const blocks = /```sh\n([\s\S]*?)```\n(\n```\n[\s\S]*?```\n)?/g;
let updated = '';
let last = 0;
try {
	cpSync('data', practice, { recursive: true });
	for (const m of section.matchAll(blocks)) {
		const command = m[1].trim();
		if (command.startsWith('cp -r data')) continue;
		const output = run(command).replaceAll(practice, '/tmp/practice').trimEnd();
		updated += section.slice(last, m.index) + '```sh\n' + m[1] + '```\n';
		updated += m[2] ? `\n\`\`\`\n${output}\n\`\`\`\n` : '';
		last = m.index! + m[0].length;
		console.log(`ran: ${command.split('\n')[0]}`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
updated += section.slice(last);
writeAtomic(FILE, text.slice(0, start) + updated + text.slice(end));
console.log(`wrote ${FILE} §8`);
