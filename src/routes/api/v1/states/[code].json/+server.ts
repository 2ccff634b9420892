import { json } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { dataset } from '$lib/server/dataset';
import { stateCode, stateEntries } from '$lib/server/routes';
import { recordedStatus } from '$lib/status/engine';
import { stateJson } from '$lib/api/records';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

export function GET({ params }) {
	const data = dataset();
	return json(stateJson(data, recordedStatus(data), stateCode(params.code)));
}
