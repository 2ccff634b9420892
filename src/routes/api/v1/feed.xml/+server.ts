import { dataset, fingerprint, siteOrigin } from '$lib/server/dataset';
import { atomResponse } from '$lib/server/routes';
import { recordFeed } from '$lib/api/feed';

export const prerender = true;

/** The whole record as an Atom feed, in English (feed.ru.xml is the Russian one). */
export function GET() {
	return atomResponse(recordFeed(dataset(), siteOrigin(), 'en', fingerprint()));
}
