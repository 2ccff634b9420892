/**
 * The record the site is built from (data/), for the browser tests, which read the
 * built pages: what they expect must come from the same record. Loaded once per file.
 */
import type { Fingerprint } from '../../src/lib/data/fingerprint';
import type { Dataset } from '../../src/lib/data/schema';
import { loadData, type LoadedData } from '../../src/lib/server/read-data';
import { recordedStatus, type Status } from '../../src/lib/status/engine';
import { REAL_DATA_DIR } from '../fixtures/paths';

let cached: LoadedData | undefined;

export function realData(): Dataset {
	cached ??= loadData(REAL_DATA_DIR);
	return cached.dataset;
}

/** The fingerprint of data/, as the build computes it. */
export function realFingerprint(): Fingerprint {
	cached ??= loadData(REAL_DATA_DIR);
	return cached.fingerprint;
}

/** The status of the record on the day it is recorded to. */
export function recorded(): Status {
	return recordedStatus(realData());
}
