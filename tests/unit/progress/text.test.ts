/**
 * The count in words: the headline, what remains, what the depositary is known to hold
 * (on the real data: China's instrument alone, from 14 March 2025), and the assumption a
 * date of entry into force makes where the sources date no receipt.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n';
import {
	assumesReceipt,
	depositsText,
	headline,
	remainingText
} from '../../../src/lib/progress/text';
import { statusAt } from '../../../src/lib/status/engine';
import { whatIfText } from '../../../src/lib/progress/text';
import { realData } from '../../helpers/real-data';
import { CODES, ratifiers, syntheticDataset } from '../../fixtures/synthetic';

describe('on the real data', () => {
	it('says 13 of 14 and one more needed as recorded', () => {
		const status = statusAt(realData(), '2025-03-17');
		expect(headline(status, 'en')).toBe('13 of 14 instruments needed for entry into force');
		expect(remainingText(status, 'en')).toBe('1 more needed');
		expect(headline(statusAt(realData(), '2024-06-30'), 'en')).toBe(
			'8–10 of 14 instruments needed for entry into force'
		);
	});

	it('names China’s instrument as the one the depositary is known to hold', () => {
		const status = statusAt(realData(), '2025-03-17');
		expect(depositsText(status, 'en')).toBe(
			'The depositary is known to hold 1 of these instruments (China, 14 March 2025). Entry into force runs from its receipt of each instrument, which the sources date for no other state.'
		);
		expect(depositsText(status, 'ru')).toContain('(Китай — 14 марта 2025');
		expect(depositsText(status, 'zh')).toContain('中国');
	});

	it('knows of no deposit the day before China’s handover', () => {
		expect(depositsText(statusAt(realData(), '2025-03-13'), 'en')).toBe(t('en', 'deposits.none'));
	});

	it('makes no assumption while no date of entry into force is given', () => {
		expect(assumesReceipt(statusAt(realData(), '2025-03-17'))).toBe(false);
	});
});

describe('the assumption about receipts', () => {
	it('is made when an instrument of the 14 has no recorded deposit', () => {
		const data = syntheticDataset([
			...ratifiers(13),
			{ state: CODES[13], actions: [{ type: 'ratification', date: '2025-01-31' }] }
		]);
		const status = statusAt(data, '2025-03-01');
		expect(status.entryIntoForce?.date).toBe('2025-03-02');
		expect(assumesReceipt(status)).toBe(true);
	});

	it('is not made when each of the 14 has a recorded deposit', () => {
		const data = syntheticDataset(
			CODES.slice(0, 14).map((state) => ({
				state,
				actions: [
					{ type: 'ratification' as const, date: '2020-01-01' },
					{ type: 'deposit' as const, date: '2025-01-31' }
				]
			}))
		);
		const status = statusAt(data, '2025-03-01');
		expect(status.entryIntoForce?.date).toBe('2025-03-02');
		expect(assumesReceipt(status)).toBe(false);
		expect(depositsText(status, 'en')).toContain('hold 14 of these instruments');
	});
});

describe("whatIfText: a state page's what-if in words", () => {
	const data = realData();

	it('Uzbekistan depositing on 10 June 2025 would be the 14th: in force on 10 July 2025', () => {
		const text = whatIfText(data, 'UZ', '2025-06-10', 'en');
		expect(text?.result).toBe(
			t('en', 'whatif.fourteenth', { deposit: '10 June 2025', date: '10 July 2025' })
		);
		// The 13 others count from their acts of consent, bar China's deposit: assumed receipts.
		expect(text?.assumed).toBe(t('en', 'count.assumed'));
	});

	it("says so in the page's language", () => {
		const text = whatIfText(data, 'UZ', '2025-06-10', 'ru');
		expect(text?.result).toContain('10 июля 2025');
	});

	it('gives nothing for a day that is not a real one, as the field may hold while typed', () => {
		expect(whatIfText(data, 'UZ', '2025-02-30', 'en')).toBeNull();
		expect(whatIfText(data, 'UZ', '2025-06', 'en')).toBeNull();
		expect(whatIfText(data, 'UZ', '', 'en')).toBeNull();
	});
});
