import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { workingData } from '$lib/server/page-data';

/** The record and the rule, in the page's language: the working is computed for any day. */
export const load = (async ({ parent }) => {
	const { lang } = await parent();
	return workingData(dataset(), lang);
}) satisfies PageServerLoad;
