/**
 * planChanges, the one path every change to the record takes (the editor's save and
 * the commands): what counts as a change, the revision and history line it gets, the
 * proposed summary, and the refusal with the validator's own problems.
 */
import { describe, expect, it } from 'vitest';
import { currentDoc, planChanges, type Outcome, type Planned } from '../../../src/lib/record/plan';
import {
	planActionChange,
	planActionRemoval,
	planRecordedTo
} from '../../../src/lib/record/actions';
import { proposeSummary } from '../../../src/lib/record/summary';
import { readDataDir } from '../../../src/lib/server/read-data';
import { statusAt, recordedDay } from '../../../src/lib/status/engine';
import { testToday } from '../../fixtures/today';
import { DATA_DIR } from '../../fixtures/paths';

const DATA = readDataDir(DATA_DIR);
const TODAY = testToday;
const doc = (file: string) => currentDoc(DATA[file])!;

function planned(outcome: Outcome): Planned {
	if (!outcome.ok) throw new Error(`refused: ${outcome.message}\n${outcome.lines.join('\n')}`);
	return outcome;
}

describe('planChanges', () => {
	it('writes nothing for a document equal to the file, even in an older format', () => {
		const plan = planned(
			planChanges(DATA, { docs: { 'states/RU.json': doc('states/RU.json') } }, { today: TODAY })
		);
		expect(plan.changes).toEqual({});
		expect(plan.edits).toEqual([]);
	});

	it('sets the revision and history itself: a caller cannot rewrite history', () => {
		const ru = doc('states/RU.json');
		const forged = { ...ru, revision: 99, history: [], note: 'A new note.' };
		const plan = planned(
			planChanges(DATA, { docs: { 'states/RU.json': forged } }, { today: TODAY })
		);
		const after = JSON.parse(plan.changes['states/RU.json']);
		expect(after.revision).toBe((ru.revision as number) + 1);
		expect(after.history).toHaveLength((ru.history as unknown[]).length + 1);
		expect(after.history.at(-1)).toMatchObject({ revision: after.revision, date: TODAY });
		expect(after.history.at(-1).summary.en).toBe("Changed the state's note");
	});

	it("refuses an invalid change with the validator's problems, placed by file and path", () => {
		const ru = doc('states/RU.json') as { actions: { date: string }[] };
		ru.actions[0].date = '2010-13-01';
		const outcome = planChanges(DATA, { docs: { 'states/RU.json': ru } }, { today: TODAY });
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.errors.map((e) => `${e.file} ${e.path}`)).toEqual([
			'states/RU.json actions[0].date'
		]);
		expect(outcome.lines[0]).toBe(
			'states/RU.json: actions[0].date: month 13 does not exist (expected a real date YYYY, YYYY-MM or YYYY-MM-DD, got "2010-13-01")'
		);
	});

	it('writes treaty.json before a state file', () => {
		const treaty = { ...doc('treaty.json'), titleNote: 'Changed.' };
		const ru = { ...doc('states/RU.json'), note: 'New.' };
		const plan = planned(
			planChanges(DATA, { docs: { 'states/RU.json': ru, 'treaty.json': treaty } }, { today: TODAY })
		);
		expect(Object.keys(plan.changes)).toEqual(['treaty.json', 'states/RU.json']);
	});

	it('changes only the lines of what changed', () => {
		const ru = doc('states/RU.json') as { actions: { date: string }[] };
		ru.actions[3].date = '2011-11-29';
		const plan = planned(planChanges(DATA, { docs: { 'states/RU.json': ru } }, { today: TODAY }));
		const before = DATA['states/RU.json'].split('\n');
		const after = plan.changes['states/RU.json'].split('\n');
		const changed = after.filter((line, i) => line !== before[i]);
		// The format's two lines, the revision, the date, and the history line's lines.
		expect(changed.slice(0, 4)).toEqual([
			'  "$schema": "../../static/schema/v2/state.json",',
			'  "schemaVersion": 2,',
			'  "revision": 2,',
			'      "date": "2011-11-29",'
		]);
	});
});

describe('proposeSummary', () => {
	it('names an added, a changed and a removed action in every language', () => {
		const from = {
			actions: [
				{ type: 'signature', date: '2010-06-08' },
				{ type: 'ratification', date: '2024' }
			]
		};
		const to = {
			actions: [
				{ type: 'ratification', date: '2024-12-13', sources: [{ id: 'x' }] },
				{ type: 'deposit', date: '2025-01', sources: [{ id: 'y' }] }
			]
		};
		expect(proposeSummary('states/PK.json', from, to)).toEqual({
			en: 'Changed the ratification of 2024: date 2024 → 2024-12-13, sources; Removed the signature of 2010-06-08; Recorded deposit of 2025-01 (y)',
			ru: 'Изменено: ратификация от 2024 — дата 2024 → 2024-12-13, источники; Удалено: подписание от 2010-06-08; Записано: сдача на хранение от 2025-01 (y)',
			zh: '修改批准（2024）：日期 2024 → 2024-12-13、来源；删除签署（2010-06-08）；记录交存（2025-01，y）',
			ar: 'تعديل التصديق بتاريخ 2024: التاريخ 2024 → 2024-12-13، المصادر؛ حذف التوقيع بتاريخ 2010-06-08؛ تسجيل الإيداع بتاريخ 2025-01 (y)'
		});
	});

	it('says how far recordedTo moved, and on what source', () => {
		const from = { recordedTo: { date: '2025-03-17', sources: [{ id: 'a' }] } };
		const to = { recordedTo: { date: '2025-07-21', sources: [{ id: 'astana' }] } };
		const s = proposeSummary('treaty.json', from, to) as Record<string, string>;
		expect(s.en).toBe(
			'Moved recordedTo from 2025-03-17 to 2025-07-21 (astana); Changed recordedTo.sources'
		);
	});

	it('names at most four changes, then how many more', () => {
		const from = { sources: [] };
		const to = { sources: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })) };
		const s = proposeSummary('sources.json', from, to) as Record<string, string>;
		expect(s.en).toBe(
			'Added source a; Added source b; Added source c; Added source d; and 2 more changes'
		);
	});
});

