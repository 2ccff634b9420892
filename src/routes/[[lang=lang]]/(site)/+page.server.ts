import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { homeData } from '$lib/server/page-data';

/** No SvelteKit client: the page's own script adds the as-of date and the rest (src/lib/site/). */
export const csr = false;

/** What the count, map, timeline and table show, at any date, in the page's language. */
export const load = (async ({ parent }) => {
	const { lang } = await parent();
	return homeData(dataset(), lang);
}) satisfies PageServerLoad;
