/**
 * The commands end to end, on a temporary copy of data/: a few spawns only (each
 * costs about a second); the decisions themselves are tested in-process in
 * edit.test.ts.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { today } from '../../../src/lib/data/dates';
import { DATA_DIR } from '../../fixtures/paths';
import { runScript } from '../../helpers/scripts';

/** Uzbekistan's revision in the real data: each record raises it by one. */
const UZ_REVISION: number = JSON.parse(
	readFileSync(join(DATA_DIR, 'states/UZ.json'), 'utf8')
).revision;

const temps: string[] = [];

function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cica-record-'));
	temps.push(dir);
	cpSync(DATA_DIR, dir, { recursive: true });
	return dir;
}

afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Every file of a data directory with the hash of its bytes. */
function hashes(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (sub: string) => {
		for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
			const rel = join(sub, entry.name);
			if (entry.isDirectory()) walk(rel);
			else
				out[rel] = createHash('sha256')
					.update(readFileSync(join(dir, rel)))
					.digest('hex');
		}
	};
	walk('');
	return out;
}

describe('npm run source / record / status on a copy of the data', () => {
	it('records a 14th instrument: source, ratification, deposit, then 14 certain and entry into force', async () => {
		const dir = copyOfData();
		const added = await runScript('source', [
			'add',
			'--id',
			'uz-test-2025',
			'--title',
			'Test source for Uzbekistan',
			'--publisher',
			'Test',
			'--language',
			'en',
			'--data',
			dir
		]);
		expect(added.code, added.stderr).toBe(0);
		expect(added.stdout).toContain('sources.json: revision 1 → 2');

		const base = ['--state', 'UZ', '--source', 'uz-test-2025', '--data', dir];
		const ratified = await runScript('record', [
			...base,
			'--action',
			'ratification',
			'--date',
			'2025-03-10'
		]);
		expect(ratified.code, ratified.stderr).toBe(0);
		const deposited = await runScript('record', [
			...base,
			'--action',
			'deposit',
			'--date',
			'2025-03-15'
		]);
		expect(deposited.code, deposited.stderr).toBe(0);
		expect(deposited.stdout).toContain(
			`states/UZ.json: revision ${UZ_REVISION + 1} → ${UZ_REVISION + 2}`
		);
		expect(deposited.stdout).toContain(
			'Count: 14 → 14 of 14. Entry into force moves from 13 April 2025 to 14 April 2025.'
		);

		const uz = JSON.parse(readFileSync(join(dir, 'states/UZ.json'), 'utf8'));
		expect(uz.revision).toBe(UZ_REVISION + 2);
		expect(uz.actions.map((a: { type: string; date: string }) => `${a.type} ${a.date}`)).toEqual([
			'ratification 2025-03-10',
			'deposit 2025-03-15'
		]);
		expect(uz.history.at(-1)).toMatchObject({ revision: UZ_REVISION + 2, date: today() });
		expect(uz.history.at(-1).summary.en).toBe('Recorded deposit of 2025-03-15 (uz-test-2025)');

		const status = await runScript('status', ['--data', dir, '--as-of', '2025-03-17', '--json']);
		expect(status.code, status.stderr).toBe(0);
		const json = JSON.parse(status.stdout);
		expect(json.counted).toEqual({ certain: 14, possible: 0 });
		expect(json.entryIntoForce).toMatchObject({ date: '2025-04-14', precision: 'day' });
		expect(json.states.find((s: { state: string }) => s.state === 'UZ')).toMatchObject({
			stage: 'deposited',
			countedFrom: 'consent',
			countedDate: '2025-03-10',
			receivedFrom: 'deposit',
			receivedDate: '2025-03-15'
		});
	}, 60_000);

	it('leaves every file byte for byte as it was when it refuses (exit 1)', async () => {
		const dir = copyOfData();
		const before = hashes(dir);
		const [noConsent, afterRecord, duplicate] = await Promise.all([
			runScript('record', [
				'--state',
				'UZ',
				'--action',
				'deposit',
				'--date',
				'2025-03-15',
				'--source',
				'voice-of-asia-2025-4',
				'--data',
				dir
			]),
			runScript('record', [
				'--state',
				'UZ',
				'--action',
				'ratification',
				'--date',
				'2025-06-10',
				'--source',
				'voice-of-asia-2025-4',
				'--data',
				dir
			]),
			runScript('source', [
				'add',
				'--id',
				'ru-fz-368',
				'--title',
				'T',
				'--publisher',
				'P',
				'--language',
				'ru',
				'--data',
				dir
			])
		]);
		expect(noConsent.code).toBe(1);
		expect(noConsent.stderr).toContain('deposit without an act of consent');
		expect(noConsent.stderr).toContain('nothing was written');
		expect(afterRecord.code).toBe(1);
		expect(afterRecord.stderr).toContain('--advance-recorded-to');
		expect(duplicate.code).toBe(1);
		expect(duplicate.stderr).toContain('already has a source with the id "ru-fz-368"');
		expect(hashes(dir)).toEqual(before);
	}, 60_000);

	it('lists, changes and removes an action, and moves recordedTo, from the command line', async () => {
		const dir = copyOfData();
		const list = await runScript('record', ['list', '--state', 'RU', '--data', dir]);
		expect(list.code, list.stderr).toBe(0);
		expect(list.stdout.split('\n')[3]).toBe(
			'actions[3]  ratification 2011-11-30 (ru-fz-368, voice-of-asia-2025-4)'
		);
		const change = await runScript('record', [
			'change',
			'--state',
			'RU',
			'--at',
			'1',
			'--date',
			'2011-11-17',
			'--data',
			dir
		]);
		expect(change.code, change.stderr).toBe(0);
		expect(change.stdout).toContain('states/RU.json: revision 1 → 2');
		const remove = await runScript('record', [
			'remove',
			'--state',
			'RU',
			'--at',
			'2',
			'--data',
			dir
		]);
		expect(remove.code, remove.stderr).toBe(0);
		const moved = await runScript('record', [
			'recorded-to',
			'--date',
			'2025-07-21',
			'--source',
			'voice-of-asia-2025-4',
			'--data',
			dir
		]);
		expect(moved.code, moved.stderr).toBe(0);
		const ru = JSON.parse(readFileSync(join(dir, 'states/RU.json'), 'utf8'));
		expect(ru.actions.map((a: { type: string; date: string }) => `${a.type} ${a.date}`)).toEqual([
			'signature 2010-06-08',
			'domestic-approval 2011-11-17',
			'ratification 2011-11-30'
		]);
		expect(ru.history.map((h: { summary: { en: string } }) => h.summary.en).slice(1)).toEqual([
			'Changed the domestic approval of 2011-11-18: date 2011-11-18 → 2011-11-17',
			'Removed the domestic approval of 2011-11-25'
		]);
		expect(JSON.parse(readFileSync(join(dir, 'treaty.json'), 'utf8')).recordedTo.date).toBe(
			'2025-07-21'
		);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	}, 60_000);

	it('exits 2 naming the flag on bad usage, writing nothing', async () => {
		const dir = copyOfData();
		const before = hashes(dir);
		const [missing, badAction, badDate, badCommand] = await Promise.all([
			runScript('record', [
				'--state',
				'UZ',
				'--action',
				'deposit',
				'--source',
				'voice-of-asia-2025-4',
				'--data',
				dir
			]),
			runScript('record', [
				'--state',
				'UZ',
				'--action',
				'ratify',
				'--date',
				'2025',
				'--source',
				'voice-of-asia-2025-4',
				'--data',
				dir
			]),
			runScript('record', [
				'--state',
				'UZ',
				'--action',
				'deposit',
				'--date',
				'15.03.2025',
				'--source',
				'voice-of-asia-2025-4',
				'--data',
				dir
			]),
			runScript('source', ['remove', '--data', dir])
		]);
		expect([missing.code, badAction.code, badDate.code, badCommand.code]).toEqual([2, 2, 2, 2]);
		expect(missing.stderr).toContain('--date is required (expected the date');
		expect(badAction.stderr).toContain('--action: unknown action type "ratify" (expected one of:');
		expect(badDate.stderr).toContain('--date: not a date of the form');
		expect(badCommand.stderr).toContain('unknown command "remove" (expected add or list)');
		expect(hashes(dir)).toEqual(before);
	}, 60_000);
});
