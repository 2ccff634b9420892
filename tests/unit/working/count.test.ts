/**
 * How the count is reached (src/lib/working/count.ts), against the figures of the
 * sources in the frozen record (tests/fixtures/data: recorded to 17 March 2025) and, for
 * what the record has not reached yet (a 14th instrument, withdrawals, imprecise dates of
 * entry into force), synthetic records.
 */
import { describe, expect, it } from 'vitest';
import { toIso } from '../../../src/lib/data/dates';
import type { Dataset } from '../../../src/lib/data/schema';
import { statusAt } from '../../../src/lib/status/engine';
import { working } from '../../../src/lib/working/count';
import { CODES, ratifiers, syntheticDataset, type SyntheticState } from '../../fixtures/synthetic';
import { realData } from '../../helpers/real-data';

const data = realData();
const workingOn = (d: Dataset, day: string) => working(statusAt(d, day), d.treaty.entryIntoForce);
const FOURTEENTH = CODES[13];

/** Thirteen ratifications in January 2020 and a fourteenth state with the given actions. */
const withFourteenth = (actions: SyntheticState['actions'], rest = ratifiers(13)) =>
	syntheticDataset([...rest, { state: FOURTEENTH, actions }]);

describe('on 17 March 2025, as the digest of that day counts', () => {
	const w = workingOn(data, '2025-03-17');

	it('counts the thirteen states the digest lists, each from its ratification', () => {
		// Voice of Asia, 17 March 2025: Azerbaijan, India, Kyrgyzstan, Mongolia and Türkiye
		// (by 2022), Kazakhstan and Russia (2011), Bangladesh (2023), China, Jordan and
		// Pakistan (2024), Tajikistan and Palestine (2025).
		expect(w.counted).toEqual({ certain: 13, possible: 0 });
		expect(w.instruments.map((i) => i.state).sort()).toEqual(
			['AZ', 'BD', 'CN', 'IN', 'JO', 'KG', 'KZ', 'MN', 'PK', 'PS', 'RU', 'TJ', 'TR'].sort()
		);
		expect(w.instruments.every((i) => i.counts === 'certain' && i.doubts.length === 0)).toBe(true);
		expect(new Set(w.instruments.map((i) => i.consent.type))).toEqual(new Set(['ratification']));
	});

	it('lists them by the date they count from, the roughly dated first', () => {
		expect(w.instruments.map((i) => `${i.state} ${toIso(i.consent.date)}`)).toEqual([
			'AZ 2010-06-08/2022',
			'IN 2010-06-08/2022',
			'KG 2010-06-08/2022',
			'MN 2010-06-08/2022',
			'TR 2010-06-08/2022',
			'KZ 2011-11-28',
			'RU 2011-11-30',
			'BD 2023',
			'CN 2024',
			'JO 2024',
			'PK 2024-12-13',
			'TJ 2025/2025-03-04',
			'PS 2025/2025-03-11'
		]);
	});

	it('takes China’s instrument as received on its handover, every other one as assumed', () => {
		const cn = w.instruments.find((i) => i.state === 'CN')!;
		expect(cn).toMatchObject({ receivedFrom: 'deposit', receivedDate: '2025-03-14' });
		expect(cn.deposit?.sources.map((c) => c.source.id)).toEqual(['voice-of-asia-2025-4']);
		const assumed = w.instruments.filter((i) => i.receivedFrom === 'consent-assumed');
		expect(assumed).toHaveLength(12);
		for (const i of assumed) {
			expect(i.receivedDate).toBe(i.consent.date);
			expect(i.deposit).toBeNull();
		}
	});

	it('gives each instrument its sources: Kazakhstan’s law and the digest', () => {
		const kz = w.instruments.find((i) => i.state === 'KZ')!;
		expect(kz.consent.sources.map((c) => c.source.id)).toEqual([
			'kz-law-500-iv',
			'voice-of-asia-2025-4'
		]);
		expect(kz.consent.sources[0].source.title).toBeTruthy();
	});

	it('says why each of the other fifteen members does not count: no act recorded', () => {
		expect(w.notCounted).toHaveLength(15);
		expect(w.notCounted.every((n) => n.reason === 'no-action' && n.act === null)).toBe(true);
		// Every state the record knows of is in one list or the other, once.
		const all = [...w.instruments, ...w.notCounted].map((x) => x.state).sort();
		expect(all).toEqual(Object.keys(statusAt(data, '2025-03-17').states).sort());
	});

	it('has no date of entry into force: one instrument is missing', () => {
		expect(w.remaining).toBe(1);
		expect(w.entryIntoForce).toBeNull();
		expect(w.awaitingReceipt).toEqual([]);
	});
});

