/** From the engine's stage to the map's class, stage attribute and spoken label. */
import { describe, expect, it } from 'vitest';
import {
	mapClassOf,
	memberClass,
	memberLabel,
	memberView,
	stageLine
} from '../../../src/lib/geo/classes';
import { classGroups, tooltipFacts } from '../../../src/lib/geo/summary';
import { stateName } from '../../../src/lib/i18n/format';
import { loadDataset } from '../../../src/lib/server/read-data';
import { recordedDay, statusAt } from '../../../src/lib/status/engine';
import type { StateStatus } from '../../../src/lib/status/state';
import { DATA_DIR } from '../../fixtures/paths';

function status(over: Partial<StateStatus>): StateStatus {
	return {
		state: 'KZ',
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
		...over
	};
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
		const v = memberView('KW', status({ state: 'KW', member: false, stage: 'signed' }));
		expect(v).toEqual({ code: 'KW', stage: 'non-member', mapClass: 'out', possible: null });
	});

	it('marks membership as possible when the joining date straddles the date', () => {
		const v = memberView('QA', status({ state: 'QA', member: false, memberPossible: true }));
		expect(v.possible).toBe('member');
	});

	it('keeps the possible higher stage', () => {
		const v = memberView('TR', status({ stage: 'signed', possibleStage: 'consent-given' }));
		expect(v).toMatchObject({ stage: 'signed', mapClass: 'progress', possible: 'consent-given' });
	});

	it('treats a code the status does not know as not a member', () => {
		expect(memberView('ZZ', undefined).stage).toBe('non-member');
	});
});

describe('labels', () => {
	it('name the state and its stage, and the possible stage when there is one', () => {
		const v = memberView(
			'TR',
			status({ state: 'TR', stage: 'signed', possibleStage: 'consent-given' })
		);
		expect(stageLine(v, 'en')).toBe('Signed; possibly Instrument of consent (imprecise date)');
		expect(memberLabel(v, 'en')).toBe(
			`${stateName('TR', 'en')}: Signed; possibly Instrument of consent (imprecise date)`
		);
		expect(memberClass(v, true)).toBe('c-progress hl');
		expect(memberClass(v, false)).toBe('c-progress');
	});
});

describe('classGroups and tooltipFacts on the real data', () => {
	const data = loadDataset(DATA_DIR);
	const st = statusAt(data, recordedDay(data));
	const codes = data.members.members.map((m) => m.state);

	it('put every member in exactly one group, names in alphabetical order', () => {
		const groups = classGroups(st, codes, 'en');
		expect(groups.map((g) => g.mapClass)).toEqual(['counted', 'progress', 'none', 'out']);
		const all = groups.flatMap((g) => g.members.map((m) => m.code));
		expect(all.sort()).toEqual([...codes].sort());
		for (const g of groups) {
			const names = g.members.map((m) => m.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		}
		expect(groups[0].members.length).toBe(st.counted.certain);
	});

	it('give the key dates with their precision', () => {
		const kz = tooltipFacts(st, 'KZ', 'en');
		expect(kz.name).toBe('Kazakhstan');
		expect(kz.stage).toBe('Instrument of consent');
		expect(kz.dates).toEqual(['Ratification: 28 November 2011']);
		const kw = tooltipFacts(statusAt(data, '2020-01-01'), 'KW', 'en');
		expect(kw.stage).toBe('Not a member');
		expect(kw.dates).toEqual(['Member of CICA since 13 October 2022']);
	});
});
