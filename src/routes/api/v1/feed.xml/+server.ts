import { dataset, siteOrigin } from '$lib/server/dataset';
import { recordFeed } from '$lib/api/feed';

export const prerender = true;

/** The whole record as an Atom feed, in English (feed.ru.xml is the Russian one). */
export function GET() {
	return new Response(recordFeed(dataset(), siteOrigin(), 'en'), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
}
