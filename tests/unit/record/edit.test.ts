import { describe, expect, it } from 'vitest';
import { today as todayOf } from '../../../src/lib/data/dates';
import {
	conflictsOf,
	EditInputError,
	parseDateArg,
	planRecord,
	type RecordInput
} from '../../../src/lib/record/actions';
import type { Outcome, Planned, Refusal } from '../../../src/lib/record/plan';
import { planSource } from '../../../src/lib/record/sources';
import type { Action } from '../../../src/lib/data/schema';
import type { RawFiles } from '../../../src/lib/data/validate';
import { readDataDir } from '../../../src/lib/server/read-data';
import { statusAt } from '../../../src/lib/status/engine';
import { describeStatusChange } from '../../../scripts/lib/edit';
import { DATA_DIR } from '../../fixtures/paths';

const DATA = readDataDir(DATA_DIR);
const TODAY = todayOf();
const VOA = 'voice-of-asia-2025-4';

function planned(outcome: Outcome): Planned {
	if (!outcome.ok) throw new Error(`refused: ${outcome.message}\n${outcome.lines.join('\n')}`);
	return outcome;
}

function refused(outcome: Outcome): Refusal {
	if (outcome.ok) throw new Error('expected a refusal');
	return outcome;
}

function record(files: RawFiles, input: Partial<RecordInput>) {
	return planRecord(files, {
		state: 'UZ',
		action: 'ratification',
		date: '2025-03-10',
		source: VOA,
		...input
	});
}

/** The data with UZ's ratification of 10 March 2025 recorded. */
function withUzRatification(): RawFiles {
	return { ...DATA, ...planned(record(DATA, {})).changes };
}

function thrownBy(fn: () => unknown): EditInputError {
	try {
		fn();
	} catch (err) {
		if (err instanceof EditInputError) return err;
		throw err;
	}
	throw new Error('expected an EditInputError');
}

describe('parseDateArg', () => {
	it('keeps each precision and reads FROM/TO as a range', () => {
		expect(parseDateArg('--date', '2025')).toBe('2025');
		expect(parseDateArg('--date', '2025-06')).toBe('2025-06');
		expect(parseDateArg('--date', '2025-06-10')).toBe('2025-06-10');
		expect(parseDateArg('--date', '2025/2025-03-04')).toEqual({ from: '2025', to: '2025-03-04' });
	});

	it('names the flag and says what was expected', () => {
		for (const bad of ['2025-02-30', '10/06/2025', '2025-13', 'June 2025', '', '2025/2026/2027']) {
			const err = thrownBy(() => parseDateArg('--date', bad));
			expect(err.flag).toBe('--date');
			expect(err.message).toMatch(/^--date: /);
		}
		expect(thrownBy(() => parseDateArg('--date', '2025-03/2025-02')).message).toContain(
			'ends before it starts'
		);
	});
});

