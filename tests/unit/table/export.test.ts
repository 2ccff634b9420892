/**
 * The downloads: the CSV must read back, through an independent RFC 4180 parser, to
 * exactly the records it was made from, even with commas, quotes and line breaks in a
 * field; the JSON must hold the same rows with ISO dates.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n';
import { statusAt } from '../../../src/lib/status/engine';
import {
	csvField,
	csvText,
	exportFileName,
	tableRecords,
	toCsv,
	toJson
} from '../../../src/lib/table/export';
import { tableRows, type TableRow } from '../../../src/lib/table/rows';
import { realData } from '../../helpers/real-data';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and CRLF. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field !== '' || record.length) throw new Error('the last record has no line break');
	return records;
}

const data = realData();
const rows: TableRow[] = tableRows(statusAt(data, '2025-03-17'), 'en');

describe('csvField', () => {
	it('quotes only when needed and doubles quotes', () => {
		expect(csvField('Kazakhstan')).toBe('Kazakhstan');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('')).toBe('');
	});
});

describe('toCsv', () => {
	it('has a translated header row and one record per row, CRLF-terminated', () => {
		const text = toCsv(rows, 'en');
		expect(text.endsWith('\r\n')).toBe(true);
		const records = parseCsv(text);
		expect(records).toHaveLength(29);
		expect(records[0][0]).toBe(t('en', 'table.csv.code'));
		expect(records[0]).toEqual([
			'State code',
			'State name',
			'Stage',
			'Possible stage',
			'Signature',
			'Domestic approval',
			'Consent type',
			'Consent date',
			'Deposit',
			'Sources'
		]);
		expect(records.every((r) => r.length === 10)).toBe(true);
	});

	it('gives dates as ISO text at their own precision', () => {
		const records = parseCsv(toCsv(rows, 'en'));
		const byCode = (code: string) => records.find((r) => r[0] === code)!;
		expect(byCode('KZ')).toEqual([
			'KZ',
			'Kazakhstan',
			'consent-given',
			'',
			'',
			'',
			'ratification',
			'2011-11-28',
			'',
			'kz-law-500-iv; voice-of-asia-2025-4'
		]);
		expect(byCode('BD')[7]).toBe('2023');
		expect(byCode('AZ')[7]).toBe('2010-06-08/2022');
		expect(byCode('CN')[8]).toBe('2025-03-14');
	});

	it('reads back to the same records, with a comma, a quote and a line break in a field', () => {
		const tricky: TableRow = {
			...rows[0],
			state: 'XX',
			name: 'Republic of "Example", North\r\nand South',
			sources: [{ id: 'a,b', title: 'T' }]
		};
		const shown = [tricky, ...rows];
		const text = toCsv(shown, 'en');
		const parsed = parseCsv(text);
		expect(parsed).toEqual(tableRecords(shown, 'en'));
		expect(parsed[1][1]).toBe('Republic of "Example", North\r\nand South');
		expect(parsed[1][9]).toBe('a,b');
		expect(parsed).toHaveLength(30);
	});

	it('writes exactly the rows it is given, in their order', () => {
		const two = [rows[5], rows[2]];
		const parsed = parseCsv(toCsv(two, 'en'));
		expect(parsed.slice(1).map((r) => r[0])).toEqual([rows[5].state, rows[2].state]);
		expect(csvText([])).toBe('');
	});
});

describe('toJson', () => {
	it('holds the same rows with ISO dates and the as-of date', () => {
		const doc = JSON.parse(
			toJson(rows, { treaty: 'cica-privileges-immunities', asOf: '2025-03-17' })
		);
		expect(doc.asOf).toBe('2025-03-17');
		expect(doc.states).toHaveLength(28);
		expect(doc.states.map((s: { state: string }) => s.state)).toEqual(rows.map((r) => r.state));
		const az = doc.states.find((s: { state: string }) => s.state === 'AZ');
		expect(az.consent).toEqual({ type: 'ratification', date: '2010-06-08/2022' });
		expect(az.deposit).toBeNull();
	});
});

describe('exportFileName', () => {
	it('names the file after the treaty and the as-of date', () => {
		expect(exportFileName('cica-privileges-immunities', '2025-03-17', 'csv')).toBe(
			'cica-privileges-immunities-status-2025-03-17.csv'
		);
	});
});
