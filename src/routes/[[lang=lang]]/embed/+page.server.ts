import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { embedData } from '$lib/server/page-data';
import { isLang, DEFAULT_LANG } from '$lib/i18n/langs';

/**
 * The widget ships no framework: prerendered markup and CSS, and a small script of its own
 * (src/lib/embed/widget.ts) for what its options change in the browser.
 */
export const csr = false;

/** The widget shows only the status: it gets what the engine reads, not the record. */
export const load = (({ params }) =>
	embedData(dataset(), isLang(params.lang) ? params.lang : DEFAULT_LANG)) satisfies PageServerLoad;
