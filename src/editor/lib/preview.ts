/**
 * What a change does, before it is saved: the count toward entry into force, the date
 * of entry into force, how far the record goes, each changed state's stage (all as
 * recorded: on the day the record goes to), and the lines of each file that change.
 */
import { structuredPatch } from 'diff';
import type { Dataset } from '$lib/data/schema';
import { recordedDay, statusAt, type Status } from '$lib/status/engine';
import type { Stage } from '$lib/status/state';

export interface Before<T> {
	before: T | null;
	after: T;
}

export interface Effect {
	recordedTo: Before<string>;
	required: number;
	/** "13", or "12–13" when some dates straddle the day. */
	count: Before<string>;
	/** The engine's ISO date or interval, or null while the count is short. */
	entryIntoForce: Before<string | null>;
	/** After the change, whether that date assumes some instrument received on its act of consent. */
	assumesReceipt: boolean;
	stages: { state: string; stage: Before<Stage> }[];
}

function countOf(s: Status): string {
	const { certain, possible } = s.counted;
	return possible ? `${certain}–${certain + possible}` : String(certain);
}

function eifOf(s: Status): string | null {
	const e = s.entryIntoForce;
	if (!e) return null;
	return e.latest === null ? `${e.earliest}/..` : e.date;
}

/** The status as recorded before and after, and the stage of each state in `states`. */
export function effectOf(before: Dataset | null, after: Dataset, states: string[]): Effect {
	const a = statusAt(after, recordedDay(after));
	const b = before ? statusAt(before, recordedDay(before)) : null;
	const stageOf = (s: Status | null, state: string) => s?.states[state]?.stage ?? null;
	return {
		recordedTo: {
			before: before?.treaty.recordedTo.date ?? null,
			after: after.treaty.recordedTo.date
		},
		required: a.required,
		count: { before: b ? countOf(b) : null, after: countOf(a) },
		entryIntoForce: { before: b ? eifOf(b) : null, after: eifOf(a) },
		assumesReceipt: !!a.entryIntoForce?.instruments.some(
			(i) => i.receivedFrom === 'consent-assumed'
		),
		stages: states.map((state) => ({
			state,
			stage: { before: stageOf(b, state), after: stageOf(a, state) ?? 'none' }
		}))
	};
}

export interface DiffLine {
	kind: 'add' | 'remove' | 'same';
	text: string;
	/** The line's number in the old file (removed, same) or in the new one (added). */
	number: number;
}

export interface Hunk {
	/** "Lines 12–20" of the new file. */
	from: number;
	to: number;
	lines: DiffLine[];
}

/** The changed lines of a file with three lines of context around each change. */
export function diffHunks(before: string, after: string): Hunk[] {
	const patch = structuredPatch('before', 'after', before, after, undefined, undefined, {
		context: 3
	});
	return patch.hunks.map((h) => {
		let oldLine = h.oldStart;
		let newLine = h.newStart;
		const lines: DiffLine[] = [];
		for (const raw of h.lines) {
			if (raw.startsWith('\\')) continue; // "\ No newline at end of file"
			const text = raw.slice(1);
			if (raw[0] === '+') lines.push({ kind: 'add', text, number: newLine++ });
			else if (raw[0] === '-') lines.push({ kind: 'remove', text, number: oldLine++ });
			else {
				lines.push({ kind: 'same', text, number: oldLine++ });
				newLine++;
			}
		}
		return { from: h.newStart, to: h.newStart + Math.max(h.newLines - 1, 0), lines };
	});
}
