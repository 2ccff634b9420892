import { dataset, siteOrigin } from '$lib/server/dataset';
import { recordFeed } from '$lib/api/feed';

export const prerender = true;

/** The whole record as an Atom feed, in Russian. */
export function GET() {
	return new Response(recordFeed(dataset(), siteOrigin(), 'ru'), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
}
