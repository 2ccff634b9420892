/**
 * npm run source -- add --id ID --title ... --publisher ... --language en [options]
 * npm run source -- list
 * Adds a source to data/sources.json (new revision and history line, the whole data
 * set checked first, then written atomically), or lists the sources' ids and titles.
 * Exit 1 when the change is refused, 2 for a bad command line.
 */
import { planSource } from '../src/lib/record/sources';
import { plainText } from '../src/lib/i18n/format';
import { validateFiles } from '../src/lib/data/validate';
import { DEFAULT_DATA_DIR } from '../src/lib/server/read-data';
import { parseArgs, runCli, UsageError } from './lib/args';
import { commit, loadFiles, plan, printPlan, printRefusal } from './lib/edit';

const USAGE = `usage: npm run source -- add --id ID --title TEXT --publisher TEXT --language CODE [options]
       npm run source -- list [--data DIR]

  --id ID             lower-case letters, digits and hyphens, e.g. uz-law-2025
  --title TEXT        the title of the document or page
  --publisher TEXT    who published it
  --language CODE     the language it is written in: en, ru, zh, ar, ...
  --kind KIND         primary (issued by CICA or its Secretariat) or secondary (default)
  --date DATE         its date: YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO
  --url URL           where it can be read
  --site TEXT         the site it was found on, when there is no stable URL
  --note TEXT         what a reader should know about it
  --summary TEXT      the history line (default: "Added source ID")
  --dry-run           check and show the change without writing anything
  --data DIR          the data directory (default: data)`;

runCli(USAGE, () => {
	const { values, switches, positional } = parseArgs(process.argv.slice(2), {
		values: [
			'--id',
			'--title',
			'--publisher',
			'--language',
			'--kind',
			'--date',
			'--url',
			'--site',
			'--note',
			'--summary',
			'--data'
		],
		switches: ['--dry-run']
	});
	const [command, extra] = positional;
	if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
	const dir = values['--data'] ?? DEFAULT_DATA_DIR;
	if (command === 'list') {
		const { dataset, errors } = validateFiles(loadFiles(dir));
		if (!dataset) {
			console.error(
				`The data in ${dir} is invalid (${errors.length} problems): run npm run validate.`
			);
			return 1;
		}
		const width = Math.max(...dataset.sources.sources.map((s) => s.id.length));
		for (const s of dataset.sources.sources)
			console.log(`${s.id.padEnd(width)}  ${plainText(s.title, 'en')}`);
		return 0;
	}
	if (command !== 'add') {
		throw new UsageError(
			command === undefined
				? 'missing command (expected add or list)'
				: `unknown command "${command}" (expected add or list)`
		);
	}
	const required: Record<string, string> = {
		'--id': 'a new source id, e.g. uz-law-2025',
		'--title': 'the title of the source',
		'--publisher': 'who published it',
		'--language': 'the language code, e.g. en'
	};
	for (const [flag, what] of Object.entries(required)) {
		if (values[flag] === undefined) throw new UsageError(`${flag} is required (expected ${what})`);
	}
	const files = loadFiles(dir);
	const outcome = plan(() =>
		planSource(files, {
			id: values['--id'],
			title: values['--title'],
			publisher: values['--publisher'],
			language: values['--language'],
			kind: values['--kind'],
			date: values['--date'],
			url: values['--url'],
			site: values['--site'],
			note: values['--note'],
			summary: values['--summary']
		})
	);
	if (!outcome.ok) return printRefusal(outcome);
	const dryRun = switches.has('--dry-run');
	if (!dryRun) commit(dir, outcome);
	printPlan(dir, outcome, dryRun);
	return 0;
});
