import type { Handle } from '@sveltejs/kit';
import { LANG_INFO, langOfPath } from '$lib/i18n/langs';
import { hydrates, withoutMarkers } from '$lib/server/markers';
// The server renders and publishes every language: all catalogues, registered once.
import '$lib/i18n/all';

/**
 * Sets <html lang dir> from the path's language: the page's language is in its URL. A page
 * that will not be hydrated loses Svelte's hydration markers (server/markers.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang).replace('%dir%', LANG_INFO[lang].dir);
			return hydrates(page) ? page : withoutMarkers(page);
		}
	});
};
