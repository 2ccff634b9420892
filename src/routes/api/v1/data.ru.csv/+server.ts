import { dataset } from '$lib/server/dataset';
import { CSV_HEADERS, dataCsv } from '$lib/table/published';

export const prerender = true;

/**
 * data.csv with its header row and the state names in Russian; the codes and the ISO
 * dates are the same, so both files read the same to a program.
 */
export function GET() {
	return new Response(dataCsv(dataset(), 'ru'), { headers: CSV_HEADERS });
}
