/**
 * The data files' format. 2: notes, organs, acts, locators, history summaries, source
 * titles and publishers, and the treaty's notes may be given per language; the action
 * type `signature-authorisation`; an inferred date may stand without a source.
 * Kept apart from the zod schemas so that pages can name it without loading zod.
 */
export const SCHEMA_VERSION = 2;
