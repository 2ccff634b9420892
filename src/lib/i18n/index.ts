/**
 * All interface text goes through `t`: one catalogue per language, English as the
 * reference. A missing key falls back to English (the tests forbid any missing key);
 * `{name}` placeholders are filled from `vars`.
 */
import { en, type MessageKey, type Messages } from './en';
import type { Lang } from './langs';

const catalogues: Partial<Record<Lang, Messages>> = { en };

/** Registers a translation; each language's module calls this once. */
export function registerCatalogue(lang: Lang, messages: Messages) {
	catalogues[lang] = messages;
}

export function catalogue(lang: Lang): Messages {
	return catalogues[lang] ?? en;
}

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	const template = catalogue(lang)[key] ?? en[key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

export type { MessageKey, Messages };
export { LANGS, LANG_INFO, isLang, langOfPath, localizePath, type Lang } from './langs';
