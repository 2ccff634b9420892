/**
 * The real data set with markup and a script written into every kind of free text a data
 * file can hold (a note, an organ, an instrument, a locator, a source's title and
 * publisher, a history line, a place, the treaty's short title), as an editor's mistake or
 * a hostile pull request would put them there. Shared by the unit tests (server rendering)
 * and the browser test (a full build of the site with these files).
 */
import type { RawFiles } from '../../../src/lib/data/validate';

/** Sets window.__xss if it ever runs: 1 from the image, 2 from the script. */
export const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** PAYLOAD as text in HTML: Svelte escapes & and < in text (quotes and > need not be). */
export const ESCAPED_TEXT =
	'&lt;img src=x onerror="window.__xss=1">&lt;script>window.__xss=2&lt;/script>';

/** A value the injection needs from the real data; fails clearly if the data changed. */
function need<T>(value: T | undefined | null, what: string): T {
	if (value === undefined || value === null) throw new Error(`xss payload: no ${what} in the data`);
	return value;
}

type Doc = Record<string, any>;

/** The files changed, each edited as parsed JSON. */
const EDITS: Record<string, (doc: Doc) => void> = {
	'states/UZ.json': (d) => {
		d.note = PAYLOAD;
		d.history[d.history.length - 1].summary = PAYLOAD;
	},
	'states/RU.json': (d) => {
		need(
			d.actions.find((a: Doc) => a.by),
			'RU action with an organ (by)'
		).by = PAYLOAD;
		const ratification = need(
			d.actions.find((a: Doc) => a.type === 'ratification'),
			'RU ratification'
		);
		ratification.instrument = PAYLOAD;
		ratification.note = { en: PAYLOAD, ru: PAYLOAD };
	},
	'states/KZ.json': (d) => {
		need(d.actions[0]?.sources[0], 'KZ action with a source').locator = PAYLOAD;
	},
	'states/CN.json': (d) => {
		const disputed = need(
			d.actions.find((a: Doc) => a.alternatives?.length),
			'CN action with an alternative date'
		);
		disputed.alternatives[0].note = PAYLOAD;
	},
	'sources.json': (d) => {
		// The source KZ's ratification cites first (read before the edit of KZ above).
		const cited = need(
			d.sources.find((s: Doc) => s.id === KZ_SOURCE),
			`source ${KZ_SOURCE}`
		);
		cited.title = PAYLOAD;
		cited.publisher = PAYLOAD;
	},
	'members.json': (d) => {
		need(
			d.members.find((m: Doc) => m.state === 'UZ'),
			'member UZ'
		).joined.note = PAYLOAD;
	},
	'treaty.json': (d) => {
		d.signature.place = PAYLOAD;
		d.shortTitle.en = PAYLOAD;
	}
};

/** The id of the source KZ's first action cites; set by injectPayload. */
let KZ_SOURCE = '';

/** The data files with the payload injected; every other file unchanged. */
export function injectPayload(files: RawFiles): RawFiles {
	const out: RawFiles = { ...files };
	KZ_SOURCE = need(
		JSON.parse(files['states/KZ.json'] ?? '{}').actions?.[0]?.sources?.[0]?.id,
		'KZ source'
	);
	for (const [name, edit] of Object.entries(EDITS)) {
		if (!(name in files)) throw new Error(`the data set has no ${name} to inject into`);
		const doc = JSON.parse(files[name]);
		edit(doc);
		out[name] = JSON.stringify(doc, null, 2) + '\n';
	}
	return out;
}
