/**
 * npm run validate [-- --data DIR]
 * Checks every data file against its schema and the cross-file rules. Prints every
 * problem, one per line, and exits 1 if there is any; 2 for a bad command line.
 */
import { formatError, validateFiles } from '../src/lib/data/validate';
import { DataDirError, DEFAULT_DATA_DIR, readDataFiles } from '../src/lib/server/read-data';
import { parseArgs, runCli, UsageError } from './lib/args';

const USAGE = 'usage: npm run validate [-- --data DIR]';

runCli(USAGE, () => {
	const { values, positional } = parseArgs(process.argv.slice(2), { values: ['--data'] });
	if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
	const dir = values['--data'] ?? DEFAULT_DATA_DIR;
	let read;
	try {
		read = readDataFiles(dir);
	} catch (err) {
		if (err instanceof DataDirError) throw new UsageError(err.message);
		throw err;
	}
	const { files, problems } = read;
	const { dataset, errors } = validateFiles(files, { unreadable: problems });
	for (const e of errors) console.error(formatError(e));
	if (!dataset) {
		console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`);
		return 1;
	}
	console.log(
		`${dir}: valid (${Object.keys(files).length} files, ${dataset.states.length} states, ` +
			`${dataset.states.reduce((n, s) => n + s.actions.length, 0)} actions)`
	);
	return 0;
});
