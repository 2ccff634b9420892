import type { EntryGenerator } from './$types';
import { dataset, fingerprint, siteOrigin } from '$lib/server/dataset';
import { atomResponse, stateCode, stateEntries } from '$lib/server/routes';
import { stateFeed } from '$lib/api/feed';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

/** One state's record as an Atom feed, in English: its actions and its file's revisions. */
export function GET({ params }) {
	return atomResponse(
		stateFeed(dataset(), siteOrigin(), 'en', stateCode(params.code), fingerprint())
	);
}
