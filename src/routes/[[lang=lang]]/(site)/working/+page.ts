import type { PageLoad } from './$types';
import { loadWorkingCatalogue } from '$lib/i18n/working';

/** The working pages' own text, loaded before the page renders (i18n/working.ts). */
export const load = (async ({ data, parent }) => {
	const { lang } = await parent();
	await loadWorkingCatalogue(lang);
	return data;
}) satisfies PageLoad;
