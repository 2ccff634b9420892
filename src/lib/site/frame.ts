/**
 * What every page of the site does in the browser: the language links carry the view
 * over (the as-of date in the query), and a printed page names the address the reader
 * has, query and all, rather than the canonical one the server wrote. The pages without a
 * framework call these from their own script (page.ts); the pages with SvelteKit's client
 * from the site's layout and the language switcher.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/langs';

/** The page's language, as the server set it on <html>. */
export function pageLang(): Lang {
	const lang = document.documentElement.lang;
	return isLang(lang) ? lang : DEFAULT_LANG;
}

/**
 * Gives a language link the query string the address bar has at the moment of the click:
 * the prerendered link has none, and the home page rewrites the address when the date
 * moves. The browser reads the link's href after the handlers, so the new one is followed.
 */
export function carryQuery(link: HTMLAnchorElement): void {
	const target = new URL(link.href);
	target.search = location.search;
	link.href = target.href;
}

/** Every language link keeps the view (the page's own script; the switcher does it itself). */
export function keepViewOnLanguageLinks(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-view]')) {
		link.addEventListener('click', () => carryQuery(link));
	}
}

/**
 * The running foot's address is the one in the address bar: now, and again before
 * printing (the home page rewrites the address when the date moves, and says so too).
 * Returns the function that stops the listening.
 */
export function printTheAddressBar(): () => void {
	showAddress();
	addEventListener('beforeprint', showAddress);
	return () => removeEventListener('beforeprint', showAddress);
}

export function showAddress(): void {
	for (const el of document.querySelectorAll('[data-printed-url]')) el.textContent = location.href;
}
