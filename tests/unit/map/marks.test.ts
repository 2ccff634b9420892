/**
 * From the engine's stage to what a member's link on the map says: its class, stage
 * attribute, spoken label and address, decided in one place for the server and the browser.
 */
import { describe, expect, it } from 'vitest';
import {
	mapClassOf,
	memberLabel,
	memberMarks,
	memberView,
	stageLine
} from '../../../src/lib/map/marks';
import { classGroups, mapMembers, tooltipFacts } from '../../../src/lib/map/summary';
import { stateName } from '../../../src/lib/i18n/format';
import { statusAt } from '../../../src/lib/status/engine';
import type { StateStatus } from '../../../src/lib/status/state';
import { realData, recorded } from '../../helpers/real-data';

/** A status that knows one state, as the engine would give it. */
function knowing(over: Partial<StateStatus> & { state: string }) {
	const s: StateStatus = {
		member: true,
		memberPossible: false,
		joined: '1999',
		stage: 'none',
		possibleStage: null,
		dates: {},
		counts: 'no',
		countedFrom: null,
		countedDate: null,
		deposited: 'no',
		receivedFrom: null,
		receivedDate: null,
		actions: [],
		...over
	};
	return { states: { [s.state]: s } };
}

describe('mapClassOf', () => {
	it('groups the stages as the key does', () => {
		expect(mapClassOf('deposited')).toBe('counted');
		expect(mapClassOf('consent-given')).toBe('counted');
		expect(mapClassOf('signed')).toBe('progress');
		expect(mapClassOf('approved-domestically')).toBe('progress');
		expect(mapClassOf('none')).toBe('none');
		// A withdrawn instrument no longer counts: drawn as no step.
		expect(mapClassOf('withdrawn')).toBe('none');
		expect(mapClassOf('non-member')).toBe('out');
	});
});

describe('memberView', () => {
	it('is non-member, whatever the stage, when the state is not a member at the date', () => {
		const v = memberView(knowing({ state: 'KW', member: false, stage: 'signed' }), 'KW');
		expect(v).toEqual({ state: 'KW', stage: 'non-member', mapClass: 'out', possible: null });
	});

	it('marks membership as possible when the joining date straddles the date', () => {
		const v = memberView(knowing({ state: 'QA', member: false, memberPossible: true }), 'QA');
		expect(v.possible).toBe('member');
	});

	it('keeps the possible higher stage', () => {
		const v = memberView(
			knowing({ state: 'TR', stage: 'signed', possibleStage: 'consent-given' }),
			'TR'
		);
		expect(v).toMatchObject({ stage: 'signed', mapClass: 'progress', possible: 'consent-given' });
	});

	it('treats a state the status does not know as not a member', () => {
		expect(memberView({ states: {} }, 'ZZ').stage).toBe('non-member');
	});
});

describe('memberMarks', () => {
	const tr = memberView(
		knowing({ state: 'TR', stage: 'signed', possibleStage: 'consent-given' }),
		'TR'
	);

	it('name the state and its stage, and the possible stage when there is one', () => {
		expect(stageLine(tr, 'en')).toBe('Signed; possibly Instrument of consent (imprecise date)');
		expect(memberLabel(tr, 'en')).toBe(
			`${stateName('TR', 'en')}: Signed; possibly Instrument of consent (imprecise date)`
		);
	});

	it('are every attribute of the link, a possible stage included', () => {
		expect(memberMarks(tr, 'ru', 'TR')).toEqual({
			href: '/ru/states/tr',
			'data-state': 'TR',
			'data-stage': 'signed',
			'data-possible': 'consent-given',
			class: 'c-progress hl',
			'aria-label': memberLabel(tr, 'ru')
		});
	});

	it('leave data-possible out (null) when nothing further is possible', () => {
		const kz = memberView(recorded(), 'KZ');
		expect(memberMarks(kz, 'en')).toEqual({
			href: '/states/kz',
			'data-state': 'KZ',
			'data-stage': 'consent-given',
			'data-possible': null,
			class: 'c-counted',
			'aria-label': 'Kazakhstan: Instrument of consent'
		});
	});
});

describe('classGroups and tooltipFacts on the real data', () => {
	const members = realData().members.members.map((m) => m.state);

	it('draw every member of members.json', () => {
		expect(mapMembers(recorded()).sort()).toEqual([...members].sort());
		expect(mapMembers(recorded())).toHaveLength(28);
	});

	it('put every member in exactly one group, names in alphabetical order', () => {
		const groups = classGroups(recorded(), 'en');
		expect(groups.map((g) => g.mapClass)).toEqual(['counted', 'progress', 'none', 'out']);
		const all = groups.flatMap((g) => g.members.map((m) => m.state));
		expect(all.sort()).toEqual([...members].sort());
		for (const g of groups) {
			const names = g.members.map((m) => m.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		}
		// As recorded: the 13 that count, nobody signed only, 15 with no step, all members.
		expect(groups.map((g) => g.members.length)).toEqual([13, 0, 15, 0]);
	});

	it('give the key dates with their precision', () => {
		const kz = tooltipFacts(recorded(), 'KZ', 'en');
		expect(kz.name).toBe('Kazakhstan');
		expect(kz.stage).toBe('Instrument of consent');
		expect(kz.dates).toEqual(['Ratification: 28 November 2011']);
		const cn = tooltipFacts(recorded(), 'CN', 'en');
		expect(cn.dates).toEqual(['Ratification: 2024', 'Deposit: 14 March 2025']);
		const kw = tooltipFacts(statusAt(realData(), '2020-01-01'), 'KW', 'en');
		expect(kw.stage).toBe('Not a member');
		expect(kw.dates).toEqual(['Member of CICA since 13 October 2022']);
	});
});
