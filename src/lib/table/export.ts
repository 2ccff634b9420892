/**
 * The table's downloads: exactly the rows shown, as CSV (RFC 4180) and as JSON. Dates
 * are ISO text at their own precision ("2024", "2024-12-13", "2010-06-08/2022") and
 * stages and consent types are the data's codes, so both files are machine-readable;
 * the CSV's header row is translated text.
 */
import { toIso, type DateValue } from '../data/dates';
import { t, type Lang } from '../i18n';
import type { TableRow } from './rows';

const FIELD_NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(value: string): string {
	return FIELD_NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function csvText(records: string[][]): string {
	return records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

const iso = (value: DateValue | null) => (value === null ? '' : toIso(value));

/** The header and one record per row: what the CSV holds, before quoting. */
export function tableRecords(rows: TableRow[], lang: Lang): string[][] {
	const header = [
		t(lang, 'table.csv.code'),
		t(lang, 'table.csv.name'),
		t(lang, 'table.csv.stage'),
		t(lang, 'table.csv.possibleStage'),
		t(lang, 'table.csv.signature'),
		t(lang, 'table.csv.domesticApproval'),
		t(lang, 'table.csv.consentType'),
		t(lang, 'table.csv.consentDate'),
		t(lang, 'table.csv.deposit'),
		t(lang, 'table.csv.sources')
	];
	return [
		header,
		...rows.map((r) => [
			r.state,
			r.name,
			r.stage,
			r.possibleStage ?? '',
			iso(r.signature),
			iso(r.domesticApproval),
			r.consent?.type ?? '',
			iso(r.consent?.date ?? null),
			iso(r.deposit),
			r.sources.map((s) => s.id).join('; ')
		])
	];
}

export function toCsv(rows: TableRow[], lang: Lang): string {
	return csvText(tableRecords(rows, lang));
}

export function toJson(rows: TableRow[], meta: { treaty: string; asOf: string }): string {
	const states = rows.map((r) => ({
		state: r.state,
		name: r.name,
		memberPossible: r.memberPossible,
		stage: r.stage,
		possibleStage: r.possibleStage,
		signature: r.signature === null ? null : toIso(r.signature),
		domesticApproval: r.domesticApproval === null ? null : toIso(r.domesticApproval),
		consent: r.consent ? { type: r.consent.type, date: toIso(r.consent.date) } : null,
		deposit: r.deposit === null ? null : toIso(r.deposit),
		sources: r.sources.map((s) => ({ id: s.id, title: s.title }))
	}));
	return JSON.stringify({ treaty: meta.treaty, asOf: meta.asOf, states }, null, 2) + '\n';
}

export function exportFileName(treaty: string, asOf: string, ext: 'csv' | 'json'): string {
	return `${treaty}-status-${asOf}.${ext}`;
}
