import { dataset } from '$lib/server/dataset';
import { recordedStatus } from '$lib/status/engine';
import { tableRows } from '$lib/table/rows';
import { toCsv } from '$lib/table/export';

export const prerender = true;

/** One row per member, the table's columns, as recorded: the same rows the table downloads. */
export function GET() {
	const status = recordedStatus(dataset());
	return new Response(toCsv(tableRows(status, 'en'), 'en'), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
