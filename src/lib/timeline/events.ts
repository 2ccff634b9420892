/**
 * The timeline's list: every action in the data, with its sources resolved, in date
 * order. It is what readers without JavaScript get instead of the chart, so it leaves
 * nothing out; actions later than the as-of date stay in and are marked as such.
 */
import { compareDates, relationTo, type DateValue, type Day, type Relation } from '../data/dates';
import type { ActionType, Dataset, LocalizedText, SourceRef } from '../data/schema';

export interface EventSource {
	id: string;
	title: LocalizedText;
	url?: string;
	locator?: LocalizedText;
}

export interface EventAlternative {
	date: DateValue;
	sources: EventSource[];
	note?: LocalizedText;
}

export interface TimelineEvent {
	/** Stable across renders: the state and the action's place in its file. */
	id: string;
	state: string;
	type: ActionType;
	date: DateValue;
	by?: LocalizedText;
	instrument?: LocalizedText;
	sources: EventSource[];
	alternatives: EventAlternative[];
	note?: LocalizedText;
	/** Where the action's date stands against the as-of date. */
	relation: Relation;
}

export function resolveSources(data: Dataset, refs: SourceRef[]): EventSource[] {
	return refs.map((ref) => {
		const source = data.sources.sources.find((s) => s.id === ref.id);
		return {
			id: ref.id,
			title: source?.title ?? ref.id,
			...(source?.url ? { url: source.url } : {}),
			...(ref.locator ? { locator: ref.locator } : {})
		};
	});
}

/**
 * Imprecise dates sort by their earliest day, then their latest, so "2024" comes after
 * "2024-01-01" and before "2024-12-13"; equal dates fall back to the state code and
 * then the order in the state's file, which keeps the list stable.
 */
export function timelineEvents(data: Dataset, asOf: Day): TimelineEvent[] {
	const events: (TimelineEvent & { index: number })[] = [];
	for (const file of data.states) {
		file.actions.forEach((action, index) => {
			events.push({
				id: `${file.state}-${index}`,
				index,
				state: file.state,
				type: action.type,
				date: action.date,
				...(action.by ? { by: action.by } : {}),
				...(action.instrument ? { instrument: action.instrument } : {}),
				sources: resolveSources(data, action.sources),
				alternatives: (action.alternatives ?? []).map((alt) => ({
					date: alt.date,
					sources: resolveSources(data, alt.sources),
					...(alt.note ? { note: alt.note } : {})
				})),
				...(action.note ? { note: action.note } : {}),
				relation: relationTo(action.date, asOf)
			});
		});
	}
	events.sort(
		(a, b) => compareDates(a.date, b.date) || a.state.localeCompare(b.state) || a.index - b.index
	);
	return events.map(({ index: _index, ...event }) => event);
}