describe('changing and removing an action (npm run record -- change / remove)', () => {
	it('corrects one field of one action, and the status follows', () => {
		const plan = planned(
			planActionChange(DATA, { state: 'RU', at: 3, date: '2011-11-29' }, { today: TODAY })
		);
		const ru = plan.after.states.find((s) => s.state === 'RU')!;
		expect(ru.actions[3]).toMatchObject({
			type: 'ratification',
			date: '2011-11-29',
			instrument: 'Federal Law No. 368-FZ'
		});
		expect(plan.edits[0].summary).toMatchObject({
			en: 'Changed the ratification of 2011-11-30: date 2011-11-30 → 2011-11-29'
		});
	});

	it('removes fields asked to be cleared, and refuses a change that changes nothing', () => {
		const plan = planned(
			planActionChange(DATA, { state: 'RU', at: 3, clear: ['instrument'] }, { today: TODAY })
		);
		expect(plan.after.states.find((s) => s.state === 'RU')!.actions[3].instrument).toBeUndefined();
		const same = planActionChange(
			DATA,
			{ state: 'RU', at: 3, date: '2011-11-30' },
			{ today: TODAY }
		);
		expect(same.ok).toBe(false);
		expect(!same.ok && same.message).toMatch(/^Nothing to change/);
	});

	it('removes an action, and the count falls by one', () => {
		const plan = planned(planActionRemoval(DATA, { state: 'RU', at: 3 }, { today: TODAY }));
		const day = recordedDay(plan.after);
		expect(statusAt(plan.after, day).counted.certain).toBe(
			statusAt(plan.before!, day).counted.certain - 1
		);
		expect(plan.edits[0].summary).toMatchObject({ en: 'Removed the ratification of 2011-11-30' });
	});

	it('refuses a removal that leaves a deposit without its ratification', () => {
		const outcome = planActionRemoval(DATA, { state: 'CN', at: 1 }, { today: TODAY });
		expect(!outcome.ok && outcome.lines).toEqual([
			'states/CN.json: actions[1].type: deposit without an act of consent (ratification, acceptance, approval, accession) (expected an act of consent recorded first, got none)'
		]);
	});

	it('names the action index that does not exist', () => {
		expect(() =>
			planActionChange(DATA, { state: 'UZ', at: 0, date: '2025' }, { today: TODAY })
		).toThrow(
			'--at: UZ has no actions[0] (expected nothing: it has no actions; npm run record -- list --state UZ shows them)'
		);
	});
});

describe('moving recordedTo (npm run record -- recorded-to)', () => {
	it('moves the date with its source, keeps the note and reminds of it', () => {
		const plan = planned(
			planRecordedTo(
				DATA,
				{ date: '2025-07-21', source: 'voice-of-asia-2025-4', locator: 'x' },
				{ today: TODAY }
			)
		);
		expect(plan.after.treaty.recordedTo).toMatchObject({
			date: '2025-07-21',
			sources: [{ id: 'voice-of-asia-2025-4', locator: 'x' }],
			note:
				doc('treaty.json').recordedTo && (doc('treaty.json').recordedTo as { note: unknown }).note
		});
		expect(plan.reminders[0]).toMatch(/^treaty.json recordedTo keeps its note/);
	});
});

describe('translating a history line', () => {
	it('takes a new wording of an earlier line, keeping its revision and date, and says so', () => {
		const ru = doc('states/RU.json') as {
			history: { revision: number; date: string; summary: unknown }[];
		};
		const line = ru.history[0];
		ru.history[0] = {
			...line,
			summary: {
				en: line.summary as string,
				ru: 'Записано по дайджесту',
				zh: '据摘要记录',
				ar: 'سُجّل من الموجز'
			}
		};
		// A forged date or revision is not taken: only the wording.
		ru.history.push({ revision: 42, date: '1999', summary: 'forged' });
		const plan = planned(planChanges(DATA, { docs: { 'states/RU.json': ru } }, { today: TODAY }));
		const after = JSON.parse(plan.changes['states/RU.json']);
		expect(after.history).toHaveLength(2);
		expect(after.history[0]).toEqual({
			revision: 1,
			date: line.date,
			summary: ru.history[0].summary
		});
		expect(after.history[1].summary.en).toBe(
			'Corrected or translated the history lines of revisions 1'
		);
	});
});
