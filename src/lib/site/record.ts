/**
 * The record as the page shows it (status-input.json, in the page's language), fetched
 * once, when a live part first needs it, and the page's interface text with it.
 */
import { loadCatalogue, type Lang } from '../i18n';
import { sitePath } from '../paths';
import type { StatusInput } from '../status/input';

let record: Promise<StatusInput> | null = null;

export function loadRecord(lang: Lang): Promise<StatusInput> {
	record ??= Promise.all([fetch(sitePath('/status-input.json', lang)), loadCatalogue(lang)]).then(
		([response]) => {
			if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
			return response.json() as Promise<StatusInput>;
		}
	);
	// A failed load is tried again the next time, not remembered.
	record.catch(() => (record = null));
	return record;
}
