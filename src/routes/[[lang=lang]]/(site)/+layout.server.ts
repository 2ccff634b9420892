import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';

/** The site's pages show the whole record: notes, sources, histories. */
export const load = (() => ({ data: dataset() })) satisfies LayoutServerLoad;
