import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { isLang, DEFAULT_LANG } from '$lib/i18n/langs';

export const load = (({ params }) => ({
	data: dataset(),
	lang: isLang(params.lang) ? params.lang : DEFAULT_LANG
})) satisfies LayoutServerLoad;
