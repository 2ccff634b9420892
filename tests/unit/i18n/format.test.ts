/**
 * Dates, numbers, titles and places in each language: a date keeps its precision in
 * every language, Russian writes "г." after every year, Arabic names months as the
 * United Nations' Arabic documents do and every language writes Western digits.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, t } from '../../../src/lib/i18n';
import {
	asWritten,
	formatDate,
	formatIsoDate,
	formatNumber,
	forLang,
	inLang,
	isQuotation,
	localized,
	originalOf,
	separator,
	signaturePlace,
	titleIsTranslation
} from '../../../src/lib/i18n/format';
import { alternates } from '../../../src/lib/i18n/alternates';
import { realData } from '../../helpers/real-data';

const data = realData();
/** Russian keeps "г." on the year's line with a no-break space, whatever the runtime's ICU writes. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
/** Arabic messages set their values in directional isolates (FSI … PDI). */
const bare = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('formatDate keeps the precision in every language', () => {
	it.each([
		['en', '2024', '2024'],
		['ru', '2024', '2024 г.'],
		['zh', '2024', '2024年'],
		['ar', '2024', '2024'],
		['en', '2024-12', 'December 2024'],
		['ru', '2024-12', 'декабрь 2024 г.'],
		['zh', '2024-12', '2024年12月'],
		['ar', '2024-12', 'كانون الأول/ديسمبر 2024'],
		['en', '2011-11-30', '30 November 2011'],
		['ru', '2011-11-30', '30 ноября 2011 г.'],
		['zh', '2011-11-30', '2011年11月30日'],
		['ar', '2011-11-30', '30 تشرين الثاني/نوفمبر 2011']
	] as const)('%s %s → %s', (lang, date, text) => {
		expect(bare(plain(formatDate(date, lang)))).toBe(text);
	});

	it('joins the Russian year and "г." as a full date does', () => {
		expect(formatDate('2024', 'ru')).toBe('2024\u00a0г.');
		expect(formatDate('2024-12-13', 'ru').endsWith('2024\u00a0г.')).toBe(true);
	});

	it('never adds a month or a day to a year', () => {
		for (const lang of LANGS) {
			const year = formatDate('2024', lang);
			expect(year).not.toBe(formatDate('2024-01', lang));
			expect(year).not.toBe(formatDate('2024-01-01', lang));
			expect(year).not.toMatch(/\b1\b|January|январ|1月|يناير/);
		}
	});

	it('says "between" a range in each language, Russian starting in the genitive', () => {
		const range = { from: '2024-12', to: '2025-03-04' };
		expect(formatDate(range, 'en')).toBe('between December 2024 and 4 March 2025');
		expect(plain(formatDate(range, 'ru'))).toBe('в период с декабря 2024 г. по 4 марта 2025 г.');
		expect(formatDate(range, 'zh')).toBe('2024年12月至2025年3月4日之间');
		expect(bare(formatDate(range, 'ar'))).toBe('بين كانون الأول/ديسمبر 2024 و4 آذار/مارس 2025');
		// The data's ranges from the signature to the end of 2022.
		expect(plain(formatDate({ from: '2010-06-08', to: '2022' }, 'ru'))).toBe(
			'в период с 8 июня 2010 г. по 2022 г.'
		);
		expect(formatIsoDate('2010-06-08/2022', 'zh')).toBe('2010年6月8日至2022年之间');
	});

	it('writes Western digits in every language, Arabic included', () => {
		for (const lang of LANGS) {
			expect(formatDate('2025-03-17', lang)).toMatch(/17/);
			expect(formatDate('2025-03-17', lang)).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
			expect(formatNumber(13, lang)).toBe('13');
		}
	});
});

describe('t', () => {
	it('writes numbers with Intl in the page’s language', () => {
		expect(t('ru', 'count.headline', { certain: 13, required: 14 })).toBe(
			'13 из 14 документов, необходимых для вступления в силу'
		);
		expect(bare(t('ar', 'count.headline', { certain: 13, required: 14 }))).toBe(
			'13 من أصل 14 من الصكوك اللازمة لبدء النفاذ'
		);
		expect(t('zh', 'count.headline', { certain: 13, required: 14 })).toBe(
			'生效所需14份文书中已计入13份'
		);
		// Grouped as the language groups: with a no-break space in Russian.
		expect(t('ru', 'table.shown', { shown: 1234, total: 2000 })).toMatch(/1\s234/);
	});

	it('isolates each value on a right-to-left page, and only there', () => {
		expect(t('ar', 'step.by', { by: 'State Duma' })).toBe('الجهة: \u2068State Duma\u2069');
		expect(t('ru', 'step.by', { by: 'State Duma' })).toBe('Орган: State Duma');
		expect(t('en', 'step.by', { by: 'State Duma' })).toBe('By: State Duma');
	});

	it('leaves a placeholder with no value visible rather than empty', () => {
		expect(t('en', 'recorded.to')).toBe('As recorded to {date}');
	});
});

