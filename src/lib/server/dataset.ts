/**
 * The bundled data set, read and validated once per build (or dev server), with the
 * fingerprint of the files it was read from. Invalid data throws here, so a build with
 * invalid data fails instead of publishing it.
 */
import type { Fingerprint } from '../data/fingerprint';
import type { Dataset } from '../data/schema';
import { loadData, type LoadedData } from './read-data';

let cached: LoadedData | undefined;

export function dataset(): Dataset {
	cached ??= loadData();
	return cached.dataset;
}

/** The fingerprint of the data set the pages are built from (data/fingerprint.ts). */
export function fingerprint(): Fingerprint {
	cached ??= loadData();
	return cached.fingerprint;
}

/** The origin for absolute links in feeds: SITE_URL at build time, else root-relative. */
export function siteOrigin(): string {
	return (process.env.SITE_URL ?? '').replace(/\/$/, '');
}
