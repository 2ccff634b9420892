import type { LayoutServerLoad } from './$types';
import { siteOrigin } from '$lib/server/dataset';
import { isLang, DEFAULT_LANG } from '$lib/i18n/langs';

export const load = (({ params }) => ({
	lang: isLang(params.lang) ? params.lang : DEFAULT_LANG,
	/** SITE_URL at build, for the absolute addresses of hreflang links ("" if unset). */
	origin: siteOrigin()
})) satisfies LayoutServerLoad;
