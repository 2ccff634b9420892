import { describe, expect, it } from 'vitest';
import { statusAt } from '../../../src/lib/status/engine';
import { whatIfDeposit } from '../../../src/lib/status/what-if';
import { CODES, ratifiers, syntheticDataset } from '../../fixtures/synthetic';
import { realData } from '../../helpers/real-data';

const data = realData();

describe('whatIfDeposit on the real records', () => {
	it('UZ depositing on 2025-06-10 completes the count; in force on 2025-07-10', () => {
		const w = whatIfDeposit(data, 'UZ', '2025-06-10');
		expect(w.state).toBe('UZ');
		expect(w.deposit).toBe('2025-06-10');
		expect(w.completesCount).toBe(true);
		expect(w.countedThen).toBe(14);
		expect(w.entryIntoForce).toMatchObject({
			date: '2025-07-10',
			precision: 'day',
			earliest: '2025-07-10',
			latest: '2025-07-10'
		});
		expect(w.entryIntoForce?.instruments).toContainEqual({ state: 'UZ', receivedFrom: 'deposit' });
		expect(w.entryIntoForce?.instruments).toContainEqual({ state: 'CN', receivedFrom: 'deposit' });
	});

	it('crosses a month end and a leap day like the rule does', () => {
		expect(whatIfDeposit(data, 'UZ', '2027-01-31').entryIntoForce?.date).toBe('2027-03-02');
		expect(whatIfDeposit(data, 'UZ', '2028-01-31').entryIntoForce?.date).toBe('2028-03-01');
	});

	it('does not change the records it is given', () => {
		const before = JSON.stringify(data);
		whatIfDeposit(data, 'UZ', '2025-06-10');
		expect(JSON.stringify(data)).toBe(before);
		expect(statusAt(data, '2025-06-10').counted.certain).toBe(13);
	});

	it('a deposit by a state already counted adds nothing', () => {
		// KZ is counted from its 2011 ratification; a deposit only moves its date later.
		const w = whatIfDeposit(data, 'KZ', '2025-06-10');
		expect(w.completesCount).toBe(false);
		expect(w.countedThen).toBe(13);
		expect(w.entryIntoForce).toBeNull();
	});

	it('a deposit by a non-member (an observer) does not count', () => {
		const w = whatIfDeposit(data, 'US', '2025-06-10');
		expect(w.completesCount).toBe(false);
		expect(w.countedThen).toBe(13);
		expect(w.entryIntoForce).toBeNull();
	});

	it('a deposit before the 13th instrument is not what completes the count', () => {
		// On 2025-03-01, 11 count (CN from its 2024 ratification), TJ and PS only possibly;
		// UZ makes 12. The 14th instrument received is then CN's, deposited on 2025-03-14,
		// so entry into force is 2025-04-13.
		const w = whatIfDeposit(data, 'UZ', '2025-03-01');
		expect(w.countedThen).toBe(12);
		expect(w.completesCount).toBe(false);
		expect(w.entryIntoForce?.date).toBe('2025-04-13');
	});
});

describe('whatIfDeposit on synthetic records', () => {
	it('a state that has only signed: a ratification and deposit on that day complete the count', () => {
		const data = syntheticDataset([
			...ratifiers(13),
			{ state: CODES[13], actions: [{ type: 'signature', date: '2010-06-08' }] }
		]);
		const w = whatIfDeposit(data, CODES[13], '2025-06-10');
		expect(w.completesCount).toBe(true);
		expect(w.countedThen).toBe(14);
		expect(w.entryIntoForce?.date).toBe('2025-07-10');
	});

	it('with another instrument dated only by year, entry into force stays a range', () => {
		const data = syntheticDataset([
			...ratifiers(12),
			{ state: CODES[12], actions: [{ type: 'ratification', date: '2025' }] },
			{ state: CODES[13] }
		]);
		const w = whatIfDeposit(data, CODES[13], '2025-06-10');
		// 12 certain + the hypothetical one; the year-dated one is only possible on that day.
		expect(w.countedThen).toBe(13);
		expect(w.completesCount).toBe(false);
		expect(w.entryIntoForce).toMatchObject({ earliest: '2025-07-10', latest: '2026-01-30' });
	});
});
