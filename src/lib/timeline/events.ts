/**
 * The timeline's list: every action in the record, in date order, as the engine placed it
 * against the as-of date. It is what readers without JavaScript get instead of the chart,
 * so it leaves nothing out; actions later than the as-of date stay in and are marked.
 */
import { compareDates } from '../data/dates';
import type { Status } from '../status/engine';
import type { ActionStatus } from '../status/state';

export interface TimelineEvent extends ActionStatus {
	/** Stable across renders: the state and the action's place in its file. */
	id: string;
	state: string;
}

/**
 * Imprecise dates sort by their earliest day, then their latest, so "2024" comes after
 * "2024-01-01" and before "2024-12-13"; equal dates fall back to the state code and
 * then the order in the state's file, which keeps the list stable.
 */
export function timelineEvents(status: Status): TimelineEvent[] {
	return Object.values(status.states)
		.flatMap((s) => s.actions.map((a) => ({ ...a, id: `${s.state}-${a.index}`, state: s.state })))
		.sort(
			(a, b) => compareDates(a.date, b.date) || a.state.localeCompare(b.state) || a.index - b.index
		);
}
