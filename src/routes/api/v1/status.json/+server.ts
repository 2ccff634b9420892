import { json } from '@sveltejs/kit';
import { dataset, fingerprint } from '$lib/server/dataset';
import { recordedStatus } from '$lib/status/engine';
import { statusJson } from '$lib/status/report';
import { API_VERSION } from '$lib/api/records';

export const prerender = true;

/** The engine's status as recorded: the same shape as `npm run status -- --json`. */
export function GET() {
	const data = dataset();
	return json({
		apiVersion: API_VERSION,
		...statusJson(data, recordedStatus(data), fingerprint())
	});
}