describe('planRecord: a ratification then a deposit for Uzbekistan', () => {
	it('adds the action, raises the revision by one and writes a history line', () => {
		const plan = planned(record(DATA, { locator: '10 March 2025 article' }));
		expect(Object.keys(plan.changes)).toEqual(['states/UZ.json']);
		const before = JSON.parse(DATA['states/UZ.json']);
		const after = JSON.parse(plan.changes['states/UZ.json']);
		expect(after.revision).toBe(before.revision + 1);
		expect(after.actions).toEqual([
			{
				type: 'ratification',
				date: '2025-03-10',
				sources: [{ id: VOA, locator: '10 March 2025 article' }]
			}
		]);
		// The proposed history line is written in every language, English first.
		const summary = {
			en: `Recorded ratification of 2025-03-10 (${VOA})`,
			ru: `Записано: ратификация от 2025-03-10 (${VOA})`,
			zh: `记录批准（2025-03-10，${VOA}）`,
			ar: `تسجيل التصديق بتاريخ 2025-03-10 (${VOA})`
		};
		expect(after.history.at(-1)).toEqual({ revision: before.revision + 1, date: TODAY, summary });
		expect(Object.keys(after.history.at(-1).summary)).toEqual(['en', 'ru', 'zh', 'ar']);
		expect(plan.edits).toEqual([
			{
				file: 'states/UZ.json',
				revision: { from: before.revision, to: before.revision + 1 },
				summary
			}
		]);
	});

	it('keeps the file as it was around the change: same indentation, same ending', () => {
		const original = DATA['states/UZ.json'];
		const text = planned(record(DATA, {})).changes['states/UZ.json'];
		const head = original.slice(0, original.indexOf('"revision"'));
		// The file is written in the current format: only its version and schema address change.
		const current = head
			.replace('/schema/v1/', '/schema/v2/')
			.replace('"schemaVersion": 1', '"schemaVersion": 2');
		expect(text.startsWith(current)).toBe(true);
		expect(text).toContain('\n  "actions": [\n    {\n      "type": "ratification",\n');
		expect(text.endsWith('\n')).toBe(original.endsWith('\n'));
	});

	it('counts 14 and enters into force 30 days after the deposit of 15 March 2025', () => {
		const plan = planned(record(withUzRatification(), { action: 'deposit', date: '2025-03-15' }));
		const uz = plan.after.states.find((s) => s.state === 'UZ')!;
		expect(uz.actions.map((a) => a.type)).toEqual(['ratification', 'deposit']);
		expect(uz.revision).toBe(JSON.parse(DATA['states/UZ.json']).revision + 2);
		const status = statusAt(plan.after, '2025-03-17');
		expect(status.counted).toEqual({ certain: 14, possible: 0 });
		expect(status.entryIntoForce?.date).toBe('2025-04-14');
		expect(statusAt(plan.before!, '2025-03-17').entryIntoForce?.date).toBe('2025-04-13');
	});

	it("describes the status change at the action's day", () => {
		const plan = planned(record(DATA, { date: '2025-03-16' }));
		expect(describeStatusChange(plan.before, plan.after, '2025-03-16', 'UZ')).toEqual([
			'Status on 16 March 2025:',
			'  UZ: none → consent-given',
			'  Count: 13 → 14 of 14. Enters into force on 15 April 2025.',
			// Only China's receipt is recorded (its deposit); the others' are their ratifications,
			// in the order the count reached them.
			'  Assuming the instruments of KZ, RU, AZ, IN, KG, MN, TR, BD, PK, JO, TJ, PS, UZ were received on the dates of their acts of consent.'
		]);
		const deposit = planned(
			record({ ...DATA, ...plan.changes }, { action: 'deposit', date: '2025-03-17' })
		);
		expect(describeStatusChange(deposit.before, deposit.after, '2025-03-17', 'UZ')[2]).toBe(
			'  Count: 14 → 14 of 14. Entry into force moves from 15 April 2025 to 16 April 2025.'
		);
	});

	it('uses the summary given, and optional fields in the order of the files', () => {
		const plan = planned(
			record(DATA, {
				summary: 'Ratification law found',
				by: 'Oliy Majlis',
				instrument: 'Law No. 1',
				note: 'Test note'
			})
		);
		const after = JSON.parse(plan.changes['states/UZ.json']);
		expect(Object.keys(after.actions[0])).toEqual([
			'type',
			'date',
			'by',
			'instrument',
			'sources',
			'note'
		]);
		expect(after.history.at(-1).summary).toBe('Ratification law found');
	});

	it('accepts a lower-case state code and a range', () => {
		const plan = planned(record(DATA, { state: 'uz', date: '2025/2025-03-04' }));
		expect(JSON.parse(plan.changes['states/UZ.json']).actions[0].date).toEqual({
			from: '2025',
			to: '2025-03-04'
		});
	});

	it('reminds that a state note saying "no action" may be out of date', () => {
		expect(planned(record(DATA, {})).reminders.join('\n')).toContain('states/UZ.json has a note');
	});
});

