/**
 * The validator on the real files and on one broken copy per kind of mistake. Each case
 * mutates an in-memory copy of the real RawFiles, so the rest of the data stays valid
 * and the case must produce exactly the errors listed, no more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	formatError,
	validateFiles,
	type DataError,
	type RawFiles
} from '../../../src/lib/data/validate';
import { readDataDir } from '../../../src/lib/server/read-data';
import { addDaysToDay } from '../../../src/lib/data/dates';
import { DATA_DIR } from '../../fixtures/paths';
import { testToday } from '../../fixtures/today';

const TODAY = testToday;
const TOMORROW = addDaysToDay(testToday, 1);
let real: RawFiles;
beforeAll(() => {
	real = readDataDir(DATA_DIR);
});

type Doc = any;

/** A copy of the real files with one file's JSON changed by `change`. */
function edit(file: string, change: (doc: Doc) => void, files: RawFiles = real): RawFiles {
	const doc = JSON.parse(files[file]);
	change(doc);
	return { ...files, [file]: JSON.stringify(doc, null, 2) };
}

function without(files: RawFiles, ...names: string[]): RawFiles {
	const copy = { ...files };
	for (const n of names) delete copy[n];
	return copy;
}

const src = (id = 'voice-of-asia-2025-4') => [{ id }];
const errorsOf = (files: RawFiles) => validateFiles(files, { today: TODAY });

describe('the real data', () => {
	it('validates with no errors', () => {
		const { dataset, errors } = errorsOf(real);
		expect(errors.map(formatError)).toEqual([]);
		expect(dataset?.states).toHaveLength(28);
		expect(dataset?.members.members).toHaveLength(28);
		expect(dataset?.treaty.entryIntoForce.instrumentsRequired).toBe(14);
	});

	it('validates against the real clock too', () => {
		expect(validateFiles(real).errors).toEqual([]);
	});

	it('has 31 files: three top-level and one per member', () => {
		expect(Object.keys(real).sort().slice(0, 3)).toEqual(['members.json', 'sources.json', 'states/AE.json']);
		expect(Object.keys(real)).toHaveLength(31);
	});
});

interface Case {
	name: string;
	files: () => RawFiles;
	/** The one error expected: its fields, and a part of its formatted line. */
	error: DataError;
	/** Errors that must follow from the same mistake. */
	also?: DataError[];
	line?: RegExp;
}

