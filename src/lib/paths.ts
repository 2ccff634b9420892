/**
 * Every internal address the site links to, built in one place so that the
 * language prefix and the lower-case state codes are applied the same way everywhere.
 */
import { base } from '$app/paths';
import { DEFAULT_LANG, type Lang } from './i18n/langs';

function prefix(lang: Lang): string {
	return lang === DEFAULT_LANG ? base : `${base}/${lang}`;
}

export function homePath(lang: Lang): string {
	return prefix(lang) || '/';
}

/** A state's page, by its ISO alpha-2 code: "/ru/states/kz". */
export function statePath(state: string, lang: Lang): string {
	return `${prefix(lang)}/states/${state.toLowerCase()}`;
}

/** Any page of the site in a language: sitePath('/api', 'ru') is "/ru/api". */
export function sitePath(path: string, lang: Lang): string {
	return `${prefix(lang)}${path}`;
}
