/**
 * Each page's description for search engines and link previews, in the page's language:
 * what the page says that is specific to it (the count toward entry into force, a state's
 * stage), computed from the status as recorded, so it changes with the data.
 */
import type { TreatyFile } from '$lib/data/schema';
import { t, type Lang } from '$lib/i18n';
import {
	formatDate,
	formatIsoDate,
	formatNumber,
	signaturePlace,
	stateName
} from '$lib/i18n/format';
import type { Status } from '$lib/status/engine';
import type { StateStatus } from '$lib/status/state';

/** The instruments counted: "13", or "13–14" while some dates straddle the day. */
function counted(status: Status, lang: Lang): string {
	const { certain, possible } = status.counted;
	const n = (x: number) => formatNumber(x, lang);
	return possible > 0 ? `${n(certain)}–${n(certain + possible)}` : n(certain);
}

/** Sentences in a row: Chinese sets none of the spaces the other languages put between them. */
const sentences = (lang: Lang, ...parts: string[]) => parts.join(lang === 'zh' ? '' : ' ');

/** A state's stage in words, with the kind of its act of consent: "Instrument deposited (Ratification)". */
export function stageText(s: StateStatus, lang: Lang): string {
	const consent = s.dates.consent ? ` (${t(lang, `action.${s.dates.consent.type}`)})` : '';
	return t(lang, `stage.${s.stage}`) + consent;
}

export function homeDescription(
	status: Status,
	treaty: { signature: Pick<TreatyFile['signature'], 'place' | 'placeNames' | 'date'> },
	lang: Lang
): string {
	const date = formatDate(status.recordedTo, lang);
	const eif = status.entryIntoForce;
	const count =
		status.inForce && eif
			? t(lang, 'meta.home.inForce', { date, since: formatIsoDate(eif.date, lang) })
			: t(lang, 'meta.home', {
					date,
					count: counted(status, lang),
					required: status.required,
					remaining: status.remaining
				});
	const intro = t(lang, 'home.intro', {
		place: signaturePlace(treaty, lang),
		date: formatDate(treaty.signature.date, lang)
	});
	return sentences(lang, count, intro);
}

/** A state page's description, from what the page shows: the state as recorded. */
export function stateDescription(
	view: { state: string; asOf: string; required: number; status: StateStatus },
	lang: Lang
): string {
	const s = view.status;
	const stage = t(lang, 'meta.state', {
		state: stateName(view.state, lang),
		date: formatDate(view.asOf, lang),
		stage: stageText(s, lang)
	});
	return sentences(lang, stage, t(lang, `state.counts.${s.counts}`, { required: view.required }));
}

export function embedDescription(status: Status, lang: Lang): string {
	return t(lang, 'meta.embed', {
		count: counted(status, lang),
		required: status.required,
		date: formatDate(status.recordedTo, lang)
	});
}
