import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { correctionsContact } from '$lib/server/config';

/** Every member's page is prerendered, in every published language. */
export const entries: EntryGenerator = () =>
	dataset().members.members.map((m) => ({ code: m.state.toLowerCase() }));

export const load = (async ({ params, parent }) => {
	const { data } = await parent();
	const code = params.code.toUpperCase();
	if (params.code !== params.code.toLowerCase() || !data.states.some((s) => s.state === code)) {
		error(404, `No member state with the code ${params.code}`);
	}
	return { code, corrections: correctionsContact() };
}) satisfies PageServerLoad;
