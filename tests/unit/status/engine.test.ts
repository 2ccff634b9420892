/**
 * The engine on the real records. Every expected number here was worked out by hand
 * from data/ and shared/sources/README.md, not read back from the engine:
 * every state counts from its act of consent, as the sources count; a deposit is
 * counted apart (what the depositary holds) and dates the instrument's receipt for entry
 * into force; a date that straddles the as-of day makes the count possible, not certain.
 *
 *   KZ 2011-11-28, RU 2011-11-30                      exact days
 *   AZ IN KG MN TR  2010-06-08 to 2022                (digest: "earlier", no year)
 *   BD 2023, JO 2024                                  years (digest)
 *   PK 2024-12-13                                     day (speech + digest's year)
 *   TJ 2025 to 2025-03-04, PS 2025 to 2025-03-11      year, bounded by the digest's articles
 *   CN ratified 2024 (or 2023-10-24): counted from 2024; deposit 2025-03-14, the only one
 *   15 members from 1999 (inferred), MN 2001, TH 2004-10-22, KR 2006, JO AE 2008,
 *   IQ VN 2010, BH KH 2011, BD 2014-05-20, QA 2014, LK 2018-08-15, KW 2022-10-13 = 28
 */
import { describe, expect, it } from 'vitest';
import {
	firstDay,
	recordedDay,
	recordedStatus,
	stateCodes,
	statusAt,
	type Status
} from '../../../src/lib/status/engine';
import { FIXTURE_TODAY as TODAY } from '../../fixtures/synthetic';
import { realData } from '../../helpers/real-data';

const data = realData();

const counted = (s: Status, c: 'certain' | 'possible') =>
	Object.values(s.states)
		.filter((x) => x.counts === c)
		.map((x) => x.state);
const of = (s: Status, state: string) => s.states[state];

const SEVEN_EARLIER = ['AZ', 'IN', 'KG', 'KZ', 'MN', 'RU', 'TR'];

describe('the real records, date by date', () => {
	it('knows 28 states, the signature day and the recorded day', () => {
		expect(stateCodes(data)).toHaveLength(28);
		expect(firstDay(data)).toBe('2010-06-08');
		expect(recordedDay(data)).toBe('2025-03-17');
	});

	it('1999-12-31: the 15 founding members, nothing counted', () => {
		const s = statusAt(data, '1999-12-31');
		expect(s.counted).toEqual({ certain: 0, possible: 0 });
		expect(s.members).toEqual({ certain: 15, possible: 0 });
		expect(s.remaining).toBe(14);
		expect(s.inForce).toBe(false);
		expect(s.inForcePossible).toBe(false);
		expect(s.entryIntoForce).toBeNull();
		expect(
			Object.values(s.states)
				.filter((x) => x.member)
				.map((x) => x.state)
		).toEqual([
			'AF',
			'AZ',
			'CN',
			'EG',
			'IL',
			'IN',
			'IR',
			'KG',
			'KZ',
			'PK',
			'PS',
			'RU',
			'TJ',
			'TR',
			'UZ'
		]);
	});

	it('2011-12-31: KZ and RU certain, the five "earlier" states possible; 24 members', () => {
		const s = statusAt(data, '2011-12-31');
		expect(counted(s, 'certain')).toEqual(['KZ', 'RU']);
		expect(counted(s, 'possible')).toEqual(['AZ', 'IN', 'KG', 'MN', 'TR']);
		expect(s.counted).toEqual({ certain: 2, possible: 5 });
		expect(s.members).toEqual({ certain: 24, possible: 0 });
		expect(s.remaining).toBe(12);
		expect(s.entryIntoForce).toBeNull();
		expect(of(s, 'AZ').countedDate).toEqual({ from: '2010-06-08', to: '2022' });
	});

	it('2023-12-31: the seven earlier and BD; 28 members', () => {
		const s = statusAt(data, '2023-12-31');
		expect(counted(s, 'certain')).toEqual(['AZ', 'BD', 'IN', 'KG', 'KZ', 'MN', 'RU', 'TR']);
		expect(s.counted).toEqual({ certain: 8, possible: 0 });
		expect(s.members).toEqual({ certain: 28, possible: 0 });
	});

	it('2024-06-30: 8 certain, JO and CN (both 2024) possible, PK not yet', () => {
		const s = statusAt(data, '2024-06-30');
		expect(s.counted).toEqual({ certain: 8, possible: 2 });
		expect(counted(s, 'possible')).toEqual(['CN', 'JO']);
		expect(of(s, 'PK').counts).toBe('no');
		expect(s.deposited).toEqual({ certain: 0, possible: 0 });
	});

	it('2024-12-31: 11 certain (+ CN, JO, PK); TJ and PS not yet', () => {
		const s = statusAt(data, '2024-12-31');
		expect(counted(s, 'certain')).toEqual([...SEVEN_EARLIER, 'BD', 'CN', 'JO', 'PK'].sort());
		expect(s.counted).toEqual({ certain: 11, possible: 0 });
		expect(s.remaining).toBe(3);
		for (const code of ['TJ', 'PS']) expect(of(s, code).counts).toBe('no');
	});

	it('2025-03-17 (the recorded day): 13 certain, one more needed, not in force', () => {
		const s = statusAt(data, '2025-03-17');
		expect(counted(s, 'certain')).toEqual(
			[...SEVEN_EARLIER, 'BD', 'CN', 'JO', 'PK', 'PS', 'TJ'].sort()
		);
		expect(s.counted).toEqual({ certain: 13, possible: 0 });
		// China's handover is the one instrument the depositary is known to hold.
		expect(s.deposited).toEqual({ certain: 1, possible: 0 });
		expect(
			Object.values(s.states)
				.filter((x) => x.deposited !== 'no')
				.map((x) => x.state)
		).toEqual(['CN']);
		expect(s.required).toBe(14);
		expect(s.remaining).toBe(1);
		expect(s.inForce).toBe(false);
		expect(s.inForcePossible).toBe(false);
		expect(s.entryIntoForce).toBeNull();
		expect(s.beyondRecord).toBe(false);
		expect(s.recordedTo).toBe('2025-03-17');
		expect(s.members).toEqual({ certain: 28, possible: 0 });
	});

	it('the days around the last two instruments and the one deposit of 2025', () => {
		// TJ certain from 2025-03-04, PS from 2025-03-11; CN's deposit on 2025-03-14 changes
		// what the depositary holds, not the count.
		expect(statusAt(data, '2025-01-01').counted).toEqual({ certain: 11, possible: 2 });
		expect(statusAt(data, '2025-03-03').counted).toEqual({ certain: 11, possible: 2 });
		expect(statusAt(data, '2025-03-04').counted).toEqual({ certain: 12, possible: 1 });
		expect(statusAt(data, '2025-03-11').counted).toEqual({ certain: 13, possible: 0 });
		expect(statusAt(data, '2025-03-13').counted).toEqual({ certain: 13, possible: 0 });
		expect(statusAt(data, '2025-03-13').deposited).toEqual({ certain: 0, possible: 0 });
		expect(statusAt(data, '2025-03-14').counted).toEqual({ certain: 13, possible: 0 });
		expect(statusAt(data, '2025-03-14').deposited).toEqual({ certain: 1, possible: 0 });
	});

	it('after the recorded day: still 13, flagged as beyond the record', () => {
		expect(statusAt(data, '2025-03-18').beyondRecord).toBe(true);
		const s = statusAt(data, TODAY);
		expect(s.asOf).toBe(TODAY);
		expect(s.counted).toEqual({ certain: 13, possible: 0 });
		expect(s.remaining).toBe(1);
		expect(s.beyondRecord).toBe(true);
		expect(s.inForce).toBe(false);
		expect(s.entryIntoForce).toBeNull();
	});
});

