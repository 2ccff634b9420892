/**
 * The zod schemas of every data file: the one source of the data's TypeScript types
 * and of the published JSON Schema (/schema/v2/*.json; the format's version is in
 * version.ts). Rules that need more than one field or file live in validate.ts and
 * rules.ts; these check each file's shape.
 */
import { z } from 'zod';
import { partialDateProblem } from './dates';
import { LANGS, type Lang } from '../i18n/langs';
import { SCHEMA_VERSION } from './version';

export { LANGS, type Lang, SCHEMA_VERSION };

const DATE_FORMS = 'a real date YYYY, YYYY-MM or YYYY-MM-DD';
const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const partialDate = z
	.string()
	// The pattern carries into the published JSON Schema; the refinement adds the calendar.
	.regex(DATE_PATTERN, 'a date of the form YYYY, YYYY-MM or YYYY-MM-DD')
	.superRefine((text, ctx) => {
		// A text of the wrong form has been reported by the pattern: report it once.
		if (!DATE_PATTERN.test(text)) return;
		const problem = partialDateProblem(text);
		// The validator adds "expected …, got …" from params and the input.
		if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { expected: DATE_FORMS } });
	})
	.describe('A date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD');

export const dateRange = z
	.strictObject({
		from: partialDate.describe('The earliest the act can have happened'),
		to: partialDate.describe('The latest the act can have happened')
	})
	.describe('Only bounds are known: the act happened on some day from `from` to `to`');

export const dateValue = z.union([partialDate, dateRange]);

/**
 * A text in one or more languages; a plain string is English. In the per-language form
 * the first key is the language the text was written in (its original); every other
 * language is this project's translation, and the pages mark it so.
 */
export const localizedText = z.union([
	z.string().min(1),
	z
		.partialRecord(z.enum(LANGS), z.string().min(1))
		.refine((r) => Object.keys(r).length > 0, 'needs at least one language')
		.describe(
			"The text per language. The first key is the language it was written in; the others are this project's translations"
		)
]);

/**
 * A source's title as published: in the source's own language, whatever it is (Kazakh,
 * for a decree published in Kazakh), first; then this project's translations. A plain
 * string is English, as everywhere.
 */
export const publishedText = z.union([
	z.string().min(1),
	z
		.record(z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en, ru, kk'), z.string().min(1))
		.refine((r) => Object.keys(r).length > 0, 'needs at least one language')
		.describe(
			"The text per language. The first key is the language it was published in; the others are this project's translations"
		)
]);

export const sourceRef = z.strictObject({
	id: z.string().min(1).describe('An id from sources.json'),
	locator: localizedText
		.optional()
		.describe("Where in the source: an article's date, a page, a paragraph")
});

export const sourceRefs = z.array(sourceRef).min(1, 'every fact needs at least one source');

/** A date that another source gives for the same fact. */
export const alternative = z.strictObject({
	date: dateValue,
	sources: sourceRefs,
	note: localizedText.optional()
});

export const ACTION_TYPES = [
	'signature-authorisation',
	'signature',
	'domestic-approval',
	'ratification',
	'acceptance',
	'approval',
	'accession',
	'deposit',
	'withdrawal'
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
/** The acts by which a state consents to be bound (Article 9(2)). */
export const CONSENT_TYPES = ['ratification', 'acceptance', 'approval', 'accession'] as const;

export const action = z.strictObject({
	type: z.enum(ACTION_TYPES),
	date: dateValue,
	by: localizedText.optional().describe('The organ that acted, e.g. "State Duma"'),
	instrument: localizedText
		.optional()
		.describe('The act, e.g. "Federal Law No. 368-FZ" or "Decree No. 992"'),
	sources: sourceRefs,
	alternatives: z.array(alternative).optional().describe('Other dates that sources give for it'),
	note: localizedText.optional()
});

const stateCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals');

const historyEntry = z.strictObject({
	revision: z.number().int().positive(),
	date: partialDate,
	summary: localizedText.describe('What changed, on what source')
});

/** Every file carries its format version and its content revision with a history. */
const versioned = {
	$schema: z.string().optional(),
	schemaVersion: z.literal(SCHEMA_VERSION),
	revision: z.number().int().positive(),
	history: z.array(historyEntry).min(1)
};

export const stateFile = z.strictObject({
	...versioned,
	treaty: z.string().min(1),
	state: stateCode,
	note: localizedText.optional(),
	actions: z.array(action)
});

export const dated = z
	.strictObject({
		date: dateValue,
		inferred: z
			.boolean()
			.optional()
			.describe('No source states it; it is inferred (the note says from what)'),
		sources: sourceRefs.optional().describe('Required unless the date is inferred'),
		note: localizedText.optional()
	})
	// A fact no page states is marked inferred and explained, never given a citation that
	// leads nowhere; every other fact cites a source.
	.superRefine((d, ctx) => {
		if (!d.inferred && !d.sources) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'every fact needs at least one source, unless it is marked inferred',
				params: { expected: 'at least 1 item, or "inferred": true with a note' }
			});
		}
		if (d.inferred && !d.note) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'an inferred date needs a note saying from what it is inferred',
				params: { expected: 'a note' }
			});
		}
	});

