import type { EntryGenerator, PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { stateData } from '$lib/server/page-data';
import { stateCode } from '$lib/server/routes';
import { correctionsContact } from '$lib/server/config';

/** No SvelteKit client: the page's own script adds the what-if (src/lib/site/). */
export const csr = false;

/** Every member's page is prerendered, in every published language. */
export const entries: EntryGenerator = () =>
	dataset().members.members.map((m) => ({ code: m.state.toLowerCase() }));

/** The route's parameter is the address's lower-case code; the state is its ISO code. */
export const load = (async ({ params, parent }) => {
	const state = stateCode(params.code);
	const { lang } = await parent();
	return { state, ...stateData(dataset(), state, lang), corrections: correctionsContact() };
}) satisfies PageServerLoad;
