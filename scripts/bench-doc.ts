/**
 * `npm run bench:doc -- BEFORE AFTER`: writes the figures of two benchmark runs (each a
 * bench.json, or the folder holding one, from `npm run bench -- --out DIR`) into
 * docs/PERFORMANCE.md, between its bench:begin and bench:end marks.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { figures, replaceBlock, type BenchFile } from './bench/report';

const DOC = 'docs/PERFORMANCE.md';

function read(path: string): BenchFile {
	const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'bench.json') : path;
	return JSON.parse(readFileSync(file, 'utf8')) as BenchFile;
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
	console.error('usage: npm run bench:doc -- BEFORE AFTER (bench.json files or their folders)');
	process.exitCode = 2;
} else {
	writeFileSync(DOC, replaceBlock(readFileSync(DOC, 'utf8'), figures(read(before), read(after))));
	console.log(`${DOC}: figures written from ${before} and ${after}`);
}
