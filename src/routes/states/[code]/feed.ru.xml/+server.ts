import type { EntryGenerator } from './$types';
import { dataset, fingerprint, siteOrigin } from '$lib/server/dataset';
import { atomResponse, stateCode, stateEntries } from '$lib/server/routes';
import { stateFeed } from '$lib/api/feed';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

/** One state's record as an Atom feed, in Russian. */
export function GET({ params }) {
	return atomResponse(
		stateFeed(dataset(), siteOrigin(), 'ru', stateCode(params.code), fingerprint())
	);
}
