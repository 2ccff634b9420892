/**
 * The `<link rel="alternate" hreflang>` set of a page: the same page in every published
 * language, and x-default, the English page, for readers whose language is not one of
 * them. Search engines then offer each reader the page in their language.
 */
import { AVAILABLE_LANGS } from './available';
import { DEFAULT_LANG, localizePath, type Lang } from './langs';

export interface Alternate {
	hreflang: Lang | 'x-default';
	href: string;
}

/** `origin` is SITE_URL at build ("" gives root-relative addresses). */
export function alternates(
	pathname: string,
	origin = '',
	langs: readonly Lang[] = AVAILABLE_LANGS
): Alternate[] {
	if (langs.length < 2) return [];
	const href = (lang: Lang) => origin + localizePath(pathname, lang);
	return [
		...langs.map((lang) => ({ hreflang: lang, href: href(lang) })),
		{ hreflang: 'x-default' as const, href: href(DEFAULT_LANG) }
	];
}
