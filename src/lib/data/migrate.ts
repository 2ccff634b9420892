/**
 * Old file formats are brought up to the current `schemaVersion` one step at a time,
 * so a change of format is one small function here and the rest of the code only
 * ever sees the current shape. There is one version so far; the chain is empty but
 * the dispatcher is what every future version plugs into.
 */
import { SCHEMA_VERSION } from './schema';

type Doc = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into a version-(n+1) document. */
const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {};

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
		current = MIGRATIONS[version](current);
		version += 1;
		current.schemaVersion = version;
	}
	return { ok: true, doc: current };
}