describe('titles and places', () => {
	it('gives the official Russian title and marks the Arabic one as a translation', () => {
		expect(inLang(data.treaty.title, 'ru')).toMatch(/^Конвенция о привилегиях и иммунитетах/);
		expect(titleIsTranslation(data.treaty, 'ru')).toBe(false);
		expect(titleIsTranslation(data.treaty, 'en')).toBe(false);
		expect(titleIsTranslation(data.treaty, 'ar')).toBe(true);
		// The Chinese title is the Chinese translation published by the NPC Standing Committee.
		expect(titleIsTranslation(data.treaty, 'zh')).toBe(false);
		expect(data.treaty.titleSources?.zh?.[0].id).toBe('npcsc-gazette-2023-7');
	});

	it('names the place of signature in each language', () => {
		expect(signaturePlace(data.treaty, 'en')).toBe('Istanbul');
		expect(signaturePlace(data.treaty, 'ru')).toBe('Стамбул');
		expect(signaturePlace(data.treaty, 'ar')).toBe('إسطنبول');
	});
});

describe('alternates', () => {
	it('lists the page in every published language and English as x-default', () => {
		expect(alternates('/ru/states/kz', 'https://example.org')).toEqual([
			{ hreflang: 'en', href: 'https://example.org/states/kz' },
			{ hreflang: 'ru', href: 'https://example.org/ru/states/kz' },
			{ hreflang: 'zh', href: 'https://example.org/zh/states/kz' },
			{ hreflang: 'ar', href: 'https://example.org/ar/states/kz' },
			{ hreflang: 'x-default', href: 'https://example.org/states/kz' }
		]);
		expect(alternates('/ar').map((a) => a.href)).toEqual(['/', '/ru', '/zh', '/ar', '/']);
	});

	it('has none while only one language is published', () => {
		expect(alternates('/', '', ['en'])).toEqual([]);
	});
});

describe('texts from the data', () => {
	const note = { en: 'Inferred from the lists.', ru: 'Выведено из списков.' };
	const title = { ru: 'Федеральный закон № 368-ФЗ', en: 'Federal Law No. 368-FZ' };

	it('are shown in the page’s language, marked as this project’s translation', () => {
		expect(localized(note, 'ru')).toEqual({
			text: 'Выведено из списков.',
			lang: 'ru',
			original: 'en',
			translation: true
		});
		expect(localized(note, 'en')).toMatchObject({ lang: 'en', translation: false });
		// No translation: the original, in its language, not marked as a translation.
		expect(localized(note, 'zh')).toEqual({
			text: 'Inferred from the lists.',
			lang: 'en',
			original: 'en',
			translation: false
		});
		expect(localized('Plain', 'ar')).toMatchObject({ lang: 'en', translation: false });
	});

	it('keep their original and the page’s language on the way to a page, in that order', () => {
		expect(forLang(title, 'zh')).toEqual({ ru: title.ru });
		expect(Object.entries(forLang(title, 'en'))).toEqual([
			['ru', title.ru],
			['en', title.en]
		]);
		expect(forLang(note, 'en')).toEqual({ en: note.en });
		// Read back, a page's part gives what the whole gives.
		for (const lang of LANGS) {
			expect(localized(forLang(title, lang), lang)).toEqual(localized(title, lang));
		}
	});

	it('cite a title as written, with the page’s translation where there is one', () => {
		expect(asWritten(title, 'en')).toEqual({
			original: { text: title.ru, lang: 'ru' },
			translation: title.en
		});
		expect(asWritten(title, 'ru')).toEqual({
			original: { text: title.ru, lang: 'ru' },
			translation: null
		});
		expect(originalOf('Voice of Asia')).toEqual({ text: 'Voice of Asia', lang: 'en' });
	});

	it('tell a quotation by its opening mark', () => {
		expect(isQuotation('«за ратификацию 13 декабря прошлого года»')).toBe(true);
		expect(isQuotation('“The first meeting”')).toBe(true);
		expect(isQuotation('Law No. 500-IV of 28 November 2011')).toBe(false);
	});

	it('separate citations with the language’s punctuation and spacing', () => {
		expect(separator('en', 'list.semicolon')).toBe('; ');
		expect(separator('ru', 'list.comma')).toBe(', ');
		expect(separator('ar', 'list.semicolon')).toBe('؛ ');
		// Chinese full-width punctuation carries its own space.
		expect(separator('zh', 'list.semicolon')).toBe('；');
	});
});
