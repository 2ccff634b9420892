import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { engineInput } from '$lib/status/engine-input';

/** The widget shows only the status: it gets what the engine reads, not the whole record. */
export const load = (() => ({ data: engineInput(dataset()) })) satisfies PageServerLoad;
