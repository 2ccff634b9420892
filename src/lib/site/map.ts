/**
 * The map in the browser. The shapes arrive once, in the server's HTML; the home page's
 * script only restyles them when the as-of date moves, by rewriting the attributes of each
 * member's link with the server's own function (map/marks.ts).
 */
import type { Lang } from '../i18n';
import type { Status } from '../status/engine';
import { memberMarks, memberView } from '../map/marks';

/** Rewrites each member link of `group` to show `status`, with the server's own attributes. */
export function applyStatus(group: Element, status: Status, lang: Lang): void {
	for (const link of group.querySelectorAll('a[data-state]')) {
		const view = memberView(status, link.getAttribute('data-state')!);
		for (const [name, value] of Object.entries(memberMarks(view, lang))) {
			if (value === null) link.removeAttribute(name);
			else link.setAttribute(name, value);
		}
	}
}
