/**
 * Writes the published JSON Schemas (static/schema/v1/*.json) from the zod schemas in
 * src/lib/data/schema.ts, so the data files' `$schema` lets an editor check a file
 * while it is typed. Calendar checks (no 30 February) and the cross-file rules are
 * beyond JSON Schema: `npm run validate` does those.
 */
import { z } from 'zod';
import { membersFile, sourcesFile, stateFile, treatyFile } from '../src/lib/data/schema';
import { writeAtomic } from './lib/write';

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
		$id: `/schema/v1/${name}.json`,
		title: `CICA ratification data: ${name} file (schema version 1)`,
		$comment: 'Do not edit; run `npm run schema` to regenerate from src/lib/data/schema.ts.'
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
		writeAtomic(
			`static/schema/v1/${name}.json`,
			JSON.stringify(jsonSchemaOf(name), null, '\t') + '\n'
		);
	}
	console.log(`wrote static/schema/v1/{${Object.keys(SCHEMAS).join(',')}}.json`);
}