const cases: Case[] = [
	{
		name: 'malformed JSON (reports line and column)',
		files: () => ({
			...real,
			'states/KZ.json': real['states/KZ.json'].replace('"state": "KZ",', '"state": "KZ"')
		}),
		error: {
			file: 'states/KZ.json',
			path: 'line 6, column 3',
			message: expect.stringMatching(/^malformed JSON: /),
			expected: 'valid JSON',
			got: 'a syntax error'
		}
	},
	{
		name: 'a file that is not a JSON object',
		files: () => ({ ...real, 'states/KZ.json': '[]' }),
		error: {
			file: 'states/KZ.json',
			path: '(root)',
			message: 'not a JSON object',
			expected: 'an object',
			got: '[]'
		}
	},
	{
		name: 'unknown schemaVersion (names the supported versions)',
		files: () => edit('treaty.json', (d) => (d.schemaVersion = 3)),
		error: {
			file: 'treaty.json',
			path: 'schemaVersion',
			message: 'unsupported schemaVersion; supported versions: 1, 2',
			expected: '1 or 2',
			got: '3'
		}
	},
	{
		name: 'missing schemaVersion',
		files: () => edit('sources.json', (d) => delete d.schemaVersion),
		error: {
			file: 'sources.json',
			path: 'schemaVersion',
			message: expect.stringContaining('supported versions: 1, 2'),
			expected: '1 or 2',
			got: 'nothing'
		}
	},
	{
		name: 'missing required field',
		files: () => edit('states/KZ.json', (d) => delete d.actions[0].sources),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].sources',
			message: 'required field missing',
			expected: 'array',
			got: 'nothing'
		}
	},
	{
		name: 'missing required top-level field',
		files: () => edit('treaty.json', (d) => delete d.recordedTo),
		error: {
			file: 'treaty.json',
			path: 'recordedTo',
			message: 'required field missing',
			expected: 'object',
			got: 'nothing'
		}
	},
	{
		name: 'wrong type',
		files: () => edit('states/KZ.json', (d) => (d.revision = '1')),
		error: {
			file: 'states/KZ.json',
			path: 'revision',
			message: 'wrong type',
			expected: 'number',
			got: 'string'
		}
	},
	{
		name: 'an object where an array belongs',
		files: () => edit('states/RU.json', (d) => (d.actions = {})),
		error: { file: 'states/RU.json', path: 'actions', message: 'wrong type', expected: 'array', got: 'object' }
	},
	{
		name: 'unknown field',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].dated = '2011')),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0]',
			message: 'unknown field dated',
			expected: expect.stringContaining('only the fields'),
			got: 'dated'
		}
	},
	{
		name: 'invalid action type',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].type = 'ratified')),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].type',
			message: 'not an allowed value',
			expected: expect.stringContaining('"ratification" | "acceptance"'),
			got: '"ratified"'
		}
	},
	{
		name: 'impossible date (2023-02-30)',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].date = '2023-02-30')),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].date',
			message: 'day 30 does not exist in 2023-02',
			expected: expect.stringContaining('YYYY-MM-DD'),
			got: '"2023-02-30"'
		},
		line: /^states\/KZ\.json: actions\[0\]\.date: day 30 does not exist in 2023-02 \(expected .*YYYY-MM-DD, got "2023-02-30"\)$/
	},
	{
		name: 'impossible leap day in a range bound (2022-02-29)',
		files: () => edit('states/AZ.json', (d) => (d.actions[0].date = { from: '2010-06-08', to: '2022-02-29' })),
		error: {
			file: 'states/AZ.json',
			path: 'actions[0].date.to',
			message: 'day 29 does not exist in 2022-02',
			expected: expect.stringContaining('YYYY-MM-DD'),
			got: '"2022-02-29"'
		}
	},
	{
		name: 'bad date format',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].date = '28/11/2011')),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].date',
			message: 'wrong format',
			expected: 'a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
			got: '"28/11/2011"'
		}
	},
	{
		name: 'a number where a date belongs',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].date = 2011)),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].date',
			message: 'not a valid value',
			expected: expect.stringContaining('or a range { from, to }'),
			got: '2011'
		}
	},
	{
		name: 'bad date in a history entry',
		files: () => edit('members.json', (d) => (d.history[0].date = '2026-13-01')),
		error: {
			file: 'members.json',
			path: 'history[0].date',
			message: 'month 13 does not exist',
			expected: expect.stringContaining('YYYY'),
			got: '"2026-13-01"'
		}
	},
	{
		name: 'date in the future',
		files: () => edit('sources.json', (d) => (d.sources[0].date = '2027')),
		error: {
			file: 'sources.json',
			path: 'sources[0].date',
			message: 'date is in the future',
			expected: `on or before ${testToday}`,
			got: '2027'
		}
	},
	{
		name: 'history date in the future',
		files: () => edit('treaty.json', (d) => (d.history[0].date = TOMORROW)),
		error: {
			file: 'treaty.json',
			path: 'history[0].date',
			message: 'date is in the future',
			expected: `on or before ${testToday}`,
			got: TOMORROW
		}
	},
	{
		name: "date before the treaty's signature",
		files: () => edit('states/KZ.json', (d) => (d.actions[0].date = '2010-06-07')),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].date',
			message: 'date is before the signature of the treaty',
			expected: 'on or after 2010-06-08',
			got: '2010-06-07'
		}
	},
	{
		name: 'an alternative date before the signature',
		files: () => edit('states/CN.json', (d) => (d.actions[1].alternatives[0].date = '2009')),
		error: {
			file: 'states/CN.json',
			path: 'actions[1].alternatives[0].date',
			message: 'date is before the signature of the treaty',
			expected: 'on or after 2010-06-08',
			got: '2009'
		}
	},
	{
		name: 'range ending before it starts',
		files: () => edit('states/AZ.json', (d) => (d.actions[0].date = { from: '2012', to: '2011' })),
		error: {
			file: 'states/AZ.json',
			path: 'actions[0].date',
			message: 'range ends before it starts',
			expected: '`from` on or before `to`',
			got: '2012/2011'
		}
	},
	{
		name: 'unknown source id',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].sources[1].id = 'nope')),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].sources[1].id',
			message: 'unknown source',
			expected: 'an id from sources.json',
			got: 'nope'
		}
	},
	{
		name: 'unknown source id in the treaty',
		files: () => edit('treaty.json', (d) => (d.signature.sources[0].id = 'nope')),
		error: {
			file: 'treaty.json',
			path: 'signature.sources[0].id',
			message: 'unknown source',
			expected: 'an id from sources.json',
			got: 'nope'
		}
	},
	{
		name: 'empty sources',
		files: () => edit('states/KZ.json', (d) => (d.actions[0].sources = [])),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].sources',
			message: 'every fact needs at least one source',
			expected: 'at least 1 item',
			got: '[]'
		}
	},
	{
		name: 'file name not matching the state code',
		files: () => edit('states/KZ.json', (d) => (d.state = 'KG')),
		error: {
			file: 'states/KZ.json',
			path: 'state',
			message: 'state does not match the file name',
			expected: 'KZ',
			got: 'KG'
		}
	},
	{
		name: 'missing file for a member',
		files: () => without(real, 'states/UZ.json'),
		error: {
			file: 'states/UZ.json',
			path: '(file)',
			message: 'every member needs a state file',
			expected: 'a file for member UZ',
			got: 'none'
		}
	},
	{
		name: 'file for a non-member',
		files: () => ({ ...real, 'states/US.json': real['states/UZ.json'].replace('"UZ"', '"US"') }),
		error: {
			file: 'states/US.json',
			path: 'state',
			message: 'not a member in members.json',
			expected: 'one of the members',
			got: 'US'
		}
	},
	{
		name: 'a top-level file missing',
		files: () => without(real, 'treaty.json'),
		error: { file: 'treaty.json', path: '(root)', message: 'file missing', expected: 'the file', got: 'none' }
	},
	{
		name: 'a state file naming another state that is not a member',
		files: () => edit('states/UZ.json', (d) => (d.state = 'US')),
		error: {
			file: 'states/UZ.json',
			path: 'state',
			message: 'state does not match the file name',
			expected: 'UZ',
			got: 'US'
		},
		also: [
			{
				file: 'states/UZ.json',
				path: 'state',
				message: 'not a member in members.json',
				expected: 'one of the members',
				got: 'US'
			}
		]
	},
	{
		name: 'duplicate member',
		files: () => edit('members.json', (d) => d.members.push(d.members[0])),
		error: {
			file: 'members.json',
			path: 'members[28].state',
			message: 'member listed twice',
			expected: 'each member once',
			got: 'AE'
		}
	},
	{
		name: 'duplicate source id',
		files: () => edit('sources.json', (d) => d.sources.push({ ...d.sources[2] })),
		error: {
			file: 'sources.json',
			path: 'sources[11].id',
			message: 'duplicate source id',
			expected: 'a unique id',
			got: 'kz-law-500-iv'
		}
	},
	{
		name: 'stages out of order (deposit before ratification)',
		files: () =>
			edit('states/KZ.json', (d) =>
				d.actions.push({ type: 'deposit', date: '2011-11-01', sources: src('kz-law-500-iv') })
			),
		error: {
			file: 'states/KZ.json',
			path: 'actions[1].date',
			message: 'deposit is dated before the ratification in actions[0]',
			expected: 'on or after 2011-11-28',
			got: '2011-11-01'
		}
	},
	{
		name: 'stages out of order (ratification before signature)',
		files: () =>
			edit('states/KZ.json', (d) => d.actions.push({ type: 'signature', date: '2012-01', sources: src() })),
		error: {
			file: 'states/KZ.json',
			path: 'actions[0].date',
			message: 'ratification is dated before the signature in actions[1]',
			expected: 'on or after 2012-01',
			got: '2011-11-28'
		}
	},
	{
		name: 'stages out of order (withdrawal before ratification)',
		files: () =>
			edit('states/KZ.json', (d) => d.actions.push({ type: 'withdrawal', date: '2011-06', sources: src() })),
		error: {
			file: 'states/KZ.json',
			path: 'actions[1].date',
			message: 'withdrawal is dated before the ratification in actions[0]',
			expected: 'on or after 2011-11-28',
			got: '2011-06'
		}
	},
	{
		name: 'deposit without an act of consent',
		files: () =>
			edit('states/UZ.json', (d) => d.actions.push({ type: 'deposit', date: '2024-01-01', sources: src() })),
		error: {
			file: 'states/UZ.json',
			path: 'actions[0].type',
			message: expect.stringContaining('deposit without an act of consent'),
			expected: 'an act of consent recorded first',
			got: 'none'
		}
	},
	{
		name: 'duplicate action',
		files: () => edit('states/KZ.json', (d) => d.actions.push(d.actions[0])),
		error: {
			file: 'states/KZ.json',
			path: 'actions[1]',
			message: 'duplicate of actions[0]',
			expected: 'each action once',
			got: 'ratification 2011-11-28'
		}
	},
	{
		name: 'second deposit without a note',
		files: () =>
			edit('states/CN.json', (d) => d.actions.push({ type: 'deposit', date: '2025-03-15', sources: src() })),
		error: {
			file: 'states/CN.json',
			path: 'actions[3].note',
			message: 'a second deposit needs a note explaining it',
			expected: 'a note',
			got: 'none'
		}
	},
	{
		name: 'revision not equal to the last history revision',
		files: () => edit('states/KZ.json', (d) => (d.revision = 2)),
		error: {
			file: 'states/KZ.json',
			path: 'revision',
			message: 'revision must equal the last history entry',
			expected: '1',
			got: '2'
		}
	},
	{
		name: 'history revisions not increasing',
		files: () =>
			edit('sources.json', (d) => d.history.push({ revision: 1, date: '2026-11-26', summary: 'again' })),
		error: {
			file: 'sources.json',
			path: 'history[1].revision',
			message: 'history revisions must increase',
			expected: 'more than 1',
			got: '1'
		}
	},
	{
		name: 'invalid ISO code',
		files: () => {
			const files = edit('members.json', (d) => (d.members.find((m: Doc) => m.state === 'UZ').state = 'XX'));
			files['states/XX.json'] = real['states/UZ.json'].replace('"UZ"', '"XX"');
			return without(files, 'states/UZ.json');
		},
		error: {
			file: 'members.json',
			path: 'members[26].state',
			message: 'not an ISO 3166-1 alpha-2 code',
			expected: 'a code such as KZ',
			got: 'XX'
		}
	},
	{
		name: 'state code not in capitals',
		files: () => edit('members.json', (d) => (d.observers.states[0] = 'by')),
		error: {
			file: 'members.json',
			path: 'observers.states[0]',
			message: 'wrong format',
			expected: 'an ISO 3166-1 alpha-2 code in capitals',
			got: '"by"'
		}
	},
	{
		name: 'action after recordedTo',
		files: () =>
			edit('states/KZ.json', (d) =>
				d.actions.push({ type: 'deposit', date: '2025-04', sources: src('kz-law-500-iv') })
			),
		error: {
			file: 'states/KZ.json',
			path: 'actions[1].date',
			message: expect.stringContaining('after the data is recorded to'),
			expected: 'on or before 2025-03-17, or move recordedTo',
			got: '2025-04'
		}
	},
	{
		name: 'invalid URL',
		files: () => edit('sources.json', (d) => (d.sources[1].url = 'base.garant.ru/12192453')),
		error: {
			file: 'sources.json',
			path: 'sources[1].url',
			message: 'Invalid URL',
			expected: 'a valid URL',
			got: '"base.garant.ru/12192453"'
		}
	},
	{
		name: 'state file for another treaty',
		files: () => edit('states/KZ.json', (d) => (d.treaty = 'another-treaty')),
		error: {
			file: 'states/KZ.json',
			path: 'treaty',
			message: 'unknown treaty',
			expected: 'cica-privileges-immunities',
			got: 'another-treaty'
		}
	},
	{
		name: 'member left before it joined',
		files: () =>
			edit('members.json', (d) => (d.members[0].left = { date: '2005', sources: src('research-notes-2025') })),
		error: {
			file: 'members.json',
			path: 'members[0].left.date',
			message: 'left before it joined',
			expected: 'after 2008',
			got: '2005'
		}
	},
	{
		name: "a member's alternative date in the future",
		files: () => edit('members.json', (d) => (d.members.find((m: Doc) => m.state === 'TH').alternatives[0].date = '2027')),
		error: {
			file: 'members.json',
			path: 'members[23].alternatives[0].date',
			message: 'date is in the future',
			expected: `on or before ${testToday}`,
			got: '2027'
		}
	},
	{
		name: 'treaty without an English title',
		files: () => edit('treaty.json', (d) => delete d.title.en),
		error: {
			file: 'treaty.json',
			path: 'title',
			message: 'needs an English title',
			expected: expect.any(String),
			got: expect.stringContaining('"ru"')
		}
	}
];

