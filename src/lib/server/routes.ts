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

/** The upper-case code of a state with a file, or a 404. */
export function stateCode(param: string): string {
	const code = param.toUpperCase();
	if (!dataset().states.some((s) => s.state === code)) error(404, `No state ${param}`);
	return code;
}

export function atomResponse(body: string): Response {
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