describe('on days when dates are known only roughly', () => {
	it('on 1 March 2025 Tajikistan and Palestine possibly count: their dates straddle the day', () => {
		// Tajikistan: 2025, by the article of 4 March 2025; Palestine: by 11 March 2025.
		const w = workingOn(data, '2025-03-01');
		expect(w.counted).toEqual({ certain: 11, possible: 2 });
		const possible = w.instruments.filter((i) => i.counts === 'possible');
		expect(possible.map((i) => [i.state, i.doubts])).toEqual([
			['TJ', ['date']],
			['PS', ['date']]
		]);
	});

	it('on 29 November 2011 Kazakhstan counts, Russia’s law of the next day not yet', () => {
		const w = workingOn(data, '2011-11-29');
		expect(w.instruments.filter((i) => i.counts === 'certain').map((i) => i.state)).toEqual(['KZ']);
		// The five dated only "between 8 June 2010 and 2022" may count.
		expect(w.instruments.filter((i) => i.counts === 'possible').map((i) => i.state)).toEqual([
			'AZ',
			'IN',
			'KG',
			'MN',
			'TR'
		]);
		const ru = w.notCounted.find((n) => n.state === 'RU')!;
		expect(ru.reason).toBe('not-yet');
		expect(ru.act).toMatchObject({ type: 'ratification', date: '2011-11-30', relation: 'after' });
	});

	it('names the states not yet members on a day, with the date they joined', () => {
		// Kuwait joined in 2022 (members.json); on 1 January 2015 it was not a member.
		const kw = workingOn(data, '2015-01-01').notCounted.find((n) => n.state === 'KW')!;
		expect(kw.reason).toBe('not-member');
		expect(kw.joined).toBe(data.members.members.find((m) => m.state === 'KW')!.joined.date);
	});
});

describe('why a state does not count', () => {
	const states: SyntheticState[] = [
		{ state: 'AE', actions: [{ type: 'signature', date: '2011-01-01' }] },
		{
			state: 'AF',
			actions: [
				{ type: 'signature', date: '2011-01-01' },
				{ type: 'domestic-approval', date: '2012-01-01' },
				{ type: 'domestic-approval', date: '2012-02-01' }
			]
		},
		{
			state: 'AZ',
			actions: [
				{ type: 'ratification', date: '2012-01-01' },
				{ type: 'withdrawal', date: '2013-01-01' }
			]
		},
		{ state: 'BD', actions: [{ type: 'accession', date: '2020-05-05' }] },
		{ state: 'BH', joined: '2016-03-01', actions: [] },
		{ state: 'CN', actions: [] },
		{ state: 'EG', actions: [{ type: 'signature-authorisation', date: '2010-06-01' }] }
	];
	const d = syntheticDataset(states);
	const reasons = Object.fromEntries(
		workingOn(d, '2015-06-30').notCounted.map((n) => [
			n.state,
			[n.reason, n.act ? `${n.act.type} ${toIso(n.act.date)}` : null]
		])
	);

	it.each([
		['AE', 'signature-only', 'signature 2011-01-01'],
		// The last of its domestic approvals.
		['AF', 'domestic-approval-only', 'domestic-approval 2012-02-01'],
		['AZ', 'withdrawn', 'withdrawal 2013-01-01'],
		['BD', 'not-yet', 'accession 2020-05-05'],
		['BH', 'not-member', null],
		['CN', 'no-action', null],
		// An authorisation to sign is not a signature: no step taken, the act still shown.
		['EG', 'no-action', 'signature-authorisation 2010-06-01']
	])('%s: %s', (state, reason, act) => {
		expect(reasons[state]).toEqual([reason, act]);
	});

	it('lists the reasons from the nearest to counting to the furthest', () => {
		expect(workingOn(d, '2015-06-30').notCounted.map((n) => n.state)).toEqual([
			'BD',
			'AF',
			'AE',
			'CN',
			'EG',
			'AZ',
			'BH'
		]);
	});

	it('says why an instrument only possibly counts: membership, withdrawal', () => {
		const uncertain = syntheticDataset([
			{ state: 'AE', joined: '2025', actions: [{ type: 'accession', date: '2025-06-01' }] },
			{
				state: 'AF',
				actions: [
					{ type: 'ratification', date: '2020-01-01' },
					{ type: 'withdrawal', date: '2025' }
				]
			}
		]);
		const w = workingOn(uncertain, '2025-06-15');
		expect(w.instruments.map((i) => [i.state, i.counts, i.doubts])).toEqual([
			['AF', 'possible', ['withdrawal']],
			['AE', 'possible', ['membership']]
		]);
	});
});

