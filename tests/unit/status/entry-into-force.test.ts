/**
 * Entry into force on synthetic records (tests/fixtures/synthetic.ts): thirteen states
 * ratified in January 2020, and the cases the real records do not reach yet.
 */
import { describe, expect, it } from 'vitest';
import { entryIntoForce } from '../../../src/lib/status/entry-into-force';
import { statusAt } from '../../../src/lib/status/engine';
import { CODES, ratifiers, syntheticDataset, type SyntheticState } from '../../fixtures/synthetic';

const FOURTEENTH = CODES[13];

/** Thirteen ratifications in 2020 and a fourteenth state with the given actions. */
function withFourteenth(
	actions: SyntheticState['actions'],
	extra: Partial<SyntheticState> = {},
	rest: SyntheticState[] = ratifiers(13)
) {
	return syntheticDataset([...rest, { state: FOURTEENTH, actions, ...extra }]);
}

describe('the 14th instrument', () => {
	it('on 31 January 2025 brings entry into force on 2 March 2025', () => {
		const data = withFourteenth([
			{ type: 'ratification', date: '2025-01-10' },
			{ type: 'deposit', date: '2025-01-31' }
		]);
		const before = statusAt(data, '2025-03-01');
		expect(before.counted).toEqual({ certain: 14, possible: 0 });
		expect(before.remaining).toBe(0);
		expect(before.inForce).toBe(false);
		expect(before.inForcePossible).toBe(false);
		expect(before.entryIntoForce).toMatchObject({
			date: '2025-03-02',
			precision: 'day',
			earliest: '2025-03-02',
			latest: '2025-03-02'
		});
		const on = statusAt(data, '2025-03-02');
		expect(on.inForce).toBe(true);
		expect(on.entryIntoForce?.date).toBe('2025-03-02');
		expect(on.entryIntoForce?.instruments).toHaveLength(14);
		// Only the 14th has a recorded deposit: the others' receipt is their ratification.
		const grounds = on.entryIntoForce!.instruments;
		expect(grounds.filter((i) => i.receivedFrom === 'deposit')).toEqual([
			{ state: FOURTEENTH, receivedFrom: 'deposit' }
		]);
		expect(grounds.filter((i) => i.receivedFrom === 'consent-assumed')).toHaveLength(13);
	});

	it('on 31 January 2024 (a leap year) brings entry into force on 1 March 2024', () => {
		const data = withFourteenth([
			{ type: 'ratification', date: '2024-01-31' },
			{ type: 'deposit', date: '2024-01-31' }
		]);
		expect(statusAt(data, '2024-02-29').inForce).toBe(false);
		const on = statusAt(data, '2024-03-01');
		expect(on.inForce).toBe(true);
		expect(on.entryIntoForce?.date).toBe('2024-03-01');
	});

	it('counts from its ratification, but entry into force waits for its deposit', () => {
		const data = withFourteenth([
			{ type: 'ratification', date: '2025-01-10' },
			{ type: 'deposit', date: '2025-01-31' }
		]);
		const s = statusAt(data, '2025-01-30');
		// Fourteen acts of consent count; the depositary has received only thirteen of them
		// (taking each ratification without a recorded deposit as received that day).
		expect(s.counted).toEqual({ certain: 14, possible: 0 });
		expect(s.deposited).toEqual({ certain: 0, possible: 0 });
		expect(s.remaining).toBe(0);
		expect(s.entryIntoForce).toBeNull();
		expect(s.inForce).toBe(false);
		expect(statusAt(data, '2025-01-31').entryIntoForce?.date).toBe('2025-03-02');
	});

	it('dated only by month gives a range of days for entry into force', () => {
		const data = withFourteenth([{ type: 'ratification', date: '2025-05' }]);
		const mid = statusAt(data, '2025-05-15');
		expect(mid.counted).toEqual({ certain: 13, possible: 1 });
		expect(mid.inForce).toBe(false);
		expect(mid.inForcePossible).toBe(false);
		const s = statusAt(data, '2025-06-15');
		expect(s.counted).toEqual({ certain: 14, possible: 0 });
		expect(s.entryIntoForce).toMatchObject({
			date: '2025-05-31/2025-06-30',
			precision: 'range',
			earliest: '2025-05-31',
			latest: '2025-06-30'
		});
		expect(s.inForce).toBe(false);
		expect(s.inForcePossible).toBe(true);
		expect(statusAt(data, '2025-06-29').inForce).toBe(false);
		expect(statusAt(data, '2025-06-30').inForce).toBe(true);
		expect(statusAt(data, '2025-05-30').inForcePossible).toBe(false);
		expect(statusAt(data, '2025-05-31').inForcePossible).toBe(true);
	});

	it('the same instrument counts once, however many acts a state records', () => {
		const data = withFourteenth([
			{ type: 'signature', date: '2010-06-08' },
			{ type: 'domestic-approval', date: '2024-11-01' },
			{ type: 'ratification', date: '2024-12-01' },
			{ type: 'deposit', date: '2025-01-31' }
		]);
		expect(statusAt(data, '2025-12-31').counted).toEqual({ certain: 14, possible: 0 });
	});
});

