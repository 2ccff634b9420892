import type { LayoutServerLoad } from './$types';
import { dataset, fingerprint } from '$lib/server/dataset';
import { siteFrame } from '$lib/server/page-data';

/** The site's frame: the header's and footer's few fields; each page loads its own data. */
export const load = (() => ({
	frame: siteFrame(dataset(), fingerprint())
})) satisfies LayoutServerLoad;
