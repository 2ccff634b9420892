/**
 * The cumulative series for the timeline: the certain and possible counts at every
 * day either can change, which is the first and the last day of each counted
 * instrument's date (and of each withdrawal and membership change).
 */
import { earliest, latest, type Day } from '../data/dates';
import type { StatusInput } from './input';
import { firstDay, recordedDay, statusAt } from './engine';

export interface SeriesPoint {
	date: Day;
	certain: number;
	possible: number;
	/** States that became certain at this point. */
	added: string[];
	/** States that stopped counting at this point. */
	removed: string[];
}

export function cumulativeSeries(data: StatusInput, until: Day = recordedDay(data)): SeriesPoint[] {
	const days = new Set<Day>([firstDay(data), until]);
	for (const file of data.states) {
		for (const a of file.actions) {
			days.add(earliest(a.date));
			days.add(latest(a.date));
		}
	}
	for (const m of data.members.members) {
		for (const d of m.left ? [m.joined.date, m.left.date] : [m.joined.date]) {
			days.add(earliest(d));
			days.add(latest(d));
		}
	}
	const sorted = [...days].filter((d) => d >= firstDay(data) && d <= until).sort();
	const points: SeriesPoint[] = [];
	let before = new Set<string>();
	for (const day of sorted) {
		const status = statusAt(data, day);
		const now = new Set(
			Object.values(status.states)
				.filter((s) => s.counts === 'certain')
				.map((s) => s.state)
		);
		const point: SeriesPoint = {
			date: day,
			certain: status.counted.certain,
			possible: status.counted.possible,
			added: [...now].filter((s) => !before.has(s)),
			removed: [...before].filter((s) => !now.has(s))
		};
		const prev = points[points.length - 1];
		const changed =
			!prev ||
			prev.certain !== point.certain ||
			prev.possible !== point.possible ||
			point.added.length > 0 ||
			point.removed.length > 0 ||
			day === until;
		if (changed) points.push(point);
		before = now;
	}
	return points;
}
