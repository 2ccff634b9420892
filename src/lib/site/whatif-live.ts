/**
 * The what-if's working, loaded when the field is first needed: the engine, the page's
 * language and the record (status-input.json), read once.
 */
import { loadCatalogue, type Lang } from '../i18n';
import { sitePath } from '../paths';
import type { StatusInput } from '../status/input';
import { whatIfText } from '../progress/text';

let input: Promise<StatusInput> | null = null;

/** The what-if's paragraphs for a deposit on `day`; none for a day that is not a real one. */
export async function whatIfLines(state: string, day: string, lang: Lang): Promise<string[]> {
	const [record] = await Promise.all([
		(input ??= fetch(sitePath('/status-input.json', lang)).then((r) => r.json())),
		loadCatalogue(lang)
	]);
	const text = whatIfText(record, state, day, lang);
	return text ? [text.result, ...(text.assumed ? [text.assumed] : [])] : [];
}
