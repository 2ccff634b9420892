import { json } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { eventsJson } from '$lib/api/records';

export const prerender = true;

export function GET() {
	return json(eventsJson(dataset()));
}
