import type { Handle } from '@sveltejs/kit';
import { LANG_INFO, langOfPath } from '$lib/i18n/langs';
// The server renders and publishes every language: all catalogues, registered once.
import '$lib/i18n/all';

/** Sets <html lang dir> from the path's language: the page's language is in its URL. */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%dir%', LANG_INFO[lang].dir)
	});
};