describe('stages of single states', () => {
	it('RU: signed, approved by both chambers, ratified; counted from its ratification', () => {
		const ru = of(statusAt(data, '2025-03-17'), 'RU');
		expect(ru.stage).toBe('consent-given');
		expect(ru.possibleStage).toBeNull();
		expect(ru.dates.signature?.date).toBe('2010-06-08');
		expect(ru.dates['domestic-approval']).toEqual({
			type: 'domestic-approval',
			date: '2011-11-18'
		});
		expect(ru.dates.consent).toEqual({ type: 'ratification', date: '2011-11-30' });
		expect(ru.dates.deposit).toBeUndefined();
		expect(ru.counts).toBe('certain');
		expect(ru.countedFrom).toBe('consent');
		expect(ru.countedDate).toBe('2011-11-30');
		// No deposit recorded: entry into force would take the ratification as the receipt.
		expect(ru.deposited).toBe('no');
		expect(ru.receivedFrom).toBe('consent-assumed');
		expect(ru.receivedDate).toBe('2011-11-30');
		expect(ru.member).toBe(true);
	});

	it('RU walks through its stages in 2010–2011', () => {
		expect(of(statusAt(data, '2010-06-07'), 'RU').stage).toBe('none');
		expect(of(statusAt(data, '2010-06-08'), 'RU').stage).toBe('signed');
		expect(of(statusAt(data, '2011-11-18'), 'RU').stage).toBe('approved-domestically');
		expect(of(statusAt(data, '2011-11-29'), 'RU').stage).toBe('approved-domestically');
		expect(of(statusAt(data, '2011-11-29'), 'RU').counts).toBe('no');
		expect(of(statusAt(data, '2011-11-30'), 'RU').stage).toBe('consent-given');
	});

	it('CN: counted from its ratification like every state; received on its deposit', () => {
		const cn = of(statusAt(data, '2025-03-17'), 'CN');
		expect(cn.stage).toBe('deposited');
		expect(cn.counts).toBe('certain');
		expect(cn.countedFrom).toBe('consent');
		expect(cn.countedDate).toBe('2024');
		expect(cn.deposited).toBe('certain');
		expect(cn.receivedFrom).toBe('deposit');
		expect(cn.receivedDate).toBe('2025-03-14');
		expect(cn.dates.consent).toEqual({ type: 'ratification', date: '2024' });
		expect(cn.dates['domestic-approval']?.date).toBe('2023-10-24');
		expect(cn.dates.deposit?.date).toBe('2025-03-14');
	});

	it('CN in 2024: approved at home, possibly ratified, so possibly counted; certain at the end', () => {
		const cn = of(statusAt(data, '2024-06-30'), 'CN');
		expect(cn.stage).toBe('approved-domestically');
		expect(cn.possibleStage).toBe('consent-given');
		expect(cn.counts).toBe('possible');
		const end = of(statusAt(data, '2024-12-31'), 'CN');
		expect(end.stage).toBe('consent-given');
		expect(end.possibleStage).toBeNull();
		expect(end.counts).toBe('certain');
		expect(end.deposited).toBe('no');
	});

	it('UZ: a member with nothing recorded', () => {
		const uz = of(statusAt(data, '2025-03-17'), 'UZ');
		expect(uz.stage).toBe('none');
		expect(uz.possibleStage).toBeNull();
		expect(uz.counts).toBe('no');
		expect(uz.countedFrom).toBeNull();
		expect(uz.countedDate).toBeNull();
		expect(uz.deposited).toBe('no');
		expect(uz.receivedFrom).toBeNull();
		expect(uz.receivedDate).toBeNull();
		expect(uz.dates).toEqual({});
		expect(uz.member).toBe(true);
	});

	it('AZ in 2011: ratification possible only, so the stage stays none', () => {
		const az = of(statusAt(data, '2011-12-31'), 'AZ');
		expect(az.stage).toBe('none');
		expect(az.possibleStage).toBe('consent-given');
		expect(az.counts).toBe('possible');
	});

	it('a member with an imprecise joining date is a possible member inside that year', () => {
		const s = statusAt(data, '2014-03-01');
		// QA joined "2014" (inferred); BD on 2014-05-20.
		expect(of(s, 'QA').member).toBe(false);
		expect(of(s, 'QA').memberPossible).toBe(true);
		expect(of(s, 'BD').member).toBe(false);
		expect(of(s, 'BD').memberPossible).toBe(false);
		// The 24 members of 2011-12-31; nobody joined in between.
		expect(s.members).toEqual({ certain: 24, possible: 1 });
	});
});

