/**
 * npm run record -- [add] --state UZ --action deposit --date 2025-06-10 --source ID [options]
 * npm run record -- list --state RU
 * npm run record -- change --state RU --at 3 --date 2011-11-30 [options]
 * npm run record -- remove --state RU --at 3
 * npm run record -- recorded-to --date 2025-07-21 --source ID [--locator ...] [--note ...]
 * Records, corrects or removes one action for one state (or moves recordedTo): the
 * changed file gets a new revision and history line, the whole data set is checked with
 * the change, and only then is anything written. What `npm run edit` can do to an
 * action, this command can do too. Exit 1 when refused, 2 for a bad command line.
 */
import { latest, toIso } from '../src/lib/data/dates';
import { plainText } from '../src/lib/i18n/format';
import {
	planActionChange,
	planActionRemoval,
	planRecord,
	planRecordedTo
} from '../src/lib/record/actions';
import type { Outcome } from '../src/lib/record/plan';
import { DEFAULT_DATA_DIR } from '../src/lib/server/read-data';
import { recordedDay } from '../src/lib/status/engine';
import { parseArgs, runCli, UsageError } from './lib/args';
import { commit, loadFiles, plan, printPlan, printRefusal } from './lib/edit';
import { validateFiles } from '../src/lib/data/validate';

const USAGE = `usage: npm run record -- [add] --state XX --action TYPE --date DATE --source ID [options]
       npm run record -- list --state XX
       npm run record -- change --state XX --at N [--action TYPE] [--date DATE] [options]
       npm run record -- remove --state XX --at N [--summary TEXT]
       npm run record -- recorded-to --date DATE --source ID [--locator TEXT] [--note TEXT]

  --state XX              the state's ISO code, e.g. UZ (it must have a file in data/states/)
  --action TYPE           signature-authorisation, signature, domestic-approval, ratification,
                          acceptance, approval, accession, deposit or withdrawal
  --date DATE             YYYY, YYYY-MM, YYYY-MM-DD, or a range FROM/TO (e.g. 2025/2025-03-04)
  --source ID             a source id from data/sources.json (npm run source -- list)
  --locator TEXT          where in the source, e.g. "14 March 2025 article"
  --by TEXT               the organ that acted, e.g. "State Duma"
  --instrument TEXT       the act, e.g. "Federal Law No. 368-FZ"
  --note TEXT             a note; needed for a second instrument or overlapping dates
  --summary TEXT          the history line (default: proposed from the change)
  --at N                  which action to change or remove: N as in actions[N] (see list)
  --clear FIELDS          change: remove these fields, comma-separated (by, instrument, note)
  --advance-recorded-to   add: also move treaty.json recordedTo to the action's date
  --dry-run               check and show the change without writing anything
  --data DIR              the data directory (default: data)`;

const COMMANDS = ['add', 'list', 'change', 'remove', 'recorded-to'] as const;

function atOf(value: string | undefined): number {
	if (value === undefined) throw new UsageError('--at is required (expected N as in actions[N])');
	if (!/^\d+$/.test(value)) throw new UsageError(`--at: expected a whole number, got "${value}"`);
	return Number(value);
}

function required(values: Record<string, string>, flags: Record<string, string>) {
	for (const [flag, what] of Object.entries(flags)) {
		if (values[flag] === undefined) throw new UsageError(`${flag} is required (expected ${what})`);
	}
}

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
			'--at',
			'--clear',
			'--data'
		],
		switches: ['--advance-recorded-to', '--dry-run']
	});
	const [command = 'add', extra] = positional;
	if (!(COMMANDS as readonly string[]).includes(command)) {
		throw new UsageError(`unknown command "${command}" (expected one of: ${COMMANDS.join(', ')})`);
	}
	if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
	const dir = values['--data'] ?? DEFAULT_DATA_DIR;
	const files = loadFiles(dir);
	const dryRun = switches.has('--dry-run');
	const state = values['--state'];

	if (command === 'list') {
		required(values, { '--state': "the state's code, e.g. RU" });
		const { dataset, errors } = validateFiles(files);
		if (!dataset) {
			console.error(
				`The data in ${dir} is invalid (${errors.length} problems): run npm run validate.`
			);
			return 1;
		}
		const file = dataset.states.find((s) => s.state === state.toUpperCase());
		if (!file) throw new UsageError(`--state: unknown state "${state}"`);
		if (!file.actions.length) console.log(`${file.state}: no actions recorded.`);
		file.actions.forEach((a, i) => {
			const by = a.by ? ` by ${plainText(a.by, 'en')}` : '';
			console.log(
				`actions[${i}]  ${a.type} ${toIso(a.date)}${by} (${a.sources.map((s) => s.id).join(', ')})`
			);
		});
		return 0;
	}

	let outcome: Outcome;
	let statusDay: string | undefined;
	if (command === 'add') {
		required(values, {
			'--state': "the state's code, e.g. UZ",
			'--action': 'the action type, e.g. ratification or deposit',
			'--date': 'the date, e.g. 2025-06-10',
			'--source': 'a source id from sources.json'
		});
		outcome = plan(() =>
			planRecord(files, {
				state,
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
		if (outcome.ok) {
			const added = outcome.after.states.find((s) => s.state === state.toUpperCase())!;
			statusDay = latest(added.actions[added.actions.length - 1].date);
		}
	} else if (command === 'change') {
		required(values, { '--state': "the state's code, e.g. RU" });
		outcome = plan(() =>
			planActionChange(files, {
				state,
				at: atOf(values['--at']),
				type: values['--action'],
				date: values['--date'],
				by: values['--by'],
				instrument: values['--instrument'],
				note: values['--note'],
				source: values['--source'],
				locator: values['--locator'],
				clear: values['--clear']?.split(',').map((f) => f.trim()),
				summary: values['--summary']
			})
		);
	} else if (command === 'remove') {
		required(values, { '--state': "the state's code, e.g. RU" });
		outcome = plan(() =>
			planActionRemoval(files, { state, at: atOf(values['--at']), summary: values['--summary'] })
		);
	} else {
		required(values, {
			'--date': 'the date the source states the status at, e.g. 2025-07-21',
			'--source': 'the source that states it'
		});
		outcome = plan(() =>
			planRecordedTo(files, {
				date: values['--date'],
				source: values['--source'],
				locator: values['--locator'],
				note: values['--note'],
				summary: values['--summary']
			})
		);
	}
	if (!outcome.ok) return printRefusal(outcome);
	if (!outcome.edits.length) {
		console.log('Nothing changed: the record already says so. Nothing was written.');
		return 0;
	}
	if (!dryRun) commit(dir, outcome);
	const code = state?.toUpperCase();
	printPlan(dir, outcome, dryRun, statusDay ?? recordedDay(outcome.after), code);
	return 0;
});
