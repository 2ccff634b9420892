/**
 * npm run status [-- --as-of YYYY-MM-DD] [--data DIR] [--json]
 * The status of the Convention as of a date (default: today), as a readable summary or
 * as JSON. Exit 1 for invalid data, 2 for a bad command line.
 */
import { partialDateProblem, today } from '../src/lib/data/dates';
import { DEFAULT_DATA_DIR } from '../src/lib/server/read-data';
import { statusAt } from '../src/lib/status/engine';
import { statusJson, statusText } from '../src/lib/status/report';
import { loadDataFlag, parseArgs, runCli, UsageError } from './lib/args';

const USAGE = 'usage: npm run status [-- --as-of YYYY-MM-DD] [--data DIR] [--json]';

runCli(USAGE, () => {
	const { values, switches, positional } = parseArgs(process.argv.slice(2), {
		values: ['--as-of', '--data'],
		switches: ['--json']
	});
	if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
	const asOf = values['--as-of'] ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || partialDateProblem(asOf)) {
		throw new UsageError(
			`--as-of: ${partialDateProblem(asOf) ?? 'not a full date'} (expected YYYY-MM-DD, got "${asOf}")`
		);
	}
	const dir = values['--data'] ?? DEFAULT_DATA_DIR;
	const loaded = loadDataFlag(dir);
	const { dataset: data, fingerprint } = loaded;
	const status = statusAt(data, asOf);
	console.log(
		switches.has('--json')
			? JSON.stringify(statusJson(data, status, fingerprint), null, 2)
			: statusText(data, status, fingerprint)
	);
	return 0;
});
