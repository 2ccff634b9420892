import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { dataset, siteOrigin } from '$lib/server/dataset';
import { atomFeed, feedEntries } from '$lib/api/feed';
import { stateName } from '$lib/i18n/format';

export const prerender = true;

export const entries: EntryGenerator = () =>
	dataset().states.map((s) => ({ code: s.state.toLowerCase() }));

/** One state's record as an Atom feed: its actions and its file's revisions. */
export function GET({ params }) {
	const data = dataset();
	const code = params.code.toUpperCase();
	if (!data.states.some((s) => s.state === code)) error(404, `No state ${params.code}`);
	const origin = siteOrigin();
	const name = stateName(code, 'en');
	const body = atomFeed({
		id: `urn:cica-pi:feed:${code}`,
		title: `${name}: ${data.treaty.shortTitle.en}`,
		selfUrl: `${origin}/states/${params.code}/feed.xml`,
		link: `${origin}/states/${params.code}`,
		entries: feedEntries(data, origin, (c) => stateName(c, 'en'), code)
	});
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
