import type { LayoutServerLoad } from './$types';
import { dataset, fingerprint } from '$lib/server/dataset';
import { siteFrame } from '$lib/server/page-data';
import { isLang, DEFAULT_LANG } from '$lib/i18n/langs';

/** The site's frame: the header's and footer's few fields; each page loads its own data. */
export const load = (({ params }) => ({
	frame: siteFrame(dataset(), fingerprint(), isLang(params.lang) ? params.lang : DEFAULT_LANG)
})) satisfies LayoutServerLoad;
