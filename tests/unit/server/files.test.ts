/**
 * Reading and writing the data folder on disk: what the reader refuses (links out of
 * the folder, files that are not UTF-8), and what the writer guarantees (all files or
 * none, no temporary file left behind).
 */
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
	unlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/data/validate';
import { readDataFiles, validateDir } from '../../../src/lib/server/read-data';
import { removeStaleTemps, writeAll } from '../../../src/lib/server/write';
import { DATA_DIR } from '../../fixtures/paths';

const temps: string[] = [];
function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cica-files-'));
	temps.push(dir);
	cpSync(DATA_DIR, dir, { recursive: true });
	return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('reading the data folder', () => {
	it('refuses a data file that is a link, even to a valid file, and names it', () => {
		const dir = copyOfData();
		const outside = join(dir, '..', `kz-outside-${Date.now()}.json`);
		temps.push(outside);
		cpSync(join(dir, 'states/KZ.json'), outside);
		unlinkSync(join(dir, 'states/KZ.json'));
		symlinkSync(outside, join(dir, 'states/KZ.json'));
		const { files, problems } = readDataFiles(dir);
		expect(files['states/KZ.json']).toBeUndefined();
		expect(problems.map(formatError)).toEqual([
			'states/KZ.json: (file): the file is a symbolic link; data files must be plain files inside the data folder (expected a plain file, got a symbolic link)'
		]);
		// The validator reports the link once, not also as a member without a file.
		const { dataset, errors } = validateDir(dir);
		expect(dataset).toBeNull();
		expect(errors.map((e) => e.file)).toEqual(['states/KZ.json']);
	});

	it('refuses a states folder that is a link', () => {
		const dir = copyOfData();
		const real = join(dir, 'states-real');
		cpSync(join(dir, 'states'), real, { recursive: true });
		rmSync(join(dir, 'states'), { recursive: true });
		symlinkSync(real, join(dir, 'states'));
		const { problems } = readDataFiles(dir);
		expect(problems.map((p) => `${p.file}: ${p.got}`)).toEqual(['states: a symbolic link']);
	});

	it('names a file saved as UTF-16 or Windows-1251 instead of reading gibberish', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, 'states/RU.json'), 'utf8');
		writeFileSync(join(dir, 'states/RU.json'), Buffer.from(`\ufeff${text}`, 'utf16le'));
		writeFileSync(join(dir, 'states/KG.json'), Buffer.from([0x7b, 0xd1, 0xf2, 0x7d]));
		const { errors } = validateDir(dir);
		expect(errors.map(formatError)).toEqual([
			'states/KG.json: (root): the file is not valid UTF-8 text (expected UTF-8 text, got bytes that are not UTF-8)',
			'states/RU.json: (root): the file is encoded as UTF-16 (expected UTF-8 text, got UTF-16)'
		]);
	});

	it('reads a file that starts with a UTF-8 byte-order mark', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, 'states/RU.json'), 'utf8');
		writeFileSync(join(dir, 'states/RU.json'), `\ufeff${text}`);
		expect(validateDir(dir).errors).toEqual([]);
	});
});

describe('writing files', () => {
	it('writes every file, and leaves no temporary file', () => {
		const dir = copyOfData();
		writeAll([
			[join(dir, 'a.txt'), 'A'],
			[join(dir, 'states/b.txt'), 'B']
		]);
		expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A');
		expect(readFileSync(join(dir, 'states/b.txt'), 'utf8')).toBe('B');
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('changes nothing when the disk refuses one of the files', () => {
		const dir = copyOfData();
		const before = readFileSync(join(dir, 'treaty.json'), 'utf8');
		// A folder where the second file should go: its temporary file cannot be created.
		const blocked = join(dir, 'blocked');
		writeFileSync(blocked, 'a file, not a folder');
		expect(() =>
			writeAll([
				[join(dir, 'treaty.json'), 'changed'],
				[join(blocked, 'x.json'), 'x']
			])
		).toThrow(/ENOTDIR|EEXIST/);
		expect(readFileSync(join(dir, 'treaty.json'), 'utf8')).toBe(before);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('removes the temporary files of a writer that died, and only those', () => {
		const dir = copyOfData();
		// The pid of a process that has ended.
		const { pid } = spawnSync(process.execPath, ['-e', '0']);
		const dead = join(dir, `.treaty.json.${pid}.abcd1234.tmp`);
		const mine = join(dir, `.treaty.json.${process.pid}.abcd1234.tmp`);
		writeFileSync(dead, 'half');
		writeFileSync(mine, 'in progress');
		expect(removeStaleTemps([dir])).toEqual([dead]);
		expect(existsSync(dead)).toBe(false);
		expect(existsSync(mine)).toBe(true);
	});
});
