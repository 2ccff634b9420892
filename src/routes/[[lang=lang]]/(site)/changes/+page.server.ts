import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { changesData } from '$lib/server/page-data';

/** The record for any two days and the record's own corrections, in the page's language. */
export const load = (async ({ parent }) => {
	const { lang } = await parent();
	return changesData(dataset(), lang);
}) satisfies PageServerLoad;
