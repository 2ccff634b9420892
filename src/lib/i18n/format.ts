/**
 * Dates, numbers and names in the page's language, keeping each date's precision:
 * "2024" stays a year in every language, a month stays a month, and a range says
 * "between ... and ...". Formatting is in UTC so that no time zone moves a day.
 */
import { isRange, precisionOf, type DateValue, type PartialDate } from '../data/dates';
import type { LocalizedText } from '../data/schema';
import { t } from './index';
import { LANG_INFO, type Lang } from './langs';
import names from './generated/names';

const OPTIONS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	year: { year: 'numeric', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, precision: 'day' | 'month' | 'year') {
	const key = `${lang}:${precision}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(LANG_INFO[lang].locale, OPTIONS[precision]);
		formatters.set(key, f);
	}
	return f;
}

function formatPartial(date: PartialDate, lang: Lang): string {
	const precision = precisionOf(date);
	const [y, m = 1, d = 1] = date.split('-').map(Number);
	return formatter(lang, precision).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A date from the data, in words, at exactly its precision. */
export function formatDate(value: DateValue, lang: Lang): string {
	if (isRange(value)) {
		return t(lang, 'date.range', {
			from: formatPartial(value.from, lang),
			to: formatPartial(value.to, lang)
		});
	}
	return formatPartial(value, lang);
}

/** An ISO interval "a/b" (as the engine reports entry into force) or a plain date. */
export function formatIsoDate(text: string, lang: Lang): string {
	const [from, to] = text.split('/');
	return to && to !== '..' ? formatDate({ from, to }, lang) : formatDate(from, lang);
}

export function formatNumber(n: number, lang: Lang): string {
	return new Intl.NumberFormat(LANG_INFO[lang].locale).format(n);
}

/** A state's short name in a language (generated from i18n-iso-countries at build). */
export function stateName(code: string, lang: Lang): string {
	return names[code]?.[lang] ?? names[code]?.en ?? code;
}

/**
 * A note from the data in the reader's language. A text with no translation comes
 * back in its original language, with that language named so the page can mark it.
 */
export function localized(
	text: LocalizedText,
	lang: Lang
): { text: string; lang: Lang; translated: boolean } {
	if (typeof text === 'string') return { text, lang: 'en', translated: lang === 'en' };
	const own = text[lang];
	if (own) return { text: own, lang, translated: true };
	const original = Object.keys(text)[0] as Lang;
	return { text: text[original]!, lang: original, translated: false };
}

/** A per-language text from the data (titles), in the page's language or else English. */
export function inLang(texts: Partial<Record<Lang, string>>, lang: Lang): string {
	return texts[lang] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
