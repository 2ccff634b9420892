import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { dataset, siteOrigin } from '$lib/server/dataset';
import { stateFeed } from '$lib/api/feed';

export const prerender = true;

export const entries: EntryGenerator = () =>
	dataset().states.map((s) => ({ code: s.state.toLowerCase() }));

/** One state's record as an Atom feed, in English: its actions and its file's revisions. */
export function GET({ params }) {
	const data = dataset();
	const code = params.code.toUpperCase();
	if (!data.states.some((s) => s.state === code)) error(404, `No state ${params.code}`);
	return new Response(stateFeed(data, siteOrigin(), 'en', code), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
}
