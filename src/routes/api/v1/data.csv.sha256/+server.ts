import { dataset, fingerprint } from '$lib/server/dataset';
import { CHECKSUM_HEADERS, csvChecksum } from '$lib/table/published';

export const prerender = true;

/** The SHA-256 of data.csv (sha256sum's format) and the data set it was built from. */
export function GET() {
	return new Response(csvChecksum(dataset(), 'en', fingerprint()), { headers: CHECKSUM_HEADERS });
}
