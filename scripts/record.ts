/**
 * npm run record -- --state UZ --action deposit --date 2025-06-10 --source ID [options]
 * Records one action on the Convention for one state: adds it to states/XX.json with a
 * new revision and history line, checks the whole data set with the change, and only
 * then writes the file. Exit 1 when the change is refused, 2 for a bad command line.
 */
import { latest } from '../src/lib/data/dates';
import { planRecord } from '../src/lib/data/edit';
import { DEFAULT_DATA_DIR } from '../src/lib/server/read-data';
import { parseArgs, runCli, UsageError } from './lib/args';
import { commit, loadFiles, plan, printPlan, printRefusal } from './lib/edit';

const USAGE = `usage: npm run record -- --state XX --action TYPE --date DATE --source ID [options]

  --state XX              the state's ISO code, e.g. UZ (it must have a file in data/states/)
  --action TYPE           signature, domestic-approval, ratification, acceptance, approval,
                          accession, deposit or withdrawal
  --date DATE             YYYY, YYYY-MM, YYYY-MM-DD, or a range FROM/TO (e.g. 2025/2025-03-04)
  --source ID             a source id from data/sources.json (npm run source -- list)
  --locator TEXT          where in the source, e.g. "14 March 2025 article"
  --by TEXT               the organ that acted, e.g. "State Duma"
  --instrument TEXT       the act, e.g. "Federal Law No. 368-FZ"
  --note TEXT             a note; needed for a second instrument or overlapping dates
  --summary TEXT          the history line (default: "Recorded TYPE of DATE (ID)")
  --advance-recorded-to   also move treaty.json recordedTo to the action's date
  --dry-run               check and show the change without writing anything
  --data DIR              the data directory (default: data)`;

runCli(USAGE, () => {
	const { values, switches, positional } = parseArgs(process.argv.slice(2), {
		values: [
			'--state',
			'--action',
			'--date',
			'--source',
			'--locator',
			'--note',
			'--by',
			'--instrument',
			'--summary',
			'--data'
		],
		switches: ['--advance-recorded-to', '--dry-run']
	});
	if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
	const expected: Record<string, string> = {
		'--state': "the state's code, e.g. UZ",
		'--action': 'the action type, e.g. ratification or deposit',
		'--date': 'the date, e.g. 2025-06-10',
		'--source': 'a source id from sources.json'
	};
	for (const [flag, what] of Object.entries(expected)) {
		if (values[flag] === undefined) throw new UsageError(`${flag} is required (expected ${what})`);
	}
	const dir = values['--data'] ?? DEFAULT_DATA_DIR;
	const files = loadFiles(dir);
	const outcome = plan(() =>
		planRecord(files, {
			state: values['--state'],
			action: values['--action'],
			date: values['--date'],
			source: values['--source'],
			locator: values['--locator'],
			note: values['--note'],
			by: values['--by'],
			instrument: values['--instrument'],
			summary: values['--summary'],
			advanceRecordedTo: switches.has('--advance-recorded-to')
		})
	);
	if (!outcome.ok) return printRefusal(outcome);
	const dryRun = switches.has('--dry-run');
	if (!dryRun) commit(dir, outcome);
	const added = outcome.after.states.find((s) => s.state === values['--state'].toUpperCase())!;
	const action = added.actions[added.actions.length - 1];
	printPlan(dir, outcome, dryRun, latest(action.date), added.state);
	return 0;
});
