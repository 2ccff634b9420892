import type { PageServerLoad } from './$types';
import { siteOrigin } from '$lib/server/dataset';

/** The snippets name the site's origin: SITE_URL at build, else the browser fills it in. */
export const load = (() => ({ origin: siteOrigin() })) satisfies PageServerLoad;
