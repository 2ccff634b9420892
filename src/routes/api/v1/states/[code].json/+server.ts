import { json } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { dataset } from '$lib/server/dataset';
import { stateCode, stateEntries } from '$lib/server/routes';
import { recordedDay, statusAt } from '$lib/status/engine';
import { stateJson } from '$lib/api/records';

export const prerender = true;

export const entries: EntryGenerator = stateEntries;

export function GET({ params }) {
	const data = dataset();
	return json(stateJson(data, statusAt(data, recordedDay(data)), stateCode(params.code)));
}
