/**
 * How a member shows on the map: its class (which fill), the stage it carries in
 * data-stage, whether a higher stage is only possible, and the name a screen reader
 * hears. `memberMarks` is the one place a member link's attributes are decided: the
 * server writes them into the SVG (src/lib/geo/markup.ts) and the browser sets them when
 * the as-of date changes (site/map.ts). Free of d3 and the geometry.
 */
import type { Status } from '../status/engine';
import type { StateStatus, Stage } from '../status/state';
import { t, type Lang } from '../i18n';
import { stateName } from '../i18n/format';
import { statePath } from '../paths';

/** counted: the act of consent counts; progress: signed or approved; none: no step (or withdrawn); out: not a member at the date. */
export const MAP_CLASSES = ['counted', 'progress', 'none', 'out'] as const;
export type MapClass = (typeof MAP_CLASSES)[number];

/** The value of data-stage: the engine's stage, or non-member at the as-of date. */
export type MapStage = Stage | 'non-member';

const CLASS_OF: Record<MapStage, MapClass> = {
	none: 'none',
	signed: 'progress',
	'approved-domestically': 'progress',
	'consent-given': 'counted',
	deposited: 'counted',
	// A withdrawn instrument no longer counts: drawn as no step.
	withdrawn: 'none',
	'non-member': 'out'
};

export interface MemberView {
	state: string;
	stage: MapStage;
	mapClass: MapClass;
	/** A higher stage (or membership) that the imprecise dates make possible, else null. */
	possible: Stage | 'member' | null;
}

export function mapClassOf(stage: MapStage): MapClass {
	return CLASS_OF[stage];
}

/** A member's view in a status; a state the status does not know is not a member. */
export function memberView(status: Pick<Status, 'states'>, state: string): MemberView {
	return viewOf(state, status.states[state]);
}

function viewOf(state: string, s: StateStatus | undefined): MemberView {
	if (!s || !s.member) {
		return {
			state,
			stage: 'non-member',
			mapClass: 'out',
			possible: s?.memberPossible ? 'member' : null
		};
	}
	return { state, stage: s.stage, mapClass: mapClassOf(s.stage), possible: s.possibleStage };
}

/** The text of a stage or of a possible stage, in the page's language. */
export function stageText(stage: MapStage, lang: Lang): string {
	return t(lang, `stage.${stage}`);
}

/** The stage in words, with the further stage that is only possible, if any. */
export function stageLine(view: MemberView, lang: Lang): string {
	const stage = stageText(view.stage, lang);
	if (!view.possible) return stage;
	const possible =
		view.possible === 'member' ? t(lang, 'map.possible.member') : stageText(view.possible, lang);
	return t(lang, 'map.stage.possible', { stage, possible });
}

/** What a screen reader hears for a member's link: its name and stage. */
export function memberLabel(view: MemberView, lang: Lang): string {
	return t(lang, 'map.link', { name: stateName(view.state, lang), stage: stageLine(view, lang) });
}

/** A member link's attributes; null means absent (removed in the browser, omitted on the server). */
export type Marks = Record<string, string | null>;

/** Every attribute of a member's link: both the server's markup and the browser's update use this. */
export function memberMarks(view: MemberView, lang: Lang, highlight?: string): Marks {
	return {
		href: statePath(view.state, lang),
		'data-state': view.state,
		'data-stage': view.stage,
		'data-possible': view.possible,
		class: `c-${view.mapClass}${view.state === highlight ? ' hl' : ''}`,
		'aria-label': memberLabel(view, lang)
	};
}
