/**
 * Validates a document against a published JSON Schema with Ajv (draft 2020-12), an
 * implementation independent of zod, so the test proves the schema works for editors.
 */
import Ajv2020 from 'ajv/dist/2020.js';

export function validateJsonSchema(schema: object, doc: unknown): string[] {
	const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
	const validate = ajv.compile(schema);
	if (validate(doc)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