describe('withdrawals', () => {
	const withdrawing = (date: string): SyntheticState => ({
		state: CODES[0],
		actions: [
			{ type: 'ratification', date: '2020-01-01' },
			{ type: 'withdrawal', date }
		]
	});
	const deposit14 = [
		{ type: 'ratification' as const, date: '2025-01-31' },
		{ type: 'deposit' as const, date: '2025-01-31' }
	];

	it('before entry into force keeps the count at 13', () => {
		const data = withFourteenth(deposit14, {}, [
			withdrawing('2024-06-01'),
			...ratifiers(13).slice(1)
		]);
		const s = statusAt(data, '2025-12-31');
		expect(s.counted).toEqual({ certain: 13, possible: 0 });
		expect(s.remaining).toBe(1);
		expect(s.inForce).toBe(false);
		expect(s.entryIntoForce).toBeNull();
		const w = s.states[CODES[0]];
		expect(w.stage).toBe('withdrawn');
		expect(w.counts).toBe('no');
	});

	it('after entry into force does not undo it', () => {
		const data = withFourteenth(deposit14, {}, [
			withdrawing('2025-06-01'),
			...ratifiers(13).slice(1)
		]);
		expect(statusAt(data, '2025-05-31').counted.certain).toBe(14);
		const s = statusAt(data, '2025-12-31');
		expect(s.counted).toEqual({ certain: 13, possible: 0 });
		expect(s.inForce).toBe(true);
		expect(s.remaining).toBe(0);
		expect(s.entryIntoForce?.date).toBe('2025-03-02');
	});

	it('on the day the 14th arrives: the instrument is counted first, so it is reached', () => {
		const data = withFourteenth(deposit14, {}, [
			withdrawing('2025-01-31'),
			...ratifiers(13).slice(1)
		]);
		expect(statusAt(data, '2025-12-31').entryIntoForce?.date).toBe('2025-03-02');
	});

	it('dated only by year straddling the 14th makes entry into force uncertain', () => {
		const data = withFourteenth(deposit14, {}, [withdrawing('2025'), ...ratifiers(13).slice(1)]);
		const s = statusAt(data, '2026-06-30');
		// Withdrawn late in 2025, the 14th made the count; withdrawn early, it never did.
		expect(s.entryIntoForce).toMatchObject({ earliest: '2025-03-02', latest: null });
		expect(s.inForce).toBe(false);
		expect(s.inForcePossible).toBe(true);
	});

	it('leaving the organisation after entry into force does not undo it either', () => {
		const leaver: SyntheticState = { ...ratifiers(1)[0], left: '2025-06-01' };
		const data = withFourteenth(deposit14, {}, [leaver, ...ratifiers(13).slice(1)]);
		const s = statusAt(data, '2025-12-31');
		expect(s.states[CODES[0]]?.member).toBe(false);
		expect(s.counted.certain).toBe(13);
		expect(s.inForce).toBe(true);
		expect(s.entryIntoForce?.date).toBe('2025-03-02');
	});

	it('leaving the organisation before the 14th instrument keeps the count short', () => {
		const leaver: SyntheticState = { ...ratifiers(1)[0], left: '2024-06-01' };
		const data = withFourteenth(deposit14, {}, [leaver, ...ratifiers(13).slice(1)]);
		const s = statusAt(data, '2025-12-31');
		expect(s.counted.certain).toBe(13);
		expect(s.inForce).toBe(false);
		expect(s.entryIntoForce).toBeNull();
	});
});

