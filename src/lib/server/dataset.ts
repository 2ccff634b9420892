/**
 * The bundled data set, read and validated once per build (or dev server). Invalid
 * data throws here, so a build with invalid data fails instead of publishing it.
 */
import type { Dataset } from '../data/schema';
import { loadDataset } from './read-data';

let cached: Dataset | undefined;

export function dataset(): Dataset {
	cached ??= loadDataset();
	return cached;
}

/** The origin for absolute links in feeds: SITE_URL at build time, else root-relative. */
export function siteOrigin(): string {
	return (process.env.SITE_URL ?? '').replace(/\/$/, '');
}
