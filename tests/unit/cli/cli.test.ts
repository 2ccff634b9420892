/**
 * The two commands as a user runs them: a child process each, from the project root.
 * Each spawn costs about half a second, so the cases run concurrently and stay few.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/server/read-data';
import { dataRevision } from '../../../src/lib/status/report';
import { DATA_DIR, REAL_DATA_DIR } from '../../fixtures/paths';
import { runScript } from '../../helpers/scripts';

// Spawns share the machine with the other test files: allow for a slow start.
const SLOW = 30_000;

let tmp: string;
let broken: string;
beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'cica-cli-'));
	broken = join(tmp, 'broken');
	cpSync(DATA_DIR, broken, { recursive: true });
	const kz = join(broken, 'states', 'KZ.json');
	writeFileSync(
		kz,
		JSON.stringify({ ...JSON.parse(readFileSync(kz, 'utf8')), revision: 2 }, null, 2)
	);
});
afterAll(() => {
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm run status', () => {
	it.concurrent(
		'--as-of 2025-03-17 --json: 13 of 14, not in force, 28 member states',
		async () => {
			const r = await runScript('status', ['--as-of', '2025-03-17', '--json']);
			expect(r.stderr).toBe('');
			expect(r.code).toBe(0);
			const json = JSON.parse(r.stdout);
			expect(json.asOf).toBe('2025-03-17');
			expect(json.counted.certain).toBe(13);
			expect(json.counted.possible).toBe(0);
			expect(json.required).toBe(14);
			expect(json.remaining).toBe(1);
			expect(json.inForce).toBe(false);
			expect(json.entryIntoForce).toBeNull();
			expect(json.states).toHaveLength(28);
			expect(json.states.every((s: { member: boolean }) => s.member === true)).toBe(true);
			// The data set it was computed from, as `npm run fingerprint` names it.
			const { dataset, fingerprint } = loadData(REAL_DATA_DIR);
			expect(json.fingerprint).toEqual(fingerprint);
			expect(json.revision).toEqual(dataRevision(dataset));
		},
		SLOW
	);

	it.concurrent(
		'the readable summary says 13 of 14, and on 11 March 2025 too, as the digest does',
		async () => {
			const [r, march11] = await Promise.all([
				runScript('status', ['--as-of=2025-03-17']),
				runScript('status', ['--as-of', '2025-03-11'])
			]);
			expect(r.code).toBe(0);
			expect(r.stdout).toContain('13 of 14');
			expect(r.stdout).toContain('Status as of 2025-03-17');
			expect(r.stdout).toContain('Deposited: 1 (CN 2025-03-14).');
			expect(march11.code).toBe(0);
			expect(march11.stdout).toContain(
				'13 of 14 instruments needed for entry into force; 1 more needed.'
			);
			expect(march11.stdout).toContain('Deposited: none by this date.');
		},
		SLOW
	);

	it.concurrent(
		'an impossible --as-of date is a usage error (exit 2)',
		async () => {
			const r = await runScript('status', ['--as-of', '2025-02-30']);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain('--as-of: day 30 does not exist in 2025-02');
			expect(r.stderr).toContain('usage: npm run status');
		},
		SLOW
	);

	it.concurrent(
		'a word for --as-of is a usage error (exit 2)',
		async () => {
			const r = await runScript('status', ['--as-of', 'yesterday']);
			expect(r.code).toBe(2);
			expect(r.stderr).toContain('expected YYYY-MM-DD, got "yesterday"');
		},
		SLOW
	);

	it.concurrent(
		'a missing --data directory is a usage error (exit 2)',
		async () => {
			const r = await runScript('status', ['--data', join(tmp ?? tmpdir(), 'no-such-dir')]);
			expect(r.code).toBe(2);
			expect(r.stderr).toMatch(/--data: .*no-such-dir: not a data directory/);
		},
		SLOW
	);

	it.concurrent(
		'invalid data exits 1 and names the file',
		async () => {
			const r = await runScript('status', ['--data', broken, '--as-of', '2025-03-17']);
			expect(r.code).toBe(1);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain(
				'states/KZ.json: revision: revision must equal the last history entry (expected 1, got 2)'
			);
		},
		SLOW
	);
});

describe('npm run validate', () => {
	it.concurrent(
		'passes on the real data (exit 0)',
		async () => {
			const r = await runScript('validate');
			expect(r.code).toBe(0);
			expect(r.stderr).toBe('');
			expect(r.stdout).toContain('data: valid (31 files, 28 states');
		},
		SLOW
	);

	it.concurrent(
		'prints every error line and exits 1 on broken data',
		async () => {
			const r = await runScript('validate', ['--data', broken]);
			expect(r.code).toBe(1);
			const lines = r.stderr.trim().split('\n');
			expect(lines[0]).toBe(
				'states/KZ.json: revision: revision must equal the last history entry (expected 1, got 2)'
			);
			expect(lines.at(-1)).toBe(`1 problem in ${broken}`);
		},
		SLOW
	);

	it.concurrent(
		'an unknown flag is a usage error (exit 2)',
		async () => {
			const r = await runScript('validate', ['--strict']);
			expect(r.code).toBe(2);
			expect(r.stderr).toContain('unknown option --strict (expected one of: --data)');
			expect(r.stderr).toContain('usage: npm run validate');
		},
		SLOW
	);
});
