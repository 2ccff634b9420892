/**
 * The interface languages. English is served at /, the others under /ru/, /zh/, /ar/.
 */
// Defined here, not in the data schema, so that browser code using languages does not
// pull in zod.
export const LANGS = ['en', 'ru', 'zh', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

export const LANG_INFO: Record<Lang, { dir: 'ltr' | 'rtl'; locale: string; native: string }> = {
	en: { dir: 'ltr', locale: 'en-GB', native: 'English' },
	ru: { dir: 'ltr', locale: 'ru-RU', native: 'Русский' },
	zh: { dir: 'ltr', locale: 'zh-CN', native: '中文' },
	ar: { dir: 'rtl', locale: 'ar', native: 'العربية' }
};

/**
 * The locale given to Intl: the language's, with Western digits in every language.
 * Arabic pages too use 0–9, as the United Nations' Arabic documents do; the page's
 * dates, counts, ISO codes and the ?asOf=YYYY-MM-DD address then share one set of digits,
 * and the server's and the browser's output cannot differ by their default digits.
 */
export function intlLocale(lang: Lang): string {
	return `${LANG_INFO[lang].locale}-u-nu-latn`;
}

export function isLang(value: string | undefined | null): value is Lang {
	return !!value && (LANGS as readonly string[]).includes(value);
}

/** The language of a URL path: its first segment if that is a language, else English. */
export function langOfPath(pathname: string): Lang {
	const first = pathname.split('/')[1];
	return isLang(first) ? first : DEFAULT_LANG;
}

/** A path in another language: "/ru/states/kz" from "/states/kz". */
export function localizePath(pathname: string, lang: Lang): string {
	const parts = pathname.split('/');
	const rest = isLang(parts[1]) ? '/' + parts.slice(2).join('/') : pathname;
	const clean = rest === '/' ? '' : rest;
	return lang === DEFAULT_LANG ? clean || '/' : `/${lang}${clean}`;
}
