/**
 * The published CSV files (/api/v1/data.csv, data.ru.csv) and their companions
 * (data.csv.sha256, data.ru.csv.sha256): each file's SHA-256 in the format of
 * `sha256sum`, under a comment naming the data set it was built from, so that a copy
 * can be checked (`sha256sum -c data.csv.sha256`) and tied to a fingerprint.
 */
import { sha256 } from '../data/sha256';
import type { Fingerprint } from '../data/fingerprint';
import type { Dataset } from '../data/schema';
import { recordedStatus } from '../status/engine';
import { dataRevision } from '../status/report';
import { toCsv } from './export';
import { tableRows } from './rows';

export type CsvLang = 'en' | 'ru';

/** The file's name at /api/v1/. */
export const csvFile = (lang: CsvLang) => (lang === 'en' ? 'data.csv' : `data.${lang}.csv`);

/** One row per member as recorded; the Russian file starts with a byte-order mark. */
export function dataCsv(data: Dataset, lang: CsvLang): string {
	const text = toCsv(tableRows(recordedStatus(data), lang), lang);
	// The byte-order mark lets spreadsheet programs read the Cyrillic as UTF-8.
	return lang === 'en' ? text : '\uFEFF' + text;
}

export function csvChecksum(data: Dataset, lang: CsvLang, fingerprint: Fingerprint): string {
	const name = csvFile(lang);
	const revision = dataRevision(data);
	return [
		`# ${name}: recorded to ${data.treaty.recordedTo.date}; data revision ${revision.number} of ${revision.date}, fingerprint ${fingerprint.short}`,
		`# Check a downloaded copy: sha256sum -c ${name}.sha256`,
		`${sha256(dataCsv(data, lang))}  ${name}`,
		''
	].join('\n');
}

export const CSV_HEADERS = { 'content-type': 'text/csv; charset=utf-8' };
export const CHECKSUM_HEADERS = { 'content-type': 'text/plain; charset=utf-8' };
