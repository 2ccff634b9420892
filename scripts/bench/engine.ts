/**
 * Timing of the two computations every build and every as-of change run: the validator
 * (files' text → data set) and the status engine (data set → status on a day), on the
 * real data and on synthetic data sets of growing size.
 */
import { performance } from 'node:perf_hooks';
import type { Dataset } from '../../src/lib/data/schema';
import { formatError, validateFiles, type RawFiles } from '../../src/lib/data/validate';
import { recordedDay, statusAt } from '../../src/lib/status/engine';
import { today } from '../../src/lib/data/dates';
import { syntheticFiles } from './synthetic';

/**
 * The day validation takes as today: the real one, as the build's validation does. A fixed
 * day went stale as soon as the record gained a later history line.
 */
const TODAY = today();

/** Median milliseconds of fn, run at least 5 times and for at least `budgetMs` in all. */
export function timeMs(fn: () => void, budgetMs = 300): number {
	fn(); // warm-up: module initialisation and JIT are not the cost being measured
	const runs: number[] = [];
	const start = performance.now();
	while (runs.length < 5 || (performance.now() - start < budgetMs && runs.length < 1000)) {
		const t0 = performance.now();
		fn();
		runs.push(performance.now() - t0);
	}
	runs.sort((a, b) => a - b);
	return runs[Math.floor(runs.length / 2)];
}

function validated(files: RawFiles): Dataset {
	const { dataset, errors } = validateFiles(files, { today: TODAY });
	if (!dataset)
		throw new Error(`invalid data:\n${errors.slice(0, 10).map(formatError).join('\n')}`);
	return dataset;
}

export interface EngineTiming {
	label: string;
	states: number;
	treaties: number;
	/** Milliseconds for all the treaties' data sets together. */
	validateMs: number;
	statusMs: number;
}

/** Times validation and status of each data set, summed over the data sets. */
export function timeDatasets(label: string, sets: RawFiles[]): EngineTiming {
	const datasets = sets.map(validated);
	let validateMs = 0;
	let statusMs = 0;
	for (let i = 0; i < sets.length; i++) {
		const budget = Math.max(20, 300 / sets.length);
		validateMs += timeMs(() => validateFiles(sets[i], { today: TODAY }), budget);
		const day = recordedDay(datasets[i]);
		statusMs += timeMs(() => statusAt(datasets[i], day), budget);
	}
	return {
		label,
		states: datasets[0].states.length,
		treaties: sets.length,
		validateMs,
		statusMs
	};
}

export const SIZES = [28, 100, 200] as const;
export const TREATIES = [1, 10, 50] as const;

/** Every size × number of treaties, on synthetic data. */
export function syntheticTimings(): EngineTiming[] {
	const out: EngineTiming[] = [];
	for (const treaties of TREATIES) {
		for (const states of SIZES) {
			const sets = Array.from({ length: treaties }, (_, i) => syntheticFiles(states, i));
			out.push(timeDatasets('synthetic', sets));
		}
	}
	return out;
}
