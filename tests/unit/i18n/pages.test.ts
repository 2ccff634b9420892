/**
 * The pages, the widget's parts and the feeds in each language, rendered on the server:
 * the page's own text, the notes (translated, or marked with their original language),
 * the title marked where it is this project's translation, and the Russian feed.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import HomePage from '../../../src/routes/[[lang=lang]]/(site)/+page.svelte';
import SiteLayout from '../../../src/routes/[[lang=lang]]/(site)/+layout.svelte';
import StatePage from '../../../src/routes/[[lang=lang]]/(site)/states/[code]/+page.svelte';
import LanguageSwitcher from '../../../src/lib/components/LanguageSwitcher.svelte';
import Note from '../../../src/lib/components/state/Note.svelte';
import Timeline from '../../../src/lib/components/timeline/Timeline.svelte';
import { recordFeed, stateFeed } from '../../../src/lib/api/feed';
import { t, type Lang } from '../../../src/lib/i18n';
import { formatDate } from '../../../src/lib/i18n/format';
import { cumulativeSeries } from '../../../src/lib/status/series';
import { depositsText } from '../../../src/lib/progress/text';
import {
	decode,
	homePageData,
	layoutData,
	pathIn,
	renderRoute,
	statePageData
} from '../../helpers/pages';
import { realData, realFingerprint, recorded } from '../../helpers/real-data';

const data = realData();
const status = recorded();

describe('the home page', () => {
	it.each(['en', 'ru', 'zh', 'ar'] as const)('speaks %s', (lang) => {
		const { body } = renderRoute(HomePage, pathIn(lang), homePageData(data, lang));
		const html = decode(body);
		expect(html).toContain(t(lang, 'count.headline', { certain: 13, required: 14 }));
		expect(html).toContain(t(lang, 'rule.sentence'));
		expect(html).toContain(t(lang, 'rule.countedFrom'));
		// China's handover is the one deposit the sources date.
		expect(html).toContain(depositsText(status, lang));
		expect(html).toContain(formatDate('2025-03-14', lang));
		expect(html).toContain(t(lang, 'home.map'));
	});

	it('gives the official Russian title and marks the Arabic one as a translation', () => {
		const ru = decode(renderRoute(HomePage, '/ru', homePageData(data, 'ru')).body);
		expect(ru).toContain(`${data.treaty.title.ru}: статус ратификации`);
		expect(ru).not.toContain(t('ru', 'title.unofficial'));
		expect(ru).toContain('Статус Конвенции (Стамбул, 8 июня 2010');
		const ar = decode(renderRoute(HomePage, '/ar', homePageData(data, 'ar')).body);
		expect(ar).toContain(data.treaty.title.ar);
		expect(ar).toContain(`(${t('ar', 'title.unofficial')})`);
		expect(ar).toContain('إسطنبول');
	});
});

describe('the site frame', () => {
	const frame = (lang: Lang, path: string) =>
		renderRoute(SiteLayout, path, layoutData(data, lang, 'https://example.org'), {
			props: { children: (() => {}) as never }
		});

	it('names the page in every language for search engines', () => {
		const { head } = frame('ru', '/ru/states/kz');
		expect(head).toContain('<link rel="canonical" href="https://example.org/ru/states/kz"');
		expect(head.match(/rel="canonical"/g)).toHaveLength(1);
		for (const [lang, href] of [
			['en', 'https://example.org/states/kz'],
			['ru', 'https://example.org/ru/states/kz'],
			['zh', 'https://example.org/zh/states/kz'],
			['ar', 'https://example.org/ar/states/kz'],
			['x-default', 'https://example.org/states/kz']
		]) {
			expect(head).toContain(`<link rel="alternate" hreflang="${lang}" href="${href}"`);
		}
	});

	it('says in the footer where the titles are this project’s translation', () => {
		expect(decode(frame('ar', '/ar').body)).toContain(t('ar', 'title.unofficial.note'));
		expect(decode(frame('ru', '/ru').body)).not.toContain(t('ru', 'title.unofficial.note'));
		expect(decode(frame('ru', '/ru').body)).toContain('СВМДА');
	});
});

describe('the language switcher', () => {
	it('links the same page in every language, by a full load', () => {
		const context = new Map([['__request__', { page: { url: new URL('http://x/ru/states/kz') } }]]);
		const { body } = render(LanguageSwitcher, { props: { lang: 'ru' }, context });
		for (const href of ['/states/kz', '/ru/states/kz', '/zh/states/kz', '/ar/states/kz']) {
			expect(body).toContain(`href="${href}"`);
		}
		expect(body).toMatch(/href="\/ar\/states\/kz"[^>]*hreflang="ar"[^>]*lang="ar"/);
		expect(body.match(/data-sveltekit-reload/g)).toHaveLength(4);
		expect(body).toMatch(/aria-current="true"[^>]*>Русский</);
	});
});

describe('notes', () => {
	const note = { en: 'Inferred from the lists.', ru: 'Выведено из списков.' };

	it('show the reader’s language where a translation exists', () => {
		const { body } = render(Note, { props: { text: note, lang: 'ru' } });
		expect(body).toContain('Выведено из списков.');
		// Marked as this project's translation, not as a text left in its original.
		expect(body).not.toMatch(/class="orig[ "]/);
		expect(body).toContain('data-translated-from="en"');
		expect(decode(body)).toContain(t('ru', 'translation.from', { lang: t('ru', 'lang.en') }));
	});

	it('show the original, marked, where none exists', () => {
		const { body } = render(Note, { props: { text: note, lang: 'ar' } });
		expect(body).toContain('<span lang="en" dir="ltr">Inferred from the lists.</span>');
		expect(body).toMatch(/class="orig[^"]*own-line/);
		expect(decode(body)).toContain(t('ar', 'untranslated.note', { lang: t('ar', 'lang.en') }));
	});

	it('are translated into Russian in the data', () => {
		const notes = [
			...data.states.flatMap((s) => [
				s.note,
				...s.actions.flatMap((a) => [a.note, ...(a.alternatives ?? []).map((x) => x.note)])
			]),
			...data.members.members.flatMap((m) => [
				m.joined.note,
				...(m.alternatives ?? []).map((x) => x.note)
			])
		].filter((n) => n !== undefined);
		expect(notes.length).toBeGreaterThan(30);
		for (const n of notes) {
			expect(typeof n === 'object' && Object.keys(n)).toEqual(['en', 'ru']);
		}
	});

	it('in the timeline are marked the same way', () => {
		const series = cumulativeSeries(data);
		const zh = decode(render(Timeline, { props: { status, series, lang: 'zh' } }).body);
		expect(zh).toContain(t('zh', 'untranslated.note', { lang: t('zh', 'lang.en') }));
		const ru = decode(render(Timeline, { props: { status, series, lang: 'ru' } }).body);
		expect(ru).not.toMatch(/class="orig[ "]/);
		expect(ru).toContain(t('ru', 'translation.from', { lang: t('ru', 'lang.en') }));
		expect(ru).toContain('Решение Постоянного комитета ВСНП о ратификации датировано');
	});
});

describe('the state page', () => {
	it.each(['en', 'ru', 'zh', 'ar'] as const)(
		'says in %s what entry into force takes as the receipt of the instrument',
		(lang) => {
			const page = (code: string) =>
				decode(
					renderRoute(
						StatePage,
						pathIn(lang, `/states/${code.toLowerCase()}`),
						statePageData(data, code, lang)
					).body
				);
			const cn = page('CN');
			expect(cn).toContain(t(lang, 'state.countedFrom.consent'));
			expect(cn).toContain(
				t(lang, 'state.received.deposit', { date: formatDate('2025-03-14', lang) })
			);
			expect(cn).not.toContain(t(lang, 'state.received.consent-assumed'));
			const kz = page('KZ');
			expect(kz).toContain(t(lang, 'state.countedFrom.consent'));
			expect(kz).toContain(t(lang, 'state.received.consent-assumed'));
			// A state with no act of consent has nothing counted and nothing to receive.
			expect(page('UZ')).not.toContain(t(lang, 'state.received.consent-assumed'));
		}
	);

	it('reads in Russian, the note included', () => {
		const { body } = renderRoute(StatePage, '/ru/states/uz', statePageData(data, 'UZ', 'ru'));
		const html = decode(body);
		expect(html).toContain('Узбекистан: статус в отношении Конвенции');
		expect(html).toContain('В изученных источниках');
		expect(html).toContain(t('ru', 'next.heading'));
	});
});

describe('the Russian feeds', () => {
	it('are in Russian, with the English revision lines marked as such', () => {
		const xml = recordFeed(data, 'https://example.org', 'ru', realFingerprint());
		expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
		expect(xml).toContain(
			'<title>Конвенция СВМДА о привилегиях и иммунитетах: сведения о ратификации</title>'
		);
		expect(xml).toContain('href="https://example.org/api/v1/feed.ru.xml"');
		expect(xml).toContain(
			`<title>Российская Федерация: Ратификация (${formatDate('2011-11-30', 'ru')})</title>`
		);
		expect(xml).toContain('href="https://example.org/ru/states/ru"');
		expect(xml).toMatch(/<summary xml:lang="en">Recorded from/);
		// No sentence ends in "г.." where a date closes it.
		expect(xml).not.toContain('г..');
		// The data set it was built from, in Russian: the revision and the fingerprint.
		expect(xml).toContain(
			`<subtitle>По данным на ${formatDate('2025-03-17', 'ru')}; редакция данных 57 (${formatDate('2026-11-26', 'ru')}), отпечаток данных ${realFingerprint().short}.</subtitle>`
		);
	});

	it('exist for each state, with the English feed unchanged in its addresses', () => {
		const kz = stateFeed(data, '', 'ru', 'KZ', realFingerprint());
		expect(kz).toContain('<title>Казахстан: Конвенция СВМДА о привилегиях и иммунитетах</title>');
		expect(kz).toContain('href="/states/kz/feed.ru.xml"');
		const en = stateFeed(data, '', 'en', 'KZ', realFingerprint());
		expect(en).toContain('href="/states/kz/feed.xml"');
		expect(en).toContain('<id>urn:cica-pi:feed:KZ</id>');
		expect(en).toContain('xml:lang="en"');
		expect(en).toContain(`data fingerprint ${realFingerprint().short}.</subtitle>`);
	});
});
