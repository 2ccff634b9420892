import type { EntryGenerator, RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { homeInput } from '$lib/server/page-data';
import { AVAILABLE_LANGS } from '$lib/i18n/available';
import { DEFAULT_LANG, isLang } from '$lib/i18n/langs';

export const prerender = true;

/** One file per published language; the default language's has no prefix. */
export const entries: EntryGenerator = () =>
	AVAILABLE_LANGS.map((lang) => ({ lang: lang === 'en' ? undefined : lang }));

/**
 * What the home page's live parts and a state page's what-if read, fetched only when the
 * reader uses them (src/lib/site/): the record as the engine reads it, with what the
 * timeline and the table print of each action in the page's language (page-data.ts
 * homeInput). Not part of the open data: its shape follows the pages.
 */
export const GET: RequestHandler = ({ params }) =>
	new Response(
		JSON.stringify(homeInput(dataset(), isLang(params.lang) ? params.lang : DEFAULT_LANG)),
		{ headers: { 'content-type': 'application/json' } }
	);
