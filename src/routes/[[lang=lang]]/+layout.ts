import type { LayoutLoad } from './$types';
import { loadCatalogue } from '$lib/i18n';

/** The page's language is loaded before it renders, on the server and in the browser alike. */
export const load = (async ({ data }) => {
	await loadCatalogue(data.lang);
	return data;
}) satisfies LayoutLoad;
