/**
 * Writes the published JSON Schemas of the current format (static/schema/vN/*.json,
 * N = SCHEMA_VERSION) from the zod schemas in src/lib/data/schema.ts, so the data
 * files' `$schema` lets an editor check a file while it is typed. Calendar checks (no
 * 30 February) and the cross-file rules are beyond JSON Schema: `npm run validate` does
 * those. The schemas of earlier versions stay published as they were, for files and
 * programs written against them.
 */
import { z } from 'zod';
import {
	membersFile,
	SCHEMA_VERSION,
	sourcesFile,
	stateFile,
	treatyFile
} from '../src/lib/data/schema';
import { writeAtomic } from '../src/lib/server/write';

export const SCHEMAS = {
	state: stateFile,
	members: membersFile,
	sources: sourcesFile,
	treaty: treatyFile
} as const;

export function jsonSchemaOf(name: keyof typeof SCHEMAS) {
	const schema = z.toJSONSchema(SCHEMAS[name], { io: 'input', unrepresentable: 'any' });
	return {
		...schema,
		$id: `/schema/v${SCHEMA_VERSION}/${name}.json`,
		title: `CICA ratification data: ${name} file (schema version ${SCHEMA_VERSION})`,
		$comment: 'Do not edit; run `npm run schema` to regenerate from src/lib/data/schema.ts.'
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
		writeAtomic(
			`static/schema/v${SCHEMA_VERSION}/${name}.json`,
			JSON.stringify(jsonSchemaOf(name), null, '\t') + '\n'
		);
	}
	console.log(`wrote static/schema/v${SCHEMA_VERSION}/{${Object.keys(SCHEMAS).join(',')}}.json`);
}
