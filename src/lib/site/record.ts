/**
 * The record as the page shows it (status-input.json, in the page's language), fetched
 * once, when a live part first needs it, and the page's interface text with it.
 */
import { loadCatalogue, type Lang } from '../i18n';
import { sitePath } from '../paths';
import type { StatusInput } from '../status/input';

let record: Promise<StatusInput> | null = null;

export function loadRecord(lang: Lang): Promise<StatusInput> {
	record ??= Promise.all([
		fetchRecord(sitePath('/status-input.json', lang)),
		loadCatalogue(lang)
	]).then(([input]) => input);
	// A failed load is tried again the next time, not remembered.
	record.catch(() => (record = null));
	return record;
}

/**
 * Every failure names the address: the browser's own ("Failed to fetch", or a JSON
 * error when a host answers with a page of its own) does not.
 */
async function fetchRecord(address: string): Promise<StatusInput> {
	const named = (error: unknown) =>
		new Error(`${address}: ${error instanceof Error ? error.message : String(error)}`);
	let response: Response;
	try {
		response = await fetch(address);
	} catch (error) {
		throw named(error);
	}
	if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
	try {
		return (await response.json()) as StatusInput;
	} catch (error) {
		throw named(error);
	}
}