export const member = z.strictObject({
	state: stateCode,
	joined: dated,
	alternatives: z.array(alternative).optional(),
	left: dated.optional()
});

export const membersFile = z.strictObject({
	...versioned,
	members: z.array(member).min(1),
	observers: z
		.strictObject({ states: z.array(stateCode), sources: sourceRefs })
		.optional()
		.describe('Observer states: context on the map, never counted')
});

export const source = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
	kind: z.enum(['primary', 'secondary']),
	title: publishedText.describe(
		'The title as published, in its own language first; other languages are translations'
	),
	publisher: localizedText.describe('Who published it, and where the copy was found'),
	date: dateValue.optional(),
	language: z.string().min(2).describe('The language the source is written in'),
	// Only web addresses: a javascript: or data: URL would become a link on the pages.
	url: z.url({ protocol: /^https?$/ }).optional(),
	site: z.string().optional(),
	note: localizedText.optional()
});

export const sourcesFile = z.strictObject({
	...versioned,
	sources: z.array(source).min(1)
});

const perLang = z.partialRecord(z.enum(LANGS), z.string().min(1));

export const treatyFile = z.strictObject({
	...versioned,
	id: z.string().min(1),
	title: perLang.refine((t) => !!t.en, 'needs an English title'),
	titleSources: z.partialRecord(z.enum(LANGS), sourceRefs).optional(),
	titleUnofficial: z
		.array(z.enum(LANGS))
		.optional()
		.describe(
			'Languages whose titles (title, shortTitle, organisation) are this project’s translations, not an official text; pages in them say so'
		),
	titleNote: localizedText.optional(),
	shortTitle: perLang,
	organisation: perLang,
	signature: z.strictObject({
		place: z.string().min(1),
		placeNames: perLang
			.optional()
			.describe('The place in other languages, as a name standing alone (nominative)'),
		date: partialDate,
		sources: sourceRefs,
		note: localizedText.optional()
	}),
	depositary: z.strictObject({
		confirmed: z.boolean(),
		name: localizedText.optional(),
		note: localizedText.optional(),
		sources: sourceRefs
	}),
	entryIntoForce: z.strictObject({
		article: z.string().min(1),
		instrumentsRequired: z.number().int().positive(),
		daysAfter: z.number().int().nonnegative(),
		counts: z.array(z.enum(CONSENT_TYPES)).min(1),
		text: perLang.optional(),
		laterStatesNote: localizedText.optional(),
		sources: sourceRefs
	}),
	recordedTo: z
		.strictObject({ date: partialDate, sources: sourceRefs, note: localizedText.optional() })
		.describe('The latest date at which the sources state the status')
});

export type DateValueT = z.infer<typeof dateValue>;
export type LocalizedText = z.infer<typeof localizedText>;
export type PublishedText = z.infer<typeof publishedText>;
export type SourceRef = z.infer<typeof sourceRef>;
export type Action = z.infer<typeof action>;
export type StateFile = z.infer<typeof stateFile>;
export type Member = z.infer<typeof member>;
export type MembersFile = z.infer<typeof membersFile>;
export type Source = z.infer<typeof source>;
export type SourcesFile = z.infer<typeof sourcesFile>;
export type TreatyFile = z.infer<typeof treatyFile>;

/** Everything the engine and the pages need: all files, parsed. */
export interface Dataset {
	treaty: TreatyFile;
	members: MembersFile;
	sources: SourcesFile;
	states: StateFile[];
}
