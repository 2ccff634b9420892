/**
 * What the map says, as text: the members in each class (for the legend's counts and the
 * screen-reader summary) and the facts a tooltip shows for one member. Free of geometry,
 * so the browser can recompute it when the as-of date moves.
 */
import { formatDate, stateName } from '../i18n/format';
import { t, type Lang } from '../i18n';
import type { Status } from '../status/engine';
import {
	MAP_CLASSES,
	memberLabel,
	memberView,
	stageLine,
	type MapClass,
	type MemberView
} from './classes';

export interface ClassGroup {
	mapClass: MapClass;
	/** The members in the class, by name in the page's language. */
	members: { code: string; name: string; label: string }[];
}

/**
 * The members of `codes` (every state drawn as a member) grouped by class, in the order of
 * the legend. Names sort by the language's collation, so each language reads alphabetically.
 */
export function classGroups(status: Status, codes: string[], lang: Lang): ClassGroup[] {
	const byCode = new Map(status.states.map((s) => [s.state, s]));
	const views = codes.map((code) => memberView(code, byCode.get(code)));
	const collator = new Intl.Collator(lang);
	return MAP_CLASSES.map((mapClass) => ({
		mapClass,
		members: views
			.filter((v) => v.mapClass === mapClass)
			.map((v) => ({ code: v.code, name: stateName(v.code, lang), label: memberLabel(v, lang) }))
			.sort((a, b) => collator.compare(a.name, b.name))
	}));
}

export interface TooltipFacts {
	name: string;
	view: MemberView;
	/** The stage line, with the possible stage when there is one. */
	stage: string;
	/** Key dates, each a full sentence fragment: consent, deposit, or joining. */
	dates: string[];
}

export function tooltipFacts(status: Status, code: string, lang: Lang): TooltipFacts {
	const s = status.states.find((x) => x.state === code);
	const view = memberView(code, s);
	const dates: string[] = [];
	if (s?.dates.consent) {
		dates.push(
			t(lang, 'map.tooltip.consent', {
				action: t(lang, `action.${s.dates.consent.type}`),
				date: formatDate(s.dates.consent.date, lang)
			})
		);
	}
	if (s?.dates.deposit) {
		dates.push(t(lang, 'map.tooltip.deposit', { date: formatDate(s.dates.deposit, lang) }));
	}
	if (s?.joined && view.stage === 'non-member') {
		dates.push(t(lang, 'map.tooltip.joined', { date: formatDate(s.joined, lang) }));
	}
	return { name: stateName(code, lang), view, stage: stageLine(view, lang), dates };
}
