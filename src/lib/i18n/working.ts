/**
 * The text of the pages that show the working (/working, /changes): a catalogue of its
 * own, loaded only by those pages, so that no other page (the home page, the widget)
 * downloads it. English (./en/working.ts) is the reference: each translation is typed
 * against it, and tests/unit/i18n/catalogue.test.ts checks it key for key. Messages are
 * filled in as `t` fills the site's.
 */
import { fill } from './index';
import { type Lang } from './langs';
import { working as en } from './en/working';

export type WorkingKey = keyof typeof en;
export type WorkingMessages = Record<WorkingKey, string>;

const catalogues: Partial<Record<Lang, WorkingMessages>> = { en };

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<WorkingMessages>> = {
	ru: () => import('./ru/working').then((m) => m.working),
	zh: () => import('./zh/working').then((m) => m.working),
	ar: () => import('./ar/working').then((m) => m.working)
};

/** Makes a language's working text available; the pages' loads await it before rendering. */
export async function loadWorkingCatalogue(lang: Lang): Promise<void> {
	if (lang !== 'en' && !catalogues[lang]) catalogues[lang] = await LOADERS[lang]();
}

/** Registers a catalogue already in memory (server code and tests: ./all.ts). */
export function registerWorkingCatalogue(lang: Lang, messages: WorkingMessages): void {
	catalogues[lang] = messages;
}

export function workingCatalogue(lang: Lang): WorkingMessages {
	return catalogues[lang] ?? en;
}

/** A message of the working pages in `lang`, its placeholders filled as `t` fills them. */
export function tw(
	lang: Lang,
	key: WorkingKey,
	vars: Record<string, string | number> = {}
): string {
	return fill(workingCatalogue(lang)[key] ?? en[key], lang, vars);
}

const ordinals = new Map<Lang, Intl.PluralRules>();

/** "14th", "14-й", "第14", "الـ14": an ordinal number in the page's language. */
export function ordinal(n: number, lang: Lang): string {
	let rules = ordinals.get(lang);
	if (!rules) ordinals.set(lang, (rules = new Intl.PluralRules(lang, { type: 'ordinal' })));
	const form = rules.select(n);
	const key = (
		['one', 'two', 'few'].includes(form) ? `ordinal.${form}` : 'ordinal.other'
	) as WorkingKey;
	return tw(lang, key, { n });
}

/**
 * The text of Article 9(2) that 'working.rule.text' translates (treaty.json
 * entryIntoForce.text.ru). The page shows a translation only while the data's text is
 * this one; tests/unit/working/rule-text.test.ts holds the record to it, so a change of
 * the text in the data fails a test until the translations are revised.
 */
export const RULE_TRANSLATED_FROM =
	'вступает в силу на тридцатый день со дня получения депозитарием четырнадцатой ратификационной грамоты, документа о принятии, утверждении или присоединении';

/** "Article 9(2)" in the page's language ("пункт 2 статьи 9"); any other form as given. */
export function articleName(article: string, lang: Lang): string {
	const m = /^Article (\d+)\((\d+)\)$/.exec(article.trim());
	return m ? tw(lang, 'working.article', { article: m[1], paragraph: m[2] }) : article;
}

/** A working message split around one placeholder, for a component to render the value. */
export function messageAroundWorking(
	lang: Lang,
	key: WorkingKey,
	name: string,
	vars: Record<string, string | number> = {}
): [string, string] {
	const slot = '\u0000';
	const [before, after = ''] = tw(lang, key, { ...vars, [name]: slot }).split(slot);
	return [before, after];
}
