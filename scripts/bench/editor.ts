/**
 * The editor checks the whole record on every keystroke (planChanges: the validator, the
 * new text of each changed file, the proposed history line). Timed on the largest real
 * file, and on a state file far larger than any real one (500 actions), each with a
 * one-field change, as a person typing makes.
 */
import { currentDoc, planChanges } from '../../src/lib/record/plan';
import { validateFiles, type RawFiles } from '../../src/lib/data/validate';
import { timeMs } from './engine';

const TODAY = '2026-12-02';

export interface EditorTiming {
	label: string;
	file: string;
	bytes: number;
	ms: number;
}

function timeChange(
	label: string,
	files: RawFiles,
	file: string,
	change: (doc: Record<string, unknown>) => void
): EditorTiming {
	const before = validateFiles(files, { today: TODAY }).dataset;
	const doc = currentDoc(files[file])!;
	change(doc);
	const docs = { [file]: doc };
	const outcome = planChanges(files, { docs }, { today: TODAY, before });
	if (!outcome.ok)
		throw new Error(`the timed change is invalid: ${outcome.lines.slice(0, 3).join('; ')}`);
	const ms = timeMs(() => planChanges(files, { docs }, { today: TODAY, before }));
	return { label, file, bytes: Buffer.byteLength(files[file]), ms };
}

export function editorTimings(real: RawFiles): EditorTiming[] {
	const largest = Object.keys(real).sort((a, b) => real[b].length - real[a].length)[0];
	const out = [
		timeChange('real data, largest file', real, largest, (doc) => {
			// One note, as a person typing it: where each kind of file has one.
			const d = doc as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
			if (largest === 'members.json') d.members[0].joined.note = 'Edited.';
			else if (largest === 'sources.json') d.sources[0].note = 'Edited.';
			else if (largest === 'treaty.json') d.titleNote = 'Edited.';
			else d.note = 'Edited.';
		})
	];
	// A state with 500 actions: signatures over the years, then one ratification.
	const uz = currentDoc(real['states/UZ.json'])!;
	const actions = Array.from({ length: 500 }, (_, i) => ({
		type: 'signature',
		date: `${2011 + (i % 14)}-0${1 + (i % 9)}`,
		by: `Organ ${i}`,
		sources: [{ id: 'voice-of-asia-2025-4', locator: `item ${i}` }]
	}));
	const big: RawFiles = { ...real, 'states/UZ.json': JSON.stringify({ ...uz, actions }, null, 2) };
	out.push(
		timeChange('synthetic: a state with 500 actions', big, 'states/UZ.json', (doc) => {
			(doc.actions as { by: string }[])[250].by = 'Organ 250 (corrected)';
		})
	);
	return out;
}
