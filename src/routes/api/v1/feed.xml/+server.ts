import { dataset, siteOrigin } from '$lib/server/dataset';
import { atomFeed, feedEntries } from '$lib/api/feed';
import { stateName } from '$lib/i18n/format';

export const prerender = true;

export function GET() {
	const data = dataset();
	const origin = siteOrigin();
	const body = atomFeed({
		id: 'urn:cica-pi:feed',
		title: `${data.treaty.shortTitle.en}: ratification record`,
		selfUrl: `${origin}/api/v1/feed.xml`,
		link: `${origin}/`,
		entries: feedEntries(data, origin, (c) => stateName(c, 'en'))
	});
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
