/**
 * What a reader in each language meets on a page, read from the rendered DOM in the
 * browser: every text node and every read attribute with its effective language (the
 * nearest `lang`), and the passages whose language cannot be the one they are marked
 * with. Runs inside the page (page.evaluate), so it is one self-contained function.
 */
import type { Page } from 'playwright-core';

export interface Passage {
	/** The text, or `attribute="value"`. */
	text: string;
	/** The nearest lang= of the node. */
	lang: string;
	/** Why it is reported. */
	why: 'english-prose' | 'english-not-cited' | 'script';
}

/** The page's passages in a language they are not marked with. */
export function misplacedPassages(page: Page): Promise<Passage[]> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		/** Codes, ids, addresses, dates, numbers: not prose in any language. */
		const TOKEN = /\S*(?:[\d@/_.=]|:\/\/)\S*|\S+-\S+/g;
		/** Three or more Latin words in a row: English prose (a name of one or two words is not). */
		const PROSE = /[A-Za-z][a-z’']*(?:[\s,;:]+[A-Za-z][a-z’']*){2,}/;
		const SCRIPTS: [RegExp, string[]][] = [
			[/\p{Script=Cyrillic}/u, ['ru', 'kk']],
			[/\p{Script=Han}/u, ['zh']],
			[/\p{Script=Arabic}/u, ['ar']]
		];
		const READ = ['aria-label', 'title', 'alt', 'placeholder'];
		const out: { text: string; lang: string; why: string }[] = [];
		// Code, and the links to the other languages, which name each in its own (lang= set).
		const skip = (el: Element) => !!el.closest('script, style, code, pre, noscript, template');
		const check = (text: string, el: Element) => {
			const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
			const words = text.replace(TOKEN, ' ');
			for (const [script, langs] of SCRIPTS) {
				if (script.test(words) && !langs.includes(lang)) out.push({ text, lang, why: 'script' });
			}
			if (lang !== 'en' && lang === pageLang && PROSE.test(words)) {
				out.push({ text, lang, why: 'english-prose' });
			}
			// English on a page in another language: only a title as published or a text
			// shown as written (a quotation), each marked as such.
			if (pageLang !== 'en' && lang === 'en' && /[A-Za-z]{2}/.test(words)) {
				const marked = el.closest('[lang="en"]')!.closest('cite, [data-original], a[hreflang]');
				if (!marked) out.push({ text, lang, why: 'english-not-cited' });
			}
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement!;
			const text = node.textContent!.trim();
			if (text && !skip(el)) check(text, el);
		}
		for (const el of document.body.querySelectorAll(READ.map((a) => `[${a}]`).join(','))) {
			if (skip(el)) continue;
			for (const name of READ) {
				const value = el.getAttribute(name);
				if (value) check(value, el);
			}
		}
		return out as Passage[];
	});
}
