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
} from './marks';

export interface ClassGroup {
	mapClass: MapClass;
	/** The members in the class, by name in the page's language. */
	members: { state: string; name: string; label: string }[];
}

/** Every state drawn as a member: those members.json lists, at any date. */
export function mapMembers(status: Status): string[] {
	return Object.values(status.states)
		.filter((s) => s.joined !== null)
		.map((s) => s.state);
}

/**
 * The members drawn, grouped by class, in the order of the legend. Names sort by the
 * language's collation, so each language reads alphabetically.
 */
export function classGroups(status: Status, lang: Lang): ClassGroup[] {
	const views = mapMembers(status).map((state) => memberView(status, state));
	const collator = new Intl.Collator(lang);
	return MAP_CLASSES.map((mapClass) => ({
		mapClass,
		members: views
			.filter((v) => v.mapClass === mapClass)
			.map((v) => ({ state: v.state, name: stateName(v.state, lang), label: memberLabel(v, lang) }))
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

export function tooltipFacts(status: Status, state: string, lang: Lang): TooltipFacts {
	const s = status.states[state];
	const view = memberView(status, state);
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
		dates.push(t(lang, 'map.tooltip.deposit', { date: formatDate(s.dates.deposit.date, lang) }));
	}
	if (s?.joined && view.stage === 'non-member') {
		dates.push(t(lang, 'map.tooltip.joined', { date: formatDate(s.joined, lang) }));
	}
	return { name: stateName(state, lang), view, stage: stageLine(view, lang), dates };
}
