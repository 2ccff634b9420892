import type { LayoutServerLoad } from './$types';
import { publicOrigin } from '$lib/server/site-url';
import { isLang, DEFAULT_LANG } from '$lib/i18n/langs';

export const load = (({ params }) => ({
	lang: isLang(params.lang) ? params.lang : DEFAULT_LANG,
	/** The public origin, for the absolute canonical and hreflang links. */
	siteUrl: publicOrigin()
})) satisfies LayoutServerLoad;
