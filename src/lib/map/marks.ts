/**
 * How a member's status shows on the map: its class (which fill), the stage it carries
 * in data-stage, whether a higher stage is only possible, and the name a screen reader
 * hears. Used by the server markup and by the browser when the as-of date changes, so it
 * stays free of d3 and of the geometry.
 */
import type { StateStatus, Stage } from '../status/state';
import { t, type Lang } from '../i18n';
import { stateName } from '../i18n/format';

/** counted: the instrument counts; progress: signed or approved; none: no step (or withdrawn); out: not a member at the date. */
export const MAP_CLASSES = ['counted', 'progress', 'none', 'out'] as const;
export type MapClass = (typeof MAP_CLASSES)[number];

/** The value of data-stage: the engine's stage, or non-member at the as-of date. */
export type MapStage = Stage | 'non-member';

export interface MemberView {
	code: string;
	stage: MapStage;
	mapClass: MapClass;
	/** A higher stage (or membership) that the imprecise dates make possible, else null. */
	possible: Stage | 'member' | null;
}

export function mapClassOf(stage: MapStage): MapClass {
	switch (stage) {
		case 'consent-given':
		case 'deposited':
			return 'counted';
		case 'signed':
		case 'approved-domestically':
			return 'progress';
		case 'non-member':
			return 'out';
		default:
			return 'none';
	}
}

/** A member's view at the status's date; a code the status does not know is not a member. */
export function memberView(code: string, status: StateStatus | undefined): MemberView {
	if (!status || !status.member) {
		return {
			code,
			stage: 'non-member',
			mapClass: 'out',
			possible: status?.memberPossible ? 'member' : null
		};
	}
	return {
		code,
		stage: status.stage,
		mapClass: mapClassOf(status.stage),
		possible: status.possibleStage
	};
}

/** The class attribute of a member's link. */
export function memberClass(view: MemberView, highlighted: boolean): string {
	return `c-${view.mapClass}${highlighted ? ' hl' : ''}`;
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
	return t(lang, 'map.link', { name: stateName(view.code, lang), stage: stageLine(view, lang) });
}