describe('each kind of bad input is rejected, naming the file', () => {
	it('has at least 20 distinct cases', () => {
		expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
		expect(cases.length).toBeGreaterThanOrEqual(20);
	});

	it.each(cases)('$name', ({ files, error, also, line }) => {
		const { dataset, errors } = errorsOf(files());
		expect(dataset).toBeNull();
		expect(errors).toEqual([error, ...(also ?? [])]);
		const text = formatError(errors[0]);
		// One line: "file: path: message (expected X, got Y)".
		expect(text).not.toContain('\n');
		expect(text.startsWith(`${errors[0].file}: ${errors[0].path}: ${errors[0].message} (expected `)).toBe(
			true
		);
		expect(text).toMatch(/ \(expected .+, got .+\)$/);
		expect(text).not.toContain('expected ?');
		if (line) expect(text).toMatch(line);
	});
});

describe('several problems', () => {
	it('are all reported, one line each, not just the first', () => {
		let files = edit('states/KZ.json', (d) => (d.actions[0].date = '2023-02-30'));
		files = edit('sources.json', (d) => (d.sources[1].url = 'not a url'), files);
		const lines = errorsOf(files).errors.map(formatError);
		expect(lines).toHaveLength(2);
		expect(lines.some((l) => l.startsWith('sources.json: sources[1].url: Invalid URL'))).toBe(true);
		expect(lines.some((l) => l.startsWith('states/KZ.json: actions[0].date: day 30'))).toBe(true);
	});

	it('in many files are all reported', () => {
		let files = without(real, 'states/UZ.json');
		files = edit('states/KZ.json', (d) => (d.revision = 2), files);
		files = edit('treaty.json', (d) => (d.schemaVersion = 9), files);
		files = { ...files, 'states/RU.json': '{' };
		const got = errorsOf(files).errors.map((e) => `${e.file} ${e.path}`);
		expect(got.sort()).toEqual(
			['treaty.json schemaVersion', 'states/KZ.json revision', 'states/UZ.json (file)', 'states/RU.json line 1, column 2'].sort()
		);
	});

	it('a date both in the future and after recordedTo gives both reasons', () => {
		// Next year: after today, and after the date the record goes to.
		const files = edit('states/KZ.json', (d) => (d.actions[0].date = String(Number(testToday.slice(0, 4)) + 1)));
		const messages = errorsOf(files).errors.map((e) => e.message);
		expect(messages).toEqual([
			'date is in the future',
			'date is after the data is recorded to (treaty.json recordedTo)'
		]);
	});

	it('a badly named state file is reported, and its member as missing a file', () => {
		const files = without({ ...real, 'states/kz.json': real['states/KZ.json'] }, 'states/KZ.json');
		const errors = errorsOf(files).errors;
		expect(errors.map((e) => [e.file, e.path])).toEqual([
			['states/kz.json', '(file name)'],
			['states/KZ.json', '(file)']
		]);
		expect(formatError(errors[0])).toContain('a state file must be named by its state code');
	});
});

