import { dataset } from '$lib/server/dataset';
import { CSV_HEADERS, dataCsv } from '$lib/table/published';

export const prerender = true;

/** One row per member, the table's columns, as recorded: the same rows the table downloads. */
export function GET() {
	return new Response(dataCsv(dataset(), 'en'), { headers: CSV_HEADERS });
}
