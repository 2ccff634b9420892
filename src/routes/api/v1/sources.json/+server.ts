import { json } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

/** The data file as recorded, validated. */
export function GET() {
	return json(dataset().sources);
}
