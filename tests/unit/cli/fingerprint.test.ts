/**
 * npm run fingerprint: what a reader holding the repository runs to tie a printed status
 * to a data set, and to find the commit it came from (npm run status prints the same
 * fingerprint: cli.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/server/read-data';
import { dataRevision } from '../../../src/lib/status/report';
import { dataHistory, matchesFingerprint } from '../../../scripts/lib/git-data';
import { DATA_DIR } from '../../fixtures/paths';
import { runScript } from '../../helpers/scripts';

const SLOW = 30_000;

let repo: string;
/** The fingerprints of the two commits of the temporary repository, oldest first. */
let first: string;
let second: string;

const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

beforeAll(() => {
	// A repository with the frozen record, then a commit that corrects KZ's file, then a
	// commit that only re-indents it (the same data set again).
	repo = mkdtempSync(join(tmpdir(), 'cica-fp-'));
	cpSync(DATA_DIR, join(repo, 'data'), { recursive: true });
	git('init', '-q');
	git('config', 'user.email', 'tests@example.org');
	git('config', 'user.name', 'Tests');
	git('add', '.');
	git('commit', '-q', '-m', 'The record');
	first = loadData(join(repo, 'data')).fingerprint.short;
	const kz = join(repo, 'data', 'states', 'KZ.json');
	const doc = JSON.parse(readFileSync(kz, 'utf8'));
	doc.actions[0].note = 'A corrected note.';
	writeFileSync(kz, JSON.stringify(doc, null, 2));
	git('commit', '-q', '-am', 'A correction');
	second = loadData(join(repo, 'data')).fingerprint.short;
	writeFileSync(kz, JSON.stringify(doc, null, 4));
	git('commit', '-q', '-am', 'Reformatted');
});
afterAll(() => {
	if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('npm run fingerprint', () => {
	it.concurrent(
		'prints the data folder’s fingerprint, its SHA-256 and its revision',
		async () => {
			const { dataset, fingerprint } = loadData(DATA_DIR);
			const r = await runScript('fingerprint', ['--data', DATA_DIR]);
			expect(r.code).toBe(0);
			const { number, date } = dataRevision(dataset);
			expect(r.stdout).toBe(
				`fingerprint ${fingerprint.short}\nsha256      ${fingerprint.sha256}\nrevision    ${number} of ${date}\n`
			);
		},
		SLOW
	);

	it.concurrent(
		'--check says whether a printed fingerprint is the data folder’s (exit 0 or 1)',
		async () => {
			const { fingerprint } = loadData(DATA_DIR);
			const other = (fingerprint.short[0] === '0' ? '1' : '0') + fingerprint.short.slice(1);
			const [same, differs, bad] = await Promise.all([
				runScript('fingerprint', ['--data', DATA_DIR, '--check', fingerprint.short]),
				runScript('fingerprint', ['--data', DATA_DIR, '--check', other]),
				runScript('fingerprint', ['--data', DATA_DIR, '--check', '6b2e'])
			]);
			expect([same.code, differs.code, bad.code]).toEqual([0, 1, 2]);
			expect(same.stdout).toContain(`matches ${fingerprint.short}`);
			expect(differs.stdout).toContain(`its fingerprint is ${fingerprint.short}`);
			expect(bad.stderr).toContain('expected 12 to 64 hexadecimal digits');
		},
		SLOW
	);

	it.concurrent(
		'--find names the commits whose data set has the fingerprint',
		async () => {
			const [found, none] = await Promise.all([
				runScript('fingerprint', ['--find', second], repo),
				runScript('fingerprint', ['--find', 'abcdefabcdef'], repo)
			]);
			expect(found.code).toBe(0);
			// The correction and the reformatting hold the same data set; the first commit not.
			expect(
				found.stdout
					.trim()
					.split('\n')
					.map((l) => l.split(/ {2}/)[3])
			).toEqual(['Reformatted', 'A correction']);
			expect(none.code).toBe(1);
			expect(none.stdout).toContain("No commit's data/ has the fingerprint abcdefabcdef");
		},
		SLOW
	);
});

describe('dataHistory', () => {
	it('gives each commit that changed the data its fingerprint, newest first', () => {
		const history = dataHistory(repo);
		expect(history.map((c) => [c.subject, c.fingerprint.short])).toEqual([
			['Reformatted', second],
			['A correction', second],
			['The record', first]
		]);
		expect(first).not.toBe(second);
		expect(history[0].commit).toBe(git('rev-parse', 'HEAD'));
	});

	it('matches a printed fingerprint of 12 digits or more, in any case, and nothing shorter', () => {
		const fp = loadData(DATA_DIR).fingerprint;
		expect(matchesFingerprint(fp.short, fp)).toBe(true);
		expect(matchesFingerprint(` ${fp.sha256.toUpperCase()} `, fp)).toBe(true);
		expect(matchesFingerprint(fp.short.slice(0, 11), fp)).toBe(false);
		expect(matchesFingerprint(fp.short.slice(0, 11) + 'g', fp)).toBe(false);
	});
});
