/**
 * The record the site is built from (data/), for the browser tests, which read the
 * built pages: what they expect must come from the same record. Loaded once per file.
 */
import type { Dataset } from '../../src/lib/data/schema';
import { loadDataset } from '../../src/lib/server/read-data';
import { recordedStatus, type Status } from '../../src/lib/status/engine';
import { REAL_DATA_DIR } from '../fixtures/paths';

let cached: Dataset | undefined;

export function realData(): Dataset {
	cached ??= loadDataset(REAL_DATA_DIR);
	return cached;
}

/** The status of the record on the day it is recorded to. */
export function recorded(): Status {
	return recordedStatus(realData());
}