describe('membership', () => {
	it('a state that joined after the as-of date is not counted', () => {
		const data = withFourteenth([{ type: 'ratification', date: '2024-06-20' }], {
			joined: '2024-06-15'
		});
		const before = statusAt(data, '2024-06-14');
		const late = before.states[FOURTEENTH];
		expect(late.member).toBe(false);
		expect(late.counts).toBe('no');
		expect(before.members).toEqual({ certain: 13, possible: 0 });
		const after = statusAt(data, '2024-06-20');
		expect(after.members.certain).toBe(14);
		expect(after.counted.certain).toBe(14);
		expect(after.entryIntoForce?.date).toBe('2024-07-20');
	});

	it('a state whose joining year straddles the as-of date counts as possible', () => {
		const data = withFourteenth([{ type: 'ratification', date: '2024-03-01' }], { joined: '2024' });
		const s = statusAt(data, '2024-06-30');
		const st = s.states[FOURTEENTH];
		expect(st.member).toBe(false);
		expect(st.memberPossible).toBe(true);
		expect(st.counts).toBe('possible');
		expect(s.counted).toEqual({ certain: 13, possible: 1 });
		expect(s.members).toEqual({ certain: 13, possible: 1 });
		// It made the count somewhere from its ratification to the end of its joining year.
		expect(statusAt(data, '2025-06-30').entryIntoForce).toMatchObject({
			earliest: '2024-03-31',
			latest: '2025-01-30'
		});
	});

	it('an instrument dated before the state joined counts from the joining day', () => {
		const data = withFourteenth([{ type: 'ratification', date: '2024-03-01' }], {
			joined: '2024-06-15'
		});
		expect(statusAt(data, '2024-06-14').counted.certain).toBe(13);
		const s = statusAt(data, '2024-12-31');
		expect(s.counted.certain).toBe(14);
		expect(s.entryIntoForce?.date).toBe('2024-07-15');
	});

	it('a non-member never counts, even with an instrument', () => {
		// The validator refuses a state file for a non-member, so the engine is fed directly.
		const data = withFourteenth([{ type: 'ratification', date: '2024-03-01' }]);
		const stray = {
			...data,
			members: { ...data.members, members: data.members.members.slice(0, 13) }
		};
		const s = statusAt(stray, '2025-12-31');
		expect(s.states[FOURTEENTH]?.counts).toBe('no');
		expect(s.counted.certain).toBe(13);
		expect(s.entryIntoForce).toBeNull();
	});
});

describe('the first instrument of a state', () => {
	it('is the earliest, whatever order the file lists its actions in', () => {
		const data = withFourteenth([
			{ type: 'deposit', date: '2025-02-20' },
			{ type: 'ratification', date: '2025-01-10' },
			{ type: 'deposit', date: '2025-01-31', note: 'The first deposit; the later one replaced it.' }
		]);
		const s = statusAt(data, '2025-02-10');
		const st = s.states[FOURTEENTH];
		expect(st.countedDate).toBe('2025-01-10');
		expect(st.receivedDate).toBe('2025-01-31');
		expect(st.dates.deposit?.date).toBe('2025-01-31');
		expect(s.counted.certain).toBe(14);
		expect(s.entryIntoForce?.date).toBe('2025-03-02');
	});
});

describe('entryIntoForce on its own', () => {
	it('needs the required number of instruments', () => {
		const twelve = ratifiers(12).map((s) => ({
			state: s.state,
			date: s.actions![0].date,
			receivedFrom: 'consent-assumed' as const
		}));
		expect(entryIntoForce(twelve, 14, 30)).toBeNull();
		expect(entryIntoForce(twelve, 12, 30)?.date).toBe('2020-02-11');
	});

	it('with years only, spans the year from the 30th day', () => {
		const all2025 = CODES.slice(0, 3).map((state) => ({
			state,
			date: '2025',
			receivedFrom: 'deposit' as const
		}));
		expect(entryIntoForce(all2025, 3, 30)).toMatchObject({
			date: '2025-01-31/2026-01-30',
			precision: 'range'
		});
		expect(entryIntoForce(all2025, 3, 0)).toMatchObject({ date: '2025', precision: 'year' });
	});
});
