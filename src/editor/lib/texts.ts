/**
 * Editing a text the data may give per language (a note, an organ, a locator): the
 * form shows one box per language; these turn the boxes into the data's value and back,
 * keeping the language it was written in first, as the format requires.
 */
import type { LocalizedText } from '$lib/data/schema';

/** Keyed by language code: the site's four, or a source's own (a Kazakh title). */
export type Texts = Partial<Record<string, string>>;
type Text = LocalizedText | Texts;

/** The value as one text per language; a plain string is English. */
export function asTexts(value: Text | undefined | null): Texts {
	if (value === undefined || value === null) return {};
	return typeof value === 'string' ? { en: value } : { ...value };
}

/** The language it was written in: the first key, or English for a plain string. */
export function originalOf(value: Text | undefined | null): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string') return 'en';
	return Object.keys(value)[0] ?? null;
}

/**
 * The value with one language's text set (or removed when empty). A new language goes
 * after the others, so the original stays first; a value that was a plain English
 * string stays one while English is its only language. Undefined when no text is left.
 */
export function withText(
	value: Text | undefined | null,
	lang: string,
	text: string
): LocalizedText | undefined {
	const texts = asTexts(value);
	if (text === '') delete texts[lang];
	else texts[lang] = text;
	const keys = Object.keys(texts);
	if (!keys.length) return undefined;
	if (typeof value === 'string' && keys.length === 1 && keys[0] === 'en') return texts.en;
	if (value === undefined || value === null) {
		// A first text typed in English alone is written as plain text, as the files do.
		if (keys.length === 1 && keys[0] === 'en') return texts.en;
	}
	return texts as LocalizedText;
}