describe('the arithmetic of Article 9(2)', () => {
	it('14th instrument received on 10 June 2025 → the 30th day after → 10 July 2025', () => {
		const d = withFourteenth([
			{ type: 'ratification', date: '2025-05-20' },
			{ type: 'deposit', date: '2025-06-10' }
		]);
		const w = workingOn(d, '2025-06-30');
		expect(w.entryIntoForce).toEqual({
			date: '2025-07-10',
			precision: 'day',
			earliest: {
				state: FOURTEENTH,
				day: '2025-06-10',
				receivedFrom: 'deposit',
				enters: '2025-07-10'
			},
			latest: {
				state: FOURTEENTH,
				day: '2025-06-10',
				receivedFrom: 'deposit',
				enters: '2025-07-10'
			},
			exact: true
		});
		expect(w.daysAfter).toBe(30);
		expect(w.inForce).toBe(false);
		expect(workingOn(d, '2025-07-10').inForce).toBe(true);
	});

	it('a 14th instrument dated June 2025 gives between 1 July and 30 July 2025, and says why', () => {
		// docs/DATA.md §2: "a deposit in June 2025 gives between 1 July and 30 July 2025".
		const d = withFourteenth([{ type: 'ratification', date: '2025-06' }]);
		const eif = workingOn(d, '2025-12-31').entryIntoForce!;
		expect(eif.exact).toBe(false);
		expect(eif.date).toBe('2025-07-01/2025-07-30');
		expect(eif.earliest).toEqual({
			state: FOURTEENTH,
			day: '2025-06-01',
			receivedFrom: 'consent-assumed',
			enters: '2025-07-01'
		});
		expect(eif.latest).toEqual({
			state: FOURTEENTH,
			day: '2025-06-30',
			receivedFrom: 'consent-assumed',
			enters: '2025-07-30'
		});
	});

	it('names a different 14th instrument for the earliest and the latest day', () => {
		// Twelve in 2020; X dated only "2025", Y on 15 March 2025. As early as possible,
		// X comes on 1 January and Y's is the 14th; as late as possible, X's is, on 31 December.
		const [x, y] = [CODES[12], CODES[13]];
		const d = syntheticDataset([
			...ratifiers(12),
			{ state: x, actions: [{ type: 'ratification', date: '2025' }] },
			{ state: y, actions: [{ type: 'ratification', date: '2025-03-15' }] }
		]);
		const eif = workingOn(d, '2026-06-30').entryIntoForce!;
		expect([eif.earliest.state, eif.earliest.day, eif.earliest.enters]).toEqual([
			y,
			'2025-03-15',
			'2025-04-14'
		]);
		expect([eif.latest!.state, eif.latest!.day, eif.latest!.enters]).toEqual([
			x,
			'2025-12-31',
			'2026-01-30'
		]);
		expect(eif.date).toBe('2025-04-14/2026-01-30');
	});

	it('with the count reached, waits for an instrument whose receipt is dated later', () => {
		const d = withFourteenth([
			{ type: 'ratification', date: '2025-01-10' },
			{ type: 'deposit', date: '2025-01-31' }
		]);
		const w = workingOn(d, '2025-01-20');
		expect(w.counted.certain).toBe(14);
		expect(w.remaining).toBe(0);
		expect(w.entryIntoForce).toBeNull();
		expect(w.awaitingReceipt.map((i) => [i.state, i.receivedDate])).toEqual([
			[FOURTEENTH, '2025-01-31']
		]);
	});
});
