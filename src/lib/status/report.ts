/**
 * The engine's status in two published forms: the JSON of the CLI and of
 * /api/v1/status.json (one shape for both), and a plain-text summary for the terminal.
 */
import { toIso, type DateValue } from '../data/dates';
import type { Fingerprint } from '../data/fingerprint';
import type { Dataset } from '../data/schema';
import type { Status } from './engine';

/** A date as ISO text at its precision, or null. */
const iso = (value: DateValue | null | undefined) => (value ? toIso(value) : null);

/**
 * `fingerprint` is that of the files `data` was read from (data/fingerprint.ts): with the
 * revision, it names the data set the status was computed from.
 */
export function statusJson(data: Dataset, status: Status, fingerprint: Fingerprint) {
	return {
		treaty: status.treaty,
		title: data.treaty.title.en,
		asOf: status.asOf,
		recordedTo: status.recordedTo,
		beyondRecord: status.beyondRecord,
		revision: dataRevision(data),
		fingerprint,
		required: status.required,
		counted: status.counted,
		deposited: status.deposited,
		remaining: status.remaining,
		inForce: status.inForce,
		inForcePossible: status.inForcePossible,
		entryIntoForce: status.entryIntoForce
			? {
					date: status.entryIntoForce.date,
					precision: status.entryIntoForce.precision,
					earliest: status.entryIntoForce.earliest,
					latest: status.entryIntoForce.latest,
					instruments: status.entryIntoForce.instruments
				}
			: null,
		members: status.members,
		states: Object.values(status.states).map((s) => ({
			state: s.state,
			member: s.member,
			memberPossible: s.memberPossible,
			stage: s.stage,
			possibleStage: s.possibleStage,
			counts: s.counts,
			countedFrom: s.countedFrom,
			countedDate: iso(s.countedDate),
			deposited: s.deposited,
			receivedFrom: s.receivedFrom,
			receivedDate: iso(s.receivedDate),
			signature: iso(s.dates.signature?.date),
			domesticApproval: iso(s.dates['domestic-approval']?.date),
			consent: s.dates.consent
				? { type: s.dates.consent.type, date: toIso(s.dates.consent.date) }
				: null,
			deposit: iso(s.dates.deposit?.date),
			withdrawal: iso(s.dates.withdrawal?.date)
		}))
	};
}

/**
 * The data's revision as one label: the sum of every file's revision goes up with any
 * change to any file, and the latest history date says when.
 */
export function dataRevision(data: Dataset): { number: number; date: string } {
	const files = [data.treaty, data.members, data.sources, ...data.states];
	const number = files.reduce((n, f) => n + f.revision, 0);
	const date = files
		.map((f) => f.history[f.history.length - 1].date)
		.sort()
		.at(-1)!;
	return { number, date };
}

/** The states whose receipt an entry-into-force date assumes, or [] if it assumes none. */
export function assumedReceipts(status: Status): string[] {
	return (status.entryIntoForce?.instruments ?? [])
		.filter((i) => i.receivedFrom === 'consent-assumed')
		.map((i) => i.state);
}

/** What a date of entry into force assumes, in words: "the instrument of UZ was received on …". */
export function assumptionText(states: string[]): string {
	return states.length === 1
		? `the instrument of ${states[0]} was received on the date of its act of consent`
		: `the instruments of ${states.join(', ')} were received on the dates of their acts of consent`;
}

/** "13" or, where some dates straddle the day, "11–13": a count with the possible ones. */
export function countText({ certain, possible }: { certain: number; possible: number }): string {
	return possible ? `${certain}–${certain + possible}` : `${certain}`;
}

/** "data revision 91 of 2026-12-02, fingerprint 6b2e05ba183c": what a citation names. */
export function editionText(data: Dataset, fingerprint: Fingerprint): string {
	const revision = dataRevision(data);
	return `data revision ${revision.number} of ${revision.date}, fingerprint ${fingerprint.short}`;
}

export function statusText(data: Dataset, status: Status, fingerprint: Fingerprint): string {
	const lines = [
		data.treaty.title.en,
		`Status as of ${status.asOf} (data recorded to ${status.recordedTo}; ${editionText(data, fingerprint)})`,
		''
	];
	const assumed = assumedReceipts(status);
	const assuming = assumed.length ? ` (assuming ${assumptionText(assumed)})` : '';
	if (status.inForce && status.entryIntoForce) {
		lines.push(`In force since ${status.entryIntoForce.date}${assuming}.`);
	} else {
		lines.push(
			`${countText(status.counted)} of ${status.required} instruments needed for entry into force; ${status.remaining} more needed.`
		);
		if (status.entryIntoForce) {
			lines.push(
				`${status.inForcePossible ? 'Possibly in force' : 'Enters into force'}: ${status.entryIntoForce.date}${assuming}.`
			);
		}
	}
	const states = Object.values(status.states);
	const deposits = states.filter((s) => s.deposited !== 'no');
	lines.push(
		(deposits.length
			? `Deposited: ${countText(status.deposited)} (${deposits.map((s) => `${s.state} ${iso(s.dates.deposit?.date)}`).join(', ')}). `
			: 'Deposited: none by this date. ') +
			"Entry into force runs from the depositary's receipt of each instrument; where the sources date none, it is assumed on the date of the act of consent."
	);
	if (status.beyondRecord) {
		lines.push(
			`Note: nothing after ${status.recordedTo} is recorded; later actions may be missing.`
		);
	}
	lines.push('');
	const counted = states.filter((s) => s.counts !== 'no');
	for (const s of counted) {
		const mark = s.counts === 'possible' ? ' (possibly)' : '';
		const received =
			s.receivedFrom === 'deposit'
				? `received ${toIso(s.receivedDate!)} (deposit${s.deposited === 'no' ? ', after this date' : ''})`
				: 'receipt assumed on the date of the act of consent';
		lines.push(
			`  ${s.state}  ${s.stage.padEnd(22)} ${toIso(s.countedDate!)} (${s.dates.consent?.type ?? s.countedFrom})${mark}; ${received}`
		);
	}
	lines.push(
		'',
		`Members: ${status.members.certain}${status.members.possible ? ` (+${status.members.possible} possibly)` : ''}`
	);
	return lines.join('\n');
}