describe('planRecord: refusals', () => {
	it("refuses a deposit without an act of consent, with the validator's line", () => {
		const r = refused(record(DATA, { action: 'deposit', date: '2025-03-15' }));
		expect(r.lines.join('\n')).toContain(
			'states/UZ.json: actions[0].type: deposit without an act of consent'
		);
		expect(r.hints.join(' ')).toContain('Record the act of consent');
	});

	it('refuses a second deposit unless a note explains it', () => {
		const input = { state: 'CN', action: 'deposit', date: '2025-03-16' };
		const r = refused(record(DATA, input));
		expect(r.lines[0]).toContain('a deposit is already recorded');
		expect(r.hints.join(' ')).toContain('--note');
		const ok = planned(record(DATA, { ...input, note: 'A corrected instrument was handed over.' }));
		expect(JSON.parse(ok.changes['states/CN.json']).actions).toHaveLength(4);
	});

	it('refuses a second ratification unless a note explains it', () => {
		const input = { state: 'KZ', date: '2012' };
		expect(refused(record(DATA, input)).lines[0]).toContain('a ratification is already recorded');
		expect(planned(record(DATA, { ...input, note: 'A second law.' })).ok).toBe(true);
	});

	it('refuses the same action twice, note or not', () => {
		const r = refused(record(DATA, { state: 'KZ', date: '2011-11-28', note: 'again' }));
		expect(r.message).toContain('already recorded');
	});

	it('refuses a deposit dated before the ratification even with a note', () => {
		const input = { state: 'KZ', action: 'deposit', date: '2011-11-01' };
		for (const note of [undefined, 'the digest says so']) {
			const r = refused(record(DATA, { ...input, note }));
			expect(r.lines[0]).toBe(
				'the deposit of 2011-11-01 is dated before the ratification of 2011-11-28 (actions[0])'
			);
			expect(r.hints[0]).toContain('A note cannot make a contradictory order valid');
		}
	});

	it('refuses a ratification dated after the recorded deposit', () => {
		const r = refused(record(DATA, { state: 'CN', action: 'acceptance', date: '2025-03-15' }));
		expect(r.lines).toContain(
			'the acceptance of 2025-03-15 is dated after the deposit of 2025-03-14 (actions[2])'
		);
	});

	it('asks for a note when the dates overlap, and records it with one', () => {
		// Jordan's ratification is known only as "2024": a deposit in June 2024 may precede it.
		const input = { state: 'JO', action: 'deposit', date: '2024-06' };
		const r = refused(record(DATA, input));
		expect(r.lines[0]).toContain(
			'may be dated (the dates overlap) before the ratification of 2024'
		);
		expect(planned(record(DATA, { ...input, note: 'Deposited in June 2024.' })).ok).toBe(true);
	});

	it('refuses a date after recordedTo, and moves recordedTo on request', () => {
		const r = refused(record(DATA, { date: '2025-06-10' }));
		expect(r.message).toContain('recordedTo: 2025-03-17');
		expect(r.hints[0]).toContain('--advance-recorded-to');
		const plan = planned(record(DATA, { date: '2025-06', advanceRecordedTo: true }));
		expect(Object.keys(plan.changes)).toEqual(['treaty.json', 'states/UZ.json']);
		const treaty = JSON.parse(plan.changes['treaty.json']);
		expect(treaty.recordedTo.date).toBe('2025-06-30');
		expect(treaty.revision).toBe(JSON.parse(DATA['treaty.json']).revision + 1);
		expect(treaty.history.at(-1).summary.en).toBe(
			`Moved recordedTo from 2025-03-17 to 2025-06-30 (recorded UZ ratification of 2025-06, ${VOA})`
		);
	});

	it('leaves recordedTo alone when the action is within it', () => {
		const plan = planned(record(DATA, { advanceRecordedTo: true }));
		expect(Object.keys(plan.changes)).toEqual(['states/UZ.json']);
	});

	it('never moves recordedTo into the future', () => {
		const year = TODAY.slice(0, 4);
		const plan = planned(record(DATA, { date: year, advanceRecordedTo: true }));
		expect(JSON.parse(plan.changes['treaty.json']).recordedTo.date).toBe(TODAY);
	});

	it('refuses a date in the future', () => {
		const r = refused(record(DATA, { date: '2199-01-01', advanceRecordedTo: true }));
		expect(r.lines.join('\n')).toContain('date is in the future');
	});

	it('refuses to edit data that is already invalid', () => {
		const broken = {
			...DATA,
			'states/KZ.json': DATA['states/KZ.json'].replace('"revision": 1', '"revision": 7')
		};
		const r = refused(record(broken, {}));
		expect(r.message).toContain('already invalid');
		expect(r.lines.join('\n')).toContain('states/KZ.json: revision');
	});
});

describe('planRecord: bad usage names the flag', () => {
	const cases: [Partial<RecordInput>, string, string][] = [
		[{ state: 'US' }, '--state', 'unknown state "US"'],
		[{ state: 'Uzbekistan' }, '--state', 'unknown state'],
		[
			{ action: 'ratify' },
			'--action',
			'expected one of: signature-authorisation, signature, domestic-approval'
		],
		[{ date: '2025-02-29' }, '--date', 'day 29 does not exist'],
		[{ source: 'nowhere' }, '--source', 'unknown source "nowhere"'],
		[{ note: ' ' }, '--note', 'must not be empty']
	];
	it.each(cases)('%o → %s', (input, flag, text) => {
		const err = thrownBy(() => record(DATA, input));
		expect(err.flag).toBe(flag);
		expect(err.message).toContain(text);
	});
});