describe('the result the views read', () => {
	it('indexes every state by its code, in code order', () => {
		const s = statusAt(data, '2025-03-17');
		expect(Object.keys(s.states)).toEqual(stateCodes(data));
		expect(Object.keys(s.states)).toHaveLength(28);
		expect(s.states.KZ.state).toBe('KZ');
	});

	it('places each action against the day: on or before, straddling, or after', () => {
		const s = statusAt(data, '2011-11-29');
		const relations = (state: string) => s.states[state].actions.map((a) => a.relation);
		// KZ ratified on 28 November; RU signed, had two approvals, ratified on 30 November.
		expect(relations('KZ')).toEqual(['on-or-before']);
		expect(relations('RU')).toEqual(['on-or-before', 'on-or-before', 'on-or-before', 'after']);
		expect(relations('AZ')).toEqual(['straddles']);
		expect(relations('UZ')).toEqual([]);
		// Actions come in date order, each with its place in the file and its step: in mid
		// 2024 China had approved (October 2023), possibly ratified ("2024"), not deposited.
		const cn = statusAt(data, '2024-06-30').states.CN;
		expect(cn.actions.map((a) => [a.index, a.type, a.step, a.relation])).toEqual([
			[0, 'domestic-approval', 'domestic-approval', 'on-or-before'],
			[1, 'ratification', 'consent', 'straddles'],
			[2, 'deposit', 'deposit', 'after']
		]);
	});

	it('resolves each cited source to its bibliography entry, once', () => {
		const s = statusAt(data, '2025-03-17');
		const digest = data.sources.sources.find((x) => x.id === 'voice-of-asia-2025-4')!;
		const citing = Object.values(s.states).flatMap((st) =>
			st.actions.flatMap((a) => a.sources.filter((c) => c.source.id === digest.id))
		);
		// Each of the 13 that count cites the digest once; China, Palestine and Tajikistan twice.
		expect(citing).toHaveLength(16);
		for (const c of citing) expect(c.source).toBe(digest);
		expect(s.states.KZ.actions[0].sources.map((c) => [c.source.id, c.locator])).toEqual([
			['kz-law-500-iv', 'Law No. 500-IV of 28 November 2011'],
			['voice-of-asia-2025-4', '17 March 2025 article: 13 member states have ratified']
		]);
		// The same entries on another day: resolved once per data set, not per day.
		expect(statusAt(data, '2012-01-01').states.KZ.actions[0].sources[1].source).toBe(digest);
	});

	it('gives the status as recorded from one function, computed once', () => {
		const s = recordedStatus(data);
		expect(s.asOf).toBe('2025-03-17');
		expect(s).toEqual(statusAt(data, recordedDay(data)));
		expect(recordedStatus(data)).toBe(s);
	});
});
