import { json } from '@sveltejs/kit';
import { dataset, fingerprint } from '$lib/server/dataset';
import { workingJson } from '$lib/api/working';

export const prerender = true;

/** How the count is reached as recorded: the working page's content as data. */
export function GET() {
	return json(workingJson(dataset(), fingerprint()));
}
