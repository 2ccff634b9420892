/**
 * What the static endpoints share: the list of state codes to prerender, the check
 * that a requested code is a state with a file, and the Atom response.
 */
import { error } from '@sveltejs/kit';
import { dataset } from './dataset';

/** Every state with a file, as the lower-case codes of its addresses. */
export function stateEntries(): { code: string }[] {
	return dataset().states.map((s) => ({ code: s.state.toLowerCase() }));
}

/** The ISO code of a state with a file, from the lower-case code of its address; else a 404. */
export function stateCode(param: string): string {
	const state = param.toUpperCase();
	if (param !== param.toLowerCase() || !dataset().states.some((s) => s.state === state)) {
		error(404, `No member state with the code ${param}`);
	}
	return state;
}

export function atomResponse(body: string): Response {
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