describe('imprecise dates are not errors', () => {
	it('a year-dated act in the same year as a dated one may come either side of it', () => {
		let files = edit('states/KZ.json', (d) => d.actions.push({ type: 'withdrawal', date: '2011', sources: src() }));
		files = edit('states/RU.json', (d) => (d.actions[0].date = '2011'), files);
		expect(errorsOf(files).errors).toEqual([]);
	});

	it('a range reaching back to the signature day is not before it', () => {
		const files = edit('states/KG.json', (d) => (d.actions[0].date = { from: '2010', to: '2022' }));
		expect(errorsOf(files).errors).toEqual([]);
	});

	it('a second deposit with a note is accepted', () => {
		const files = edit('states/CN.json', (d) =>
			d.actions.push({ type: 'deposit', date: '2025-03-15', sources: src(), note: 'Deposited again.' })
		);
		expect(errorsOf(files).errors).toEqual([]);
	});
});

describe('formatError', () => {
	it('writes one line: file, path, message, then expected and got', () => {
		expect(
			formatError({ file: 'states/KZ.json', path: 'revision', message: 'wrong type', expected: 'number', got: 'string' })
		).toBe('states/KZ.json: revision: wrong type (expected number, got string)');
	});

	it('escapes line breaks that come from the data, so each error keeps to one line', () => {
		const files = edit('states/KZ.json', (d) => (d.treaty = 'two\nlines'));
		const lines = errorsOf(files).errors.map(formatError);
		expect(lines).toEqual([
			'states/KZ.json: treaty: unknown treaty (expected cica-privileges-immunities, got two\\nlines)'
		]);
	});

	it('marks the root and leaves out the brackets when nothing is expected', () => {
		expect(formatError({ file: 'treaty.json', path: '', message: 'odd' })).toBe('treaty.json: (root): odd');
	});
});

describe('syntax errors in real files', () => {
	it('a stray character is reported on one line with its place', () => {
		const text = real['states/BH.json'].replace('"state"', 's"state"');
		const { errors } = errorsOf({ ...real, 'states/BH.json': text });
		expect(errors).toHaveLength(1);
		expect(formatError(errors[0])).toBe(
			'states/BH.json: line 5, column 3: malformed JSON: unexpected character (expected valid JSON, got a syntax error)'
		);
	});

	it('a field given twice is refused, since JSON readers silently keep the last', () => {
		const text = real['states/RU.json'].replace('"revision": 1,', '"revision": 1,\n  "revision": 2,');
		const { errors } = errorsOf({ ...real, 'states/RU.json': text });
		expect(errors.map(formatError)).toEqual([
			'states/RU.json: line 7, column 3: the field "revision" appears twice in the same object (expected each field once, got "revision" twice)'
		]);
	});
});
