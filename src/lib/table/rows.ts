/**
 * The status table's rows, their order and their filter: one row per member state at
 * the as-of date, with the date of each stage it has reached and the sources behind
 * them. Sorting keeps empty cells last whichever way a column is sorted, so the
 * states with a date always come first.
 */
import { compareDates, type DateValue } from '../data/dates';
import type { ActionType } from '../data/schema';
import { originalOf, stateName } from '../i18n/format';
import { LANG_INFO, type Lang } from '../i18n/langs';
import type { Status } from '../status/engine';
import type { SourceEntry } from '../status/input';
import { STAGES, type Stage } from '../status/state';

export const COLUMNS = [
	'state',
	'stage',
	'signature',
	'domesticApproval',
	'consent',
	'deposit',
	'sources'
] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

export interface TableRow {
	state: string;
	/** The state's name in the table's language. */
	name: string;
	memberPossible: boolean;
	stage: Stage;
	possibleStage: Stage | null;
	signature: DateValue | null;
	domesticApproval: DateValue | null;
	consent: { type: ActionType; date: DateValue } | null;
	deposit: DateValue | null;
	/** The sources of the state's actions up to the as-of date, each once. */
	sources: SourceEntry[];
}

function collator(lang: Lang): Intl.Collator {
	return new Intl.Collator(LANG_INFO[lang].locale, { sensitivity: 'base', numeric: true });
}

/** Every member (certain or possible) at the as-of date, by name. */
export function tableRows(status: Status, lang: Lang): TableRow[] {
	const rows = Object.values(status.states)
		.filter((s) => s.member || s.memberPossible)
		.map((s): TableRow => {
			const known = s.actions.filter((a) => a.relation !== 'after');
			// Each source once: the engine resolved every citation of it to the same entry.
			const sources = [...new Set(known.flatMap((a) => a.sources.map((c) => c.source)))];
			return {
				state: s.state,
				name: stateName(s.state, lang),
				memberPossible: s.memberPossible,
				stage: s.stage,
				possibleStage: s.possibleStage,
				signature: s.dates.signature?.date ?? null,
				domesticApproval: s.dates['domestic-approval']?.date ?? null,
				consent: s.dates.consent ?? null,
				deposit: s.dates.deposit?.date ?? null,
				sources
			};
		});
	return sortRows(rows, 'state', 'ascending', lang);
}

type Key = number | string | DateValue;

/** The value a column sorts by, or null for an empty cell. */
function sortKey(row: TableRow, column: Column, lang: Lang): Key | null {
	switch (column) {
		case 'state':
			return row.name;
		case 'stage':
			// The possible stage breaks ties: "signed, possibly deposited" is further along.
			return (
				STAGES.indexOf(row.stage) * 10 +
				(row.possibleStage ? STAGES.indexOf(row.possibleStage) + 1 : 0)
			);
		case 'consent':
			return row.consent?.date ?? null;
		case 'sources':
			// By the titles as the cells show them first: as published.
			return row.sources.length
				? row.sources.map((s) => originalOf(s.title).text).join('\n')
				: null;
		default:
			return row[column];
	}
}

function compareKeys(a: Key, b: Key, column: Column, coll: Intl.Collator): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (column === 'state' || column === 'sources') return coll.compare(String(a), String(b));
	return compareDates(a as DateValue, b as DateValue);
}

/** A comparator for one column; ties and empty cells are ordered by state name. */
export function comparator(
	column: Column,
	direction: Direction,
	lang: Lang
): (a: TableRow, b: TableRow) => number {
	const coll = collator(lang);
	const sign = direction === 'ascending' ? 1 : -1;
	return (a, b) => {
		const ka = sortKey(a, column, lang);
		const kb = sortKey(b, column, lang);
		let order = 0;
		if (ka === null || kb === null) order = ka === kb ? 0 : ka === null ? 1 : -1;
		else order = sign * compareKeys(ka, kb, column, coll);
		if (order === 0 && column === 'consent' && a.consent && b.consent) {
			order = sign * coll.compare(a.consent.type, b.consent.type);
		}
		return order || coll.compare(a.name, b.name) || a.state.localeCompare(b.state);
	};
}

export function sortRows(
	rows: TableRow[],
	column: Column,
	direction: Direction,
	lang: Lang
): TableRow[] {
	return [...rows].sort(comparator(column, direction, lang));
}

export interface RowFilter {
	/** A stage, or 'all'. A row matches its stage or its possible stage. */
	stage: Stage | 'all';
	/** Part of the state's name in the table's language, or its ISO code. */
	query: string;
}

/** Lower case without accents, so "turkiye" finds "Türkiye". */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

export function filterRows(rows: TableRow[], filter: RowFilter): TableRow[] {
	const query = fold(filter.query);
	return rows.filter(
		(row) =>
			(filter.stage === 'all' ||
				row.stage === filter.stage ||
				row.possibleStage === filter.stage) &&
			(!query || fold(row.name).includes(query) || row.state.toLowerCase() === query)
	);
}

/** The stages present in the rows, in stage order, for the filter's options. */
export function stagesPresent(rows: TableRow[]): Stage[] {
	const present = new Set(rows.flatMap((r) => [r.stage, r.possibleStage]));
	return STAGES.filter((s) => present.has(s));
}
