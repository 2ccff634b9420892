/**
 * npm run fingerprint [-- --data DIR] [--check HEX | --find HEX]
 * The data set's fingerprint (src/lib/data/fingerprint.ts; docs/API.md, "Fingerprint"):
 * - with no option, the fingerprint of the data folder and its revision;
 * - --check HEX: whether a printed fingerprint is that of the data folder (exit 0 if it
 *   is, 1 if not);
 * - --find HEX: the commits of this repository whose data folder has that fingerprint
 *   (exit 0 if any, 1 if none).
 * Exit 2 for a bad command line.
 */
import { relative, resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/lib/server/read-data';
import { dataRevision } from '../src/lib/status/report';
import { dataHistory, matchesFingerprint } from './lib/git-data';
import { loadDataFlag, parseArgs, runCli, UsageError } from './lib/args';

const USAGE = 'usage: npm run fingerprint [-- --data DIR] [--check HEX | --find HEX]';

function printed(flag: string, value: string | undefined): string | undefined {
	if (value !== undefined && !/^[0-9a-fA-F]{12,64}$/.test(value.trim())) {
		throw new UsageError(`${flag}: expected 12 to 64 hexadecimal digits, got "${value}"`);
	}
	return value;
}

runCli(USAGE, () => {
	const { values, positional } = parseArgs(process.argv.slice(2), {
		values: ['--data', '--check', '--find']
	});
	if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
	const check = printed('--check', values['--check']);
	const find = printed('--find', values['--find']);
	if (check && find) throw new UsageError('--check and --find: give one of them');
	const dir = values['--data'] ?? DEFAULT_DATA_DIR;

	if (find) {
		const folder = relative(process.cwd(), resolve(dir)).replace(/\\/g, '/') || '.';
		const found = dataHistory(process.cwd(), folder).filter((c) =>
			matchesFingerprint(find, c.fingerprint)
		);
		for (const c of found) {
			console.log(`${c.commit.slice(0, 12)}  ${c.date}  ${c.fingerprint.short}  ${c.subject}`);
		}
		if (found.length === 0) console.log(`No commit's ${folder}/ has the fingerprint ${find}.`);
		return found.length ? 0 : 1;
	}

	const loaded = loadDataFlag(dir);
	const { fingerprint } = loaded;
	const revision = dataRevision(loaded.dataset);
	if (check) {
		const same = matchesFingerprint(check, fingerprint);
		console.log(
			same
				? `${dir}: matches ${check} (fingerprint ${fingerprint.short}, data revision ${revision.number} of ${revision.date})`
				: `${dir}: does not match ${check}: its fingerprint is ${fingerprint.short} (data revision ${revision.number} of ${revision.date})`
		);
		return same ? 0 : 1;
	}
	console.log(`fingerprint ${fingerprint.short}`);
	console.log(`sha256      ${fingerprint.sha256}`);
	console.log(`revision    ${revision.number} of ${revision.date}`);
	return 0;
});