describe('conflictsOf', () => {
	const ratification: Action = { type: 'ratification', date: '2024', sources: [{ id: VOA }] };
	it('finds nothing when the stages are in order', () => {
		const deposit: Action = { type: 'deposit', date: '2025-01-10', sources: [{ id: VOA }] };
		expect(conflictsOf([ratification], deposit)).toEqual([]);
	});

	it('tells a certain contradiction from an overlap', () => {
		const early: Action = { type: 'deposit', date: '2023-05', sources: [{ id: VOA }] };
		const overlapping: Action = { type: 'deposit', date: '2024-05', sources: [{ id: VOA }] };
		expect(conflictsOf([ratification], early)).toMatchObject([{ kind: 'order', certain: true }]);
		expect(conflictsOf([ratification], overlapping)).toMatchObject([
			{ kind: 'order', certain: false }
		]);
	});

	it('treats signatures and domestic approvals as repeatable', () => {
		const duma: Action = { type: 'domestic-approval', date: '2011-11-18', sources: [{ id: VOA }] };
		const council: Action = {
			type: 'domestic-approval',
			date: '2011-11-25',
			sources: [{ id: VOA }]
		};
		expect(conflictsOf([duma], council)).toEqual([]);
	});
});

describe('planSource', () => {
	const base = {
		id: 'uz-law-2025',
		title: 'Law of Uzbekistan',
		publisher: 'Uzbekistan',
		language: 'ru'
	};

	it('adds the source at the end with a new revision and history line', () => {
		const plan = planned(
			planSource(DATA, {
				...base,
				date: '2025-06',
				url: 'https://example.org/law',
				kind: 'primary'
			})
		);
		const after = JSON.parse(plan.changes['sources.json']);
		const before = JSON.parse(DATA['sources.json']);
		expect(after.sources.at(-1)).toEqual({
			id: 'uz-law-2025',
			kind: 'primary',
			title: 'Law of Uzbekistan',
			publisher: 'Uzbekistan',
			date: '2025-06',
			language: 'ru',
			url: 'https://example.org/law'
		});
		expect(Object.keys(after.sources.at(-1))).toEqual([
			'id',
			'kind',
			'title',
			'publisher',
			'date',
			'language',
			'url'
		]);
		expect(after.revision).toBe(before.revision + 1);
		expect(after.history.at(-1)).toMatchObject({ revision: before.revision + 1, date: TODAY });
		expect(after.history.at(-1).summary.en).toBe('Added source uz-law-2025');
		expect(after.history.at(-1).summary.ru).toBe('Добавлен источник uz-law-2025');
	});

	it('is secondary unless said otherwise, and can then be cited', () => {
		const plan = planned(planSource(DATA, base));
		expect(JSON.parse(plan.changes['sources.json']).sources.at(-1).kind).toBe('secondary');
		const files = { ...DATA, ...plan.changes };
		expect(planned(record(files, { source: 'uz-law-2025' })).ok).toBe(true);
	});

	it('refuses a duplicate id', () => {
		const r = refused(planSource(DATA, { ...base, id: VOA }));
		expect(r.message).toContain(`already has a source with the id "${VOA}"`);
	});

	it("refuses invalid fields with the validator's lines", () => {
		const r = refused(planSource(DATA, { ...base, url: 'not a url' }));
		expect(r.lines.some((l) => l.startsWith('sources.json: sources[') && l.includes('.url'))).toBe(
			true
		);
		expect(refused(planSource(DATA, { ...base, date: '2199' })).lines.join()).toContain(
			'in the future'
		);
	});

	it('names the flag when a value is not of the form it takes', () => {
		expect(thrownBy(() => planSource(DATA, { ...base, id: 'UZ Law' })).flag).toBe('--id');
		expect(thrownBy(() => planSource(DATA, { ...base, kind: 'official' })).flag).toBe('--kind');
		expect(thrownBy(() => planSource(DATA, { ...base, date: '2025-00' })).flag).toBe('--date');
		expect(thrownBy(() => planSource(DATA, { ...base, title: '' })).flag).toBe('--title');
	});
});
