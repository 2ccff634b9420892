/**
 * The browser's side of the map. The shapes arrive once, in the server's HTML; the browser
 * only restyles them when the as-of date (or the language) changes, by rewriting the
 * attributes of each member's link. When the map is rendered in the browser instead (a
 * client-side navigation to a page with a map), the shapes were never received: they are
 * read from the prerendered HTML of the page itself, the one place they exist.
 */
import type { Lang } from '$lib/i18n';
import type { Status } from '$lib/status/engine';
import { memberMarks, memberView } from '$lib/map/marks';

/** Rewrites each member link of `group` to show `status`, with the server's own attributes. */
export function applyStatus(group: Element, status: Status, lang: Lang, highlight?: string): void {
	for (const link of group.querySelectorAll('a[data-state]')) {
		const view = memberView(status, link.getAttribute('data-state')!);
		for (const [name, value] of Object.entries(memberMarks(view, lang, highlight))) {
			if (value === null) link.removeAttribute(name);
			else link.setAttribute(name, value);
		}
	}
}

/**
 * Fills an empty shapes group from the prerendered HTML of the current page: the map with
 * the same id there has the same shapes. Resolves to false when none is found (a page
 * that is not prerendered); the map's text summary and legend still say everything.
 */
export async function fillFromPage(group: Element, id: string, url: string): Promise<boolean> {
	const response = await fetch(url, { headers: { accept: 'text/html' } });
	if (!response.ok) return false;
	const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
	const source = doc.querySelector(`[data-map-shapes="${CSS.escape(id)}"]`);
	if (!source || group.childElementCount > 0) return false;
	group.replaceChildren(...[...source.childNodes].map((n) => document.importNode(n, true)));
	return true;
}
