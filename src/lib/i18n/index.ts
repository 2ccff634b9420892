/**
 * All interface text goes through `t`: one catalogue per language, English as the
 * reference. English is always here; another language's catalogue is loaded once with
 * `loadCatalogue`, which the language's layout awaits before anything renders, so a
 * page in any language renders the same on the server and in the browser while each
 * page downloads only its own language. Server code registers every catalogue at once
 * (./all.ts). Each translation is typed against English, and
 * tests/unit/i18n/catalogue.test.ts checks it key for key.
 * `{name}` placeholders are filled from `vars`; numbers are written with Intl in the
 * page's language. On a right-to-left page each value is set in Unicode's directional
 * isolates (FSI … PDI), as ICU's message formatting does, so that an English organ, a
 * source's locator or a date inside an Arabic sentence keeps its own order and does not
 * carry the sentence's punctuation along with it.
 */
import { en, type MessageKey, type Messages } from './en';
import { LANG_INFO, intlLocale, type Lang } from './langs';

const catalogues: Partial<Record<Lang, Messages>> = { en };

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
	ru: () => import('./ru').then((m) => m.ru),
	zh: () => import('./zh').then((m) => m.zh),
	ar: () => import('./ar').then((m) => m.ar)
};

/** Makes a language's text available to `t`; call (and await) before rendering in it. */
export async function loadCatalogue(lang: Lang): Promise<void> {
	if (lang !== 'en' && !catalogues[lang]) catalogues[lang] = await LOADERS[lang]();
}

/** Registers a catalogue already in memory (server code: ./all.ts). */
export function registerCatalogue(lang: Lang, messages: Messages): void {
	catalogues[lang] = messages;
}

export function catalogue(lang: Lang): Messages {
	return catalogues[lang] ?? en;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
	let f = numberFormats.get(lang);
	if (!f) {
		f = new Intl.NumberFormat(intlLocale(lang));
		numberFormats.set(lang, f);
	}
	return f;
}

/** First strong isolate and pop directional isolate. */
export const FSI = '\u2068';
export const PDI = '\u2069';

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return fill(catalogue(lang)[key] ?? en[key], lang, vars);
}

/** A message's `{name}` placeholders filled in, as `t` does (also for i18n/working.ts). */
export function fill(
	template: string,
	lang: Lang,
	vars: Record<string, string | number> = {}
): string {
	const isolate = LANG_INFO[lang].dir === 'rtl';
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (!(name in vars)) return whole;
		const value = vars[name];
		const text = typeof value === 'number' ? numberFormat(lang).format(value) : value;
		return isolate ? FSI + text + PDI : text;
	});
}

export type { MessageKey, Messages };
export { LANGS, LANG_INFO, intlLocale, isLang, langOfPath, localizePath, type Lang } from './langs';
