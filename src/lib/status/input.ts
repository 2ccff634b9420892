/**
 * The part of the data set the status engine reads: actions' types and dates,
 * membership dates and the treaty's rule. Pages that only show the status (the widget)
 * receive this instead of the whole record, without notes, sources or histories.
 */
import type { Dataset } from '../data/schema';

export function engineInput(data: Dataset): Dataset {
	return {
		treaty: data.treaty,
		sources: { ...data.sources, sources: [] },
		members: {
			...data.members,
			members: data.members.members.map((m) => ({
				state: m.state,
				joined: { date: m.joined.date, sources: [] },
				...(m.left ? { left: { date: m.left.date, sources: [] } } : {})
			}))
		},
		states: data.states.map((s) => ({
			...s,
			note: undefined,
			history: s.history.slice(-1),
			actions: s.actions.map((a) => ({ type: a.type, date: a.date, sources: [] }))
		}))
	};
}
