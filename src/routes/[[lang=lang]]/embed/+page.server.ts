import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { embedData } from '$lib/server/page-data';

/** The widget shows only the status: it gets what the engine reads, not the record. */
export const load = (() => embedData(dataset())) satisfies PageServerLoad;
