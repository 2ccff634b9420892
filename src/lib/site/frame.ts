/**
 * What every page of the site does in the browser, without a framework: the language
 * links carry the view over (the as-of date in the query), and a printed page names the
 * address the reader has, query and all, rather than the canonical one the server wrote.
 */

/** The language links keep the query string the address bar has at the moment of the click. */
export function keepViewOnLanguageLinks(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-view]')) {
		link.addEventListener('click', () => {
			const target = new URL(link.href);
			target.search = location.search;
			link.href = target.href;
		});
	}
}

/**
 * The running foot's address is the one in the address bar: now, and again before
 * printing (the home page rewrites the address when the date moves, and says so too).
 */
export function printTheAddressBar(): void {
	showAddress();
	addEventListener('beforeprint', showAddress);
}

export function showAddress(): void {
	for (const el of document.querySelectorAll('[data-printed-url]')) el.textContent = location.href;
}
