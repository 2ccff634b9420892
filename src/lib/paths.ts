/**
 * Every internal address the site links to, built in one place so that the
 * language prefix and the lower-case state codes are applied the same way everywhere.
 */
import { DEFAULT_LANG, type Lang } from './i18n/langs';

/**
 * The site's base path (svelte.config.js `kit.paths.base`), given by vite.config.ts at
 * build time rather than read from `$app/paths`: the pages' own scripts, which run without
 * SvelteKit's client, build addresses with these functions too.
 */
// Outside Vite (the command-line tools under tsx) nothing defines it: the root.
const base = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '';

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
