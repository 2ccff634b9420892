import { error, json } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { dataset } from '$lib/server/dataset';
import { recordedDay, statusAt } from '$lib/status/engine';
import { stateJson } from '$lib/api/records';

export const prerender = true;

export const entries: EntryGenerator = () =>
	dataset().states.map((s) => ({ code: s.state.toLowerCase() }));

export function GET({ params }) {
	const data = dataset();
	const code = params.code.toUpperCase();
	if (!data.states.some((s) => s.state === code)) error(404, `No state ${params.code}`);
	return json(stateJson(data, statusAt(data, recordedDay(data)), code));
}
