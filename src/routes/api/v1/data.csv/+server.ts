import { dataset } from '$lib/server/dataset';
import { recordedDay, statusAt } from '$lib/status/engine';
import { tableRows } from '$lib/table/rows';
import { toCsv } from '$lib/table/export';

export const prerender = true;

/** One row per member, the table's columns, as recorded: the same rows the table downloads. */
export function GET() {
	const data = dataset();
	const status = statusAt(data, recordedDay(data));
	return new Response(toCsv(tableRows(data, status, 'en'), 'en'), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
