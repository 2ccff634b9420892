/** Setting a field of a working document: an empty value removes the field. */
export function setField<T extends object>(target: T, key: keyof T & string, value: unknown) {
	const t = target as Record<string, unknown>;
	if (value === undefined) delete t[key];
	else t[key] = value;
}
