import { dataset } from '$lib/server/dataset';
import { recordedStatus } from '$lib/status/engine';
import { tableRows } from '$lib/table/rows';
import { toCsv } from '$lib/table/export';

export const prerender = true;

/**
 * data.csv with its header row and the state names in Russian; the codes and the ISO
 * dates are the same, so both files read the same to a program.
 */
export function GET() {
	const status = recordedStatus(dataset());
	// The byte-order mark lets spreadsheet programs read the Cyrillic as UTF-8.
	return new Response('\uFEFF' + toCsv(tableRows(status, 'ru'), 'ru'), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
