/**
 * Adding a source to the bibliography from the command line (npm run source -- add):
 * the new sources.json document goes through planChanges like every other change.
 */
import { today as todayOf, type DateValue } from '../data/dates';
import type { Source } from '../data/schema';
import type { RawFiles } from '../data/validate';
import { EditInputError, parseDateArg } from './actions';
import { currentDoc, planChanges, validBefore, type EditOptions, type Outcome } from './plan';

export interface SourceInput {
	id: string;
	title: string;
	publisher: string;
	language: string;
	kind?: string;
	date?: string;
	url?: string;
	site?: string;
	note?: string;
	summary?: string;
}

export const SOURCE_KINDS = ['primary', 'secondary'] as const;

/** The source as it will be written, fields in the order of the schema and the file. */
export function buildSource(input: SourceInput, date?: DateValue): Source {
	const source: Source = {
		id: input.id,
		kind: (input.kind ?? 'secondary') as Source['kind'],
		title: input.title,
		publisher: input.publisher,
		...(date !== undefined ? { date } : {}),
		language: input.language
	};
	if (input.url !== undefined) source.url = input.url;
	if (input.site !== undefined) source.site = input.site;
	if (input.note !== undefined) source.note = input.note;
	return source;
}

/** Plans adding a source to sources.json; throws EditInputError for bad usage. */
export function planSource(
	files: RawFiles,
	input: SourceInput,
	options: EditOptions = {}
): Outcome {
	const today = options.today ?? todayOf();
	if (!/^[a-z0-9][a-z0-9-]*$/.test(input.id)) {
		throw new EditInputError(
			'--id',
			`"${input.id}" is not a source id (expected lower-case letters, digits and hyphens, e.g. uz-law-2025)`
		);
	}
	if (input.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(input.kind)) {
		throw new EditInputError('--kind', `expected primary or secondary, got "${input.kind}"`);
	}
	const date = input.date === undefined ? undefined : parseDateArg('--date', input.date);
	for (const [flag, value] of Object.entries(input)) {
		if (typeof value === 'string' && !value.trim()) {
			throw new EditInputError(`--${flag}`, 'must not be empty');
		}
	}
	const before = validBefore(files, today);
	if ('refusal' in before) return before.refusal;
	const existing = before.dataset.sources.sources.find((s) => s.id === input.id);
	if (existing) {
		return {
			ok: false,
			message: `sources.json already has a source with the id "${input.id}", so nothing was written.`,
			lines: [`${existing.id}: ${JSON.stringify(existing.title)}`],
			errors: [],
			hints: ['Cite that source, or choose another id for a different one.']
		};
	}
	const doc = currentDoc(files['sources.json'])!;
	const sources = [...(doc.sources as Source[]), buildSource(input, date)];
	return planChanges(
		files,
		{ docs: { 'sources.json': { ...doc, sources } }, summaries: { 'sources.json': input.summary } },
		{ today }
	);
}
