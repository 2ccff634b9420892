/**
 * Setting a field of a working document the way the files write it: an empty value
 * removes the field, and fields keep the order of the format (docs/DATA.md §5), so a new
 * field lands where a person reading the file expects it and the diff shows only it.
 * A new object is returned, for the caller to put in place of the old one.
 */
export const ORDER = {
	stateFile: [
		'$schema',
		'schemaVersion',
		'treaty',
		'state',
		'revision',
		'note',
		'actions',
		'history'
	],
	treaty: [
		'$schema',
		'schemaVersion',
		'id',
		'revision',
		'title',
		'titleSources',
		'titleUnofficial',
		'titleNote',
		'shortTitle',
		'organisation',
		'signature',
		'depositary',
		'entryIntoForce',
		'recordedTo',
		'history'
	],
	signature: ['place', 'placeNames', 'date', 'sources', 'note'],
	depositary: ['confirmed', 'name', 'note', 'sources'],
	entryIntoForce: [
		'article',
		'instrumentsRequired',
		'daysAfter',
		'counts',
		'text',
		'laterStatesNote',
		'sources'
	],
	recordedTo: ['date', 'sources', 'note'],
	member: ['state', 'joined', 'alternatives', 'left'],
	dated: ['date', 'inferred', 'sources', 'note'],
	source: ['id', 'kind', 'title', 'publisher', 'date', 'language', 'url', 'site', 'note']
} as const;

export function withField<T extends object>(
	target: T,
	key: string,
	value: unknown,
	order: readonly string[]
): T {
	const all = { ...(target as Record<string, unknown>), [key]: value };
	const out: Record<string, unknown> = {};
	// Known fields in the format's order; any other field after them, as it was.
	for (const k of [...order, ...Object.keys(all).filter((k) => !order.includes(k))]) {
		if (all[k] !== undefined) out[k] = all[k];
	}
	return out as T;
}
