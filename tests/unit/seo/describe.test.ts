/** Each page's description: the figures of the status it is given, in the page's language. */
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n';
import { loadDataset } from '../../../src/lib/server/read-data';
import { recordedDay, statusAt, type Status } from '../../../src/lib/status/engine';
import { embedDescription, homeDescription, stateDescription } from '../../../src/lib/seo/describe';
import { DATA_DIR } from '../../fixtures/paths';

const data = loadDataset(DATA_DIR);
const recorded = statusAt(data, recordedDay(data));
/** Removes the isolates an Arabic page sets around each value. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('the home page’s description', () => {
	it('gives the count as recorded and what is still needed', () => {
		expect(homeDescription(recorded, data.treaty, 'en')).toBe(
			'As recorded to 17 March 2025, 13 of the 14 instruments needed for the entry into force ' +
				'of the CICA Convention on Privileges and Immunities count; 1 more needed. ' +
				'Status of the Convention signed in Istanbul on 8 June 2010, from the acts recorded in public sources.'
		);
	});

	it('follows the status it is given: an earlier day, with dates that straddle it', () => {
		// On 30 June 2024, 8 count for certain and one more may (its date is "2024").
		const earlier = { ...statusAt(data, '2024-06-30'), recordedTo: '2024-06-30' };
		const text = homeDescription(earlier, data.treaty, 'en');
		expect(text).toContain('As recorded to 30 June 2024, 8–10 of the 14 instruments');
		expect(text).toContain('6 more needed');
	});

	it('says since when the Convention is in force, once it is', () => {
		const inForce: Status = {
			...recorded,
			inForce: true,
			remaining: 0,
			entryIntoForce: { ...recorded.entryIntoForce!, date: '2025-07-14' }
		};
		expect(homeDescription(inForce, data.treaty, 'en')).toMatch(
			/^As recorded to 17 March 2025, the CICA Convention .* is in force: it entered into force on 14 July 2025\. /
		);
	});

	it('speaks each language', () => {
		expect(homeDescription(recorded, data.treaty, 'ru')).toContain(
			'По данным на 17 марта 2025\u00a0г., для вступления в силу Конвенции СВМДА о привилегиях и иммунитетах учтено документов: 13 из 14 необходимых; требуется ещё: 1.'
		);
		const ar = plain(homeDescription(recorded, data.treaty, 'ar'));
		expect(ar).toContain('يُحتسب 13 من أصل 14 من الصكوك');
		expect(ar).toContain('إسطنبول');
		// Chinese puts no space between its sentences.
		expect(homeDescription(recorded, data.treaty, 'zh')).toContain(
			'已计入13份，尚需1份。本公约于2010年6月8日在伊斯坦布尔签署。'
		);
	});
});

/** What a state page's description is made of: the state as the page shows it. */
const viewOf = (state: string) => ({
	state,
	asOf: recorded.asOf,
	required: recorded.required,
	status: recorded.states[state]
});

describe('a state page’s description', () => {
	it('names the state, its stage as recorded, and whether its instrument counts', () => {
		expect(stateDescription(viewOf('KZ'), 'en')).toBe(
			'Kazakhstan and the CICA Convention on Privileges and Immunities, as recorded to 17 March 2025: ' +
				'Instrument of consent (Ratification). Its instrument counts toward the 14 needed for entry into force.'
		);
		expect(stateDescription(viewOf('AF'), 'en')).toContain(
			`${t('en', 'stage.none')}. It has no instrument counted toward the 14`
		);
		expect(stateDescription(viewOf('CN'), 'zh')).toContain('中国与《亚信特权与豁免公约》');
		expect(plain(stateDescription(viewOf('KZ'), 'ar'))).toContain('كازاخستان');
	});
});

describe('the widget’s description', () => {
	it('gives the count and the record date', () => {
		expect(embedDescription(recorded, 'en')).toContain(
			'13 of the 14 instruments needed for entry into force, as recorded to 17 March 2025'
		);
		expect(embedDescription(recorded, 'ru')).toContain('учтено документов 13 из 14');
	});
});
