/**
 * Dates, numbers and names in the page's language, keeping each date's precision:
 * "2024" stays a year in every language, a month stays a month, and a range says
 * "between ... and ...". Formatting is in UTC so that no time zone moves a day.
 */
import { isRange, precisionOf, type DateValue, type PartialDate } from '../data/dates';
import type { LocalizedText, PublishedText, TreatyFile } from '../data/schema';
import { t, type MessageKey } from './index';
import { intlLocale, type Lang } from './langs';
import names from './generated/names';

const OPTIONS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	year: { year: 'numeric', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: 'day' | 'month' | 'year') {
	const key = `${locale}:${precision}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
		formatters.set(key, f);
	}
	return f;
}

/**
 * Arabic months as the United Nations' Arabic documents name them, both names joined:
 * "كانون الأول/ديسمبر", so that readers from the Levant and Iraq and from Egypt and
 * the Gulf each find their own. Both come from Intl; where the runtime has only one
 * set of names (a trimmed ICU), the single name is kept.
 */
function arabicMonth(when: Date): string {
	const [levant, egypt] = ['ar-SY', 'ar-EG'].map((l) =>
		new Intl.DateTimeFormat(`${l}-u-nu-latn`, { month: 'long', timeZone: 'UTC' }).format(when)
	);
	return levant === egypt ? egypt : `${levant}/${egypt}`;
}

/**
 * One date at its precision. A year alone is written from the year's digits and the
 * catalogue's `date.year` ("2024", "2024 г.", "2024年"), so that it reads like the year
 * of a full date in the same language. `from` marks the start of a range: Russian says
 * "с декабря 2024 г.", with the month in the genitive that Intl gives only inside a date
 * with its day, so the day is dropped from such a date.
 */
function formatPartial(date: PartialDate, lang: Lang, role?: 'from'): string {
	const precision = precisionOf(date);
	const [y, m = 1, d = 1] = date.split('-').map(Number);
	const when = new Date(Date.UTC(y, m - 1, d));
	const locale = intlLocale(lang);
	if (precision === 'year') {
		const year = formatter(locale, 'year')
			.formatToParts(when)
			.find((p) => p.type === 'year')!.value;
		return t(lang, 'date.year', { year });
	}
	if (precision === 'month' && role === 'from' && lang === 'ru') {
		const parts = formatter(locale, 'day').formatToParts(when);
		const month = parts.findIndex((p) => p.type === 'month');
		return parts
			.slice(month)
			.map((p) => p.value)
			.join('');
	}
	const parts = formatter(locale, precision).formatToParts(when);
	return parts
		.map((p) => (lang === 'ar' && p.type === 'month' ? arabicMonth(when) : p.value))
		.join('');
}

/**
 * The same spacing from every runtime: ICU versions differ in the space they put before
 * Russian "г." (a plain space in Chromium's, a narrow no-break space in Node's), and the
 * server's text must not change when the browser redraws it. A no-break space keeps the
 * year and "г." on one line.
 */
function tidy(text: string): string {
	return text.replace(/[ \u202f](?=г\.)/g, '\u00a0').replace(/\u202f/g, '\u00a0');
}

/** A date from the data, in words, at exactly its precision. */
export function formatDate(value: DateValue, lang: Lang): string {
	if (isRange(value)) {
		return t(lang, 'date.range', {
			from: tidy(formatPartial(value.from, lang, 'from')),
			to: tidy(formatPartial(value.to, lang))
		});
	}
	return tidy(formatPartial(value, lang));
}

/** An ISO interval "a/b" (as the engine reports entry into force) or a plain date. */
export function formatIsoDate(text: string, lang: Lang): string {
	const [from, to] = text.split('/');
	return to && to !== '..' ? formatDate({ from, to }, lang) : formatDate(from, lang);
}

export function formatNumber(n: number, lang: Lang): string {
	return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

/** A state's short name in a language (generated from i18n-iso-countries at build). */
export function stateName(code: string, lang: Lang): string {
	return names[code]?.[lang] ?? names[code]?.en ?? code;
}

/** A text from the data: a plain string (English) or texts per language, the first its original. */
type DataText = LocalizedText | PublishedText;

/** A text from the data as a page shows it. */
export interface ShownText {
	/** The text in the page's language where the data has it, else in its original language. */
	text: string;
	/** The language `text` is in (a source's title may be in one the site is not: `kk`). */
	lang: string;
	/** The language the text was written or published in: its first language in the data. */
	original: string;
	/** `text` is this project's translation, not the original: pages mark it so. */
	translation: boolean;
}

/** A text's original: its first language in the data (a plain string is English). */
export function originalOf(text: DataText): { text: string; lang: string } {
	if (typeof text === 'string') return { text, lang: 'en' };
	const lang = Object.keys(text)[0];
	return { text: (text as Record<string, string>)[lang], lang };
}

/**
 * A text from the data in the reader's language: the data's translation where it has
 * one (marked as this project's translation unless it is the original), else the
 * original, with its language named so that the page can set it.
 */
export function localized(text: DataText, lang: Lang): ShownText {
	const original = originalOf(text);
	const own = typeof text === 'string' ? undefined : (text as Record<string, string>)[lang];
	if (own) return { text: own, lang, original: original.lang, translation: lang !== original.lang };
	return { ...original, original: original.lang, translation: false };
}

/**
 * A quotation from a source ("“The first meeting …”", "«за ратификацию …»"): its
 * wording is the evidence, so a page in another language shows it as written, followed
 * by the translation.
 */
export function isQuotation(text: string): boolean {
	return /^\s*["“«„「『‘]/.test(text);
}

/**
 * A text cited as written (a source's title as published, a quotation): the original in
 * its own language and, where the page's language is another and the data has it, this
 * project's translation into it.
 */
export function asWritten(
	text: DataText,
	lang: Lang
): { original: { text: string; lang: string }; translation: string | null } {
	const original = originalOf(text);
	const shown = localized(text, lang);
	return { original, translation: shown.translation ? shown.text : null };
}

/**
 * The part of a text a page in `lang` shows: its original and, where it differs, the
 * page's language, in the data's order (the original first), so that the page can mark a
 * translation and show a quotation or a title as written. `localized` reads it back the
 * same as the whole text.
 */
export function forLang<T extends DataText>(text: T, lang: Lang): T {
	// A plain string stays one; texts per language keep their original and the page's.
	if (typeof text === 'string') return text;
	const all = text as Record<string, string>;
	const first = Object.keys(all)[0];
	const own = all[lang];
	return (
		own && first !== lang ? { [first]: all[first], [lang]: own } : { [first]: all[first] }
	) as T;
}

/** A text from the data as plain text (feeds, files): the reader's language, else the original. */
export function plainText(text: DataText, lang: Lang): string {
	return localized(text, lang).text;
}

/**
 * A message split around one of its placeholders, so that a component can render the
 * value itself (a text from the data, with its own language and direction). On a
 * right-to-left page the parts keep the isolates `t` puts around the value.
 */
export function messageAround(
	lang: Lang,
	key: MessageKey,
	name: string,
	vars: Record<string, string | number> = {}
): [string, string] {
	const slot = '\u0000';
	const [before, after = ''] = t(lang, key, { ...vars, [name]: slot }).split(slot);
	return [before, after];
}

/** A per-language text from the data (titles), in the page's language or else English. */
export function inLang(texts: Partial<Record<Lang, string>>, lang: Lang): string {
	return texts[lang] ?? texts.en ?? Object.values(texts)[0] ?? '';
}

/**
 * Whether the treaty's titles in a language are this project's translation rather than
 * an official text (treaty.json `titleUnofficial`): pages in it then say so.
 */
export function titleIsTranslation(
	treaty: Pick<TreatyFile, 'title' | 'titleUnofficial'>,
	lang: Lang
): boolean {
	return !!treaty.titleUnofficial?.includes(lang) && !!treaty.title[lang];
}

/** The place of signature in a language ("Стамбул"), else as the data names it. */
export function signaturePlace(
	treaty: { signature: Pick<TreatyFile['signature'], 'place' | 'placeNames'> },
	lang: Lang
): string {
	return treaty.signature.placeNames?.[lang] ?? treaty.signature.place;
}

/**
 * A separator between the parts of a citation (`list.comma`) or between citations
 * (`list.semicolon`), with the space the language puts after it: none after Chinese
 * full-width punctuation, which carries its own.
 */
export function separator(lang: Lang, key: 'list.comma' | 'list.semicolon'): string {
	const mark = t(lang, key);
	return /[\u3000-\u303f\uff00-\uffef]$/.test(mark) ? mark : `${mark} `;
}
