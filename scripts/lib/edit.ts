/**
 * The file-system side of the data-editing commands: reading the data directory,
 * printing a plan or a refusal, and writing the changed files atomically. The
 * decisions themselves are in src/lib/data/edit.ts, which the tests call directly.
 */
import { dirname, join } from 'node:path';
import type { Day } from '../../src/lib/data/dates';
import type { Dataset } from '../../src/lib/data/schema';
import type { RawFiles } from '../../src/lib/data/validate';
import { formatDate, formatIsoDate, plainText } from '../../src/lib/i18n/format';
import { EditInputError } from '../../src/lib/record/actions';
import type { Outcome, Planned } from '../../src/lib/record/plan';
import { DataDirError, dataRoot, readDataDir } from '../../src/lib/server/read-data';
import { removeStaleTemps, writeAll } from '../../src/lib/server/write';
import { statusAt, type Status } from '../../src/lib/status/engine';
import { assumedReceipts, assumptionText } from '../../src/lib/status/report';
import { UsageError } from './args';

export function loadFiles(dir: string): RawFiles {
	try {
		return readDataDir(dir);
	} catch (err) {
		if (err instanceof DataDirError) throw new UsageError(`--data: ${err.message}`);
		throw err;
	}
}

/** Runs a planner, turning a flag of the wrong form into a usage error (exit 2). */
export function plan(run: () => Outcome): Outcome {
	try {
		return run();
	} catch (err) {
		if (err instanceof EditInputError) throw new UsageError(err.message);
		throw err;
	}
}

function count(s: Status): string {
	const { certain, possible } = s.counted;
	return possible ? `${certain}–${certain + possible}` : String(certain);
}

function stage(s: Status, code: string): string {
	const st = s.states[code];
	if (!st) return 'none';
	return st.possibleStage ? `${st.stage} (possibly ${st.possibleStage})` : st.stage;
}

/** The date of entry into force in words, and the preposition it takes in a sentence. */
function inForceDate(s: Status): { text: string; prep: string } | null {
	const e = s.entryIntoForce;
	if (!e) return null;
	if (e.latest === null)
		return { text: `${formatDate(e.earliest, 'en')} at the earliest`, prep: 'from' };
	const text = formatIsoDate(e.date, 'en');
	return { text, prep: e.precision === 'day' ? 'on' : e.precision === 'range' ? '' : 'in' };
}

/**
 * How the status at `day` changes with the edit: the state's stage, the count toward
 * entry into force and the date of entry into force, e.g.
 * "Count: 13 → 14 of 14. Enters into force on 10 July 2025."
 */
export function describeStatusChange(
	before: Dataset | null,
	after: Dataset,
	day: Day,
	code?: string
): string[] {
	const a = statusAt(after, day);
	const lines = [`Status on ${formatDate(day, 'en')}:`];
	if (!before)
		return [...lines, `  Count: ${count(a)} of ${a.required} (the data was invalid before).`];
	const b = statusAt(before, day);
	if (code) lines.push(`  ${code}: ${stage(b, code)} → ${stage(a, code)}`);
	const was = inForceDate(b);
	const now = inForceDate(a);
	let eif: string;
	if (!now) eif = `${a.remaining} more needed for entry into force.`;
	else if (was?.text === now.text) eif = `Entry into force unchanged: ${now.text}.`;
	else if (was) eif = `Entry into force moves from ${was.text} to ${now.text}.`;
	else {
		const verb = a.inForce ? 'In force' : 'Enters into force';
		eif = `${[verb, now.prep, now.text].filter(Boolean).join(' ')}.`;
	}
	lines.push(`  Count: ${count(b)} → ${count(a)} of ${a.required}. ${eif}`);
	const assumed = assumedReceipts(a);
	// No deposit is recorded for these: the date rests on their act of consent.
	if (now && assumed.length) lines.push(`  Assuming ${assumptionText(assumed)}.`);
	return lines;
}

/** Prints a refusal and returns the exit status (1). */
export function printRefusal(outcome: Extract<Outcome, { ok: false }>): number {
	console.error(`Refused: ${outcome.message}`);
	for (const line of outcome.lines) console.error(`  ${line}`);
	for (const hint of outcome.hints) console.error(`Hint: ${hint}`);
	return 1;
}

/** Prints what the plan changes; with `dryRun` nothing is written. */
export function printPlan(
	dir: string,
	planned: Planned,
	dryRun: boolean,
	statusDay?: Day,
	code?: string
) {
	const verb = dryRun ? 'Would write' : 'Wrote';
	for (const e of planned.edits) {
		console.log(
			`${verb} ${join(dir, e.file)}: revision ${e.revision.from} → ${e.revision.to} ("${plainText(e.summary, 'en')}")`
		);
	}
	if (statusDay) {
		for (const line of describeStatusChange(planned.before, planned.after, statusDay, code)) {
			console.log(line);
		}
	}
	for (const r of planned.reminders) console.log(`Check: ${r}`);
	if (dryRun) console.log('Dry run: nothing was written.');
}

/**
 * Writes every changed file, all or none (src/lib/server/write.ts), renaming them in the
 * plan's order: treaty.json before a state file, so that a crash between two renames
 * leaves recordedTo moved, which is valid on its own, rather than an action after
 * recordedTo, which is not. Temporary files a killed writer left are removed first.
 */
export function commit(dir: string, planned: Planned) {
	const root = dataRoot(dir);
	const paths = Object.entries(planned.changes).map(
		([file, text]) => [join(root, file), text] as [string, string]
	);
	removeStaleTemps([root, ...new Set(paths.map(([p]) => dirname(p)))]);
	writeAll(paths);
}
