/**
 * The what-if's working, loaded when the field is first needed: the engine, and the record
 * with the page's language (record.ts).
 */
import type { Lang } from '../i18n';
import { whatIfText } from '../progress/text';
import { loadRecord } from './record';

/** The what-if's paragraphs for a deposit on `day`; none for a day that is not a real one. */
export async function whatIfLines(state: string, day: string, lang: Lang): Promise<string[]> {
	const text = whatIfText(await loadRecord(lang), state, day, lang);
	return text ? [text.result, ...(text.assumed ? [text.assumed] : [])] : [];
}
