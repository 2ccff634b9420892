/**
 * The count held to the sources: on every day a source states how many instruments
 * count (or how many more are needed), the engine on data/ itself must say the same.
 * The sources count acts of consent (ratifications), so this is what pins the counting
 * rule: every state is counted from its act of consent, China included (its instrument
 * was handed over on 14 March 2025, after the digest had already counted it on 11 March).
 *
 * One line per dated statement. A statement can only be added once data/ is recorded to
 * its day (treaty.json recordedTo): the test checks that each day is within the record.
 */
import { describe, expect, it } from 'vitest';
import { latest } from '../../../src/lib/data/dates';
import { statusAt } from '../../../src/lib/status/engine';
import { loadDataset } from '../../../src/lib/server/read-data';
import { REAL_DATA_DIR } from '../../fixtures/paths';

/** The record itself, not the frozen copy: this test is about what data/ says. */
const realData = () => loadDataset(REAL_DATA_DIR);

interface Statement {
	/** The day the source states the count for. */
	day: string;
	/** Where, and in its words. */
	says: string;
	/** Instruments counted, where the source gives the number. */
	counted?: number;
	/** Instruments still needed, where the source says so. */
	remaining?: number;
}

const STATEMENTS: Statement[] = [
	{
		day: '2025-03-11',
		says: 'Voice of Asia 2025 (4), 11 March 2025: Palestine\'s ratification "bringing the total number of ratifications to thirteen … now requiring only one ratification"',
		counted: 13,
		remaining: 1
	},
	{
		day: '2025-03-14',
		says: 'Voice of Asia 2025 (4), 14 March 2025: "the number of Member States that have ratified the Convention has reached thirteen, leaving only one ratification required"',
		counted: 13,
		remaining: 1
	},
	{
		day: '2025-03-17',
		says: 'Voice of Asia 2025 (4), 17 March 2025: "To date, thirteen CICA Member States have ratified the Convention … requiring only one more ratification"',
		counted: 13,
		remaining: 1
	},
	{
		day: '2025-07-21',
		says: 'The Astana Times, 23 July 2025, on the Senior Officials Committee of 21 July 2025: "only one more ratification is needed for it to enter into force"',
		remaining: 1
	}
];

describe('the count on every day a source states it', () => {
	it.each(STATEMENTS)('$day: $says', ({ day, counted, remaining }) => {
		const data = realData();
		// A statement beyond the record would test a day the data does not claim to know.
		expect(day <= latest(data.treaty.recordedTo.date)).toBe(true);
		const status = statusAt(data, day);
		if (counted !== undefined) expect(status.counted).toEqual({ certain: counted, possible: 0 });
		if (remaining !== undefined) expect(status.remaining).toBe(remaining);
	});
});
