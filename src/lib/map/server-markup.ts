/**
 * The map's shapes for one status, as the server writes them into the page: the geometry
 * draws (geo/markup.ts), and each member's link carries the marks memberMarks decides, the
 * same the browser sets when the as-of date moves. Server and build only: it loads the
 * geometry, which the browser never receives (StatusMap.svelte).
 */
import type { Lang } from '../i18n';
import { mapMarkup, type MapMarkup } from '../geo/markup';
import type { Status } from '../status/engine';
import { memberMarks, memberView } from './marks';

export function statusMapMarkup(status: Status, lang: Lang, highlight?: string): MapMarkup {
	return mapMarkup({
		attributes: (state) => memberMarks(memberView(status, state), lang, highlight),
		raised: highlight
	});
}
