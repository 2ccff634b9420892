/**
 * Old file formats are brought up to the current `schemaVersion` one step at a time,
 * so a change of format is one small function here and the rest of the code only
 * ever sees the current shape. A file is written back in the current format the next
 * time it is saved (npm run record, npm run edit) or by `npm run migrate`.
 */
import { SCHEMA_VERSION } from './schema';

type Doc = Record<string, unknown>;

/**
 * 1 → 2 only widened the format (texts per language, a new action type, inferred
 * dates without a source): every version-1 file is a valid version-2 file. The one
 * change is where the file's JSON Schema is published.
 */
function from1To2(doc: Doc): Doc {
	const $schema = doc.$schema;
	if (typeof $schema !== 'string') return doc;
	return { ...doc, $schema: $schema.replace('/schema/v1/', '/schema/v2/') };
}

/** MIGRATIONS[n] turns a version-n document into a version-(n+1) document. */
const MIGRATIONS: Record<number, (doc: Doc) => Doc> = { 1: from1To2 };

export const SUPPORTED_VERSIONS: number[] = [
	...Object.keys(MIGRATIONS).map(Number),
	SCHEMA_VERSION
].sort((a, b) => a - b);

export type MigrationResult = { ok: true; doc: Doc } | { ok: false; got: unknown };

export function migrate(doc: Doc): MigrationResult {
	let version = doc.schemaVersion;
	if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version)) {
		return { ok: false, got: version };
	}
	let current = doc;
	while (version < SCHEMA_VERSION) {
		current = { ...MIGRATIONS[version](current), schemaVersion: version + 1 };
		version += 1;
	}
	return { ok: true, doc: current };
}
