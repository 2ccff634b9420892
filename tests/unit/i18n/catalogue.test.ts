/**
 * The catalogues: every language has every English key, none empty, each with the same
 * {placeholders} as English; and no interface text is written into a component instead
 * of going through the catalogue.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { catalogue, LANGS, type MessageKey } from '../../../src/lib/i18n';
import { en } from '../../../src/lib/i18n/en';
import { AVAILABLE_LANGS } from '../../../src/lib/i18n/available';
import { working as workingEn } from '../../../src/lib/i18n/en/working';
import { ordinal, workingCatalogue, type WorkingKey } from '../../../src/lib/i18n/working';
import { ROOT } from '../../fixtures/paths';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KEYS = Object.keys(en) as MessageKey[];
const TRANSLATIONS = LANGS.filter((l) => l !== 'en');

describe('the catalogues', () => {
	it('publishes every language', () => {
		expect([...AVAILABLE_LANGS].sort()).toEqual([...LANGS].sort());
	});

	it.each(TRANSLATIONS)('%s has exactly the English keys', (lang) => {
		expect(Object.keys(catalogue(lang)).sort()).toEqual([...KEYS].sort());
	});

	it.each(LANGS)('%s has no empty or untrimmed text', (lang) => {
		const messages = catalogue(lang);
		const bad = KEYS.filter((k) => !messages[k]?.trim() || messages[k] !== messages[k].trim());
		expect(bad).toEqual([]);
	});

	it.each(TRANSLATIONS)('%s keeps each message’s placeholders', (lang) => {
		const messages = catalogue(lang);
		const differ = KEYS.filter(
			(k) => placeholders(messages[k]).join() !== placeholders(en[k]).join()
		).map((k) => `${k}: ${placeholders(messages[k])} ≠ ${placeholders(en[k])}`);
		expect(differ).toEqual([]);
	});

	// A translation left in English is a message nobody translated; the few that are the
	// same in every language are named here.
	const SAME_EVERYWHERE = new Set<MessageKey>([
		'date.year',
		'map.link',
		'map.legend.count',
		'map.tooltip.consent',
		'table.download.csv',
		'table.download.json',
		'feed.entry.action',
		'feed.state.title',
		// The digest's title as published, and punctuation.
		'footer.digest',
		'translation.brackets',
		'list.comma',
		'list.semicolon'
	]);
	it.each(TRANSLATIONS)('%s translates every message', (lang) => {
		const messages = catalogue(lang);
		const same = KEYS.filter((k) => messages[k] === en[k] && !SAME_EVERYWHERE.has(k));
		expect(same).toEqual([]);
	});

	it.each(TRANSLATIONS)('%s is written in its own script', (lang) => {
		const script = { ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u }[
			lang as 'ru' | 'zh' | 'ar'
		];
		const messages = catalogue(lang);
		// Messages with words in them (not counting placeholders) must be in the language's script.
		const words = (k: MessageKey) => messages[k].replace(/\{\w+\}/g, '');
		const latin = KEYS.filter(
			(k) => /\p{L}{3}/u.test(words(k)) && !script.test(words(k)) && !SAME_EVERYWHERE.has(k)
		);
		expect(latin).toEqual([]);
	});
});

describe('the working pages’ catalogue (i18n/working.ts)', () => {
	const WORKING_KEYS = Object.keys(workingEn) as WorkingKey[];
	/**
	 * The ordinals' patterns are the same for every form in a language without them; a
	 * state's file is named as "{state} ({file})" in most languages.
	 */
	const SAME = new Set<WorkingKey>([
		'ordinal.one',
		'ordinal.two',
		'ordinal.few',
		'ordinal.other',
		'changes.file.state'
	]);

	it.each(TRANSLATIONS)('%s has exactly the English keys', (lang) => {
		expect(Object.keys(workingCatalogue(lang)).sort()).toEqual([...WORKING_KEYS].sort());
	});

	it.each(LANGS)('%s has no empty or untrimmed text', (lang) => {
		const messages = workingCatalogue(lang);
		const bad = WORKING_KEYS.filter(
			(k) => !messages[k]?.trim() || messages[k] !== messages[k].trim()
		);
		expect(bad).toEqual([]);
	});

	it.each(TRANSLATIONS)('%s keeps each message’s placeholders', (lang) => {
		const messages = workingCatalogue(lang);
		const differ = WORKING_KEYS.filter(
			(k) => placeholders(messages[k]).join() !== placeholders(workingEn[k]).join()
		);
		expect(differ).toEqual([]);
	});

	it.each(TRANSLATIONS)('%s translates every message, in its own script', (lang) => {
		const script = { ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u }[
			lang as 'ru' | 'zh' | 'ar'
		];
		const messages = workingCatalogue(lang);
		expect(WORKING_KEYS.filter((k) => messages[k] === workingEn[k] && !SAME.has(k))).toEqual([]);
		const words = (k: WorkingKey) => messages[k].replace(/\{\w+\}/g, '');
		expect(
			WORKING_KEYS.filter((k) => /\p{L}{3}/u.test(words(k)) && !script.test(words(k)))
		).toEqual([]);
	});

	it('is not part of the site’s catalogue, which every page downloads', () => {
		expect(WORKING_KEYS.filter((k) => k in en)).toEqual([]);
	});

	it.each([
		[1, 'en', '1st'],
		[2, 'en', '2nd'],
		[3, 'en', '3rd'],
		[14, 'en', '14th'],
		[22, 'en', '22nd'],
		[30, 'en', '30th'],
		[14, 'ru', '14-й'],
		[14, 'zh', '第14']
	] as const)('writes %i as an ordinal in %s: %s', (n, lang, expected) => {
		expect(ordinal(n, lang)).toBe(expected);
	});
});

describe('the legal terms', () => {
	// The terms of each language's text of the Vienna Convention on the Law of Treaties.
	const TERMS = {
		ru: {
			'action.ratification': 'Ратификация',
			'action.acceptance': 'Принятие',
			'action.approval': 'Утверждение',
			'action.accession': 'Присоединение',
			'action.deposit': 'Сдача на хранение'
		},
		zh: {
			'action.ratification': '批准',
			'action.acceptance': '接受',
			'action.approval': '核准',
			'action.accession': '加入',
			'action.deposit': '交存'
		},
		ar: {
			'action.ratification': 'التصديق',
			'action.acceptance': 'القبول',
			'action.approval': 'الموافقة',
			'action.accession': 'الانضمام',
			'action.deposit': 'الإيداع'
		}
	} as const;
	it.each(Object.entries(TERMS))('%s names the acts as its treaty texts do', (lang, terms) => {
		const messages = catalogue(lang as 'ru');
		for (const [key, term] of Object.entries(terms)) {
			expect(messages[key as MessageKey]).toBe(term);
		}
	});

	it.each([
		['ru', 'депозитари', 'вступает в силу'],
		['zh', '保存人', '生效'],
		['ar', 'الوديع', 'بدء نفاذ']
	] as const)(
		'%s states the rule with the depositary and entry into force',
		(lang, depositary, eif) => {
			const rule = catalogue(lang)['rule.sentence'];
			expect(rule).toContain(depositary);
			expect(rule.replace('يبدأ نفاذ', 'بدء نفاذ')).toContain(eif);
		}
	);
});

/* -------------------------------------------------------------- no hard-coded text */

/**
 * Text in components that is not interface language and so stays out of the catalogue,
 * each with its reason. Only letters count: marks such as "—", "↗", "·" or "✓" pass.
 */
const ALLOWED: Record<string, string> = {};

/** Attributes whose values people read or hear. */
const READ_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'aria-placeholder',
	'title',
	'alt',
	'placeholder',
	'label'
]);

interface Finding {
	file: string;
	line: number;
	text: string;
}

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

/** The literal text nodes and read attribute values of a component that contain letters. */
export function hardCodedText(source: string, file = 'component.svelte'): Finding[] {
	const ast = parse(source, { modern: true });
	const found: Finding[] = [];
	const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
	const check = (node: { type: string; start: number; data?: string; raw?: string }) => {
		const text = (node.data ?? node.raw ?? '').trim();
		if (/\p{L}/u.test(text) && !(text in ALLOWED)) {
			found.push({ file, line: lineOf(node.start), text });
		}
	};
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (!value || typeof value !== 'object') return;
		const node = value as Record<string, unknown> & { type?: string; name?: string };
		if (node.type === 'Text') return check(node as never);
		// Comments, and style: directives' values, which are CSS.
		if (node.type === 'Comment' || node.type === 'StyleDirective') return;
		if (node.type === 'RegularElement' && (node.name === 'style' || node.name === 'script')) return;
		if (node.type === 'Attribute') {
			// Other attributes (class, href, lang, data-*) are code, not language.
			if (READ_ATTRIBUTES.has(String(node.name)) && Array.isArray(node.value)) {
				node.value.forEach((part) => part.type === 'Text' && check(part));
			}
			return;
		}
		for (const [key, child] of Object.entries(node)) {
			// Expressions are code: the catalogue's text enters through them.
			if (key !== 'expression' && key !== 'metadata') walk(child);
		}
	};
	walk(ast.fragment);
	return found;
}

describe('interface text in components', () => {
	it('finds what it is meant to find', () => {
		const found = hardCodedText(
			'<p>Signed</p><p>{t(lang, "x")} — ↗</p><a title="Open" class="x" aria-label={label}>·</a>' +
				'<style>p { color: red; }</style><!-- a comment -->'
		);
		expect(found.map((f) => f.text)).toEqual(['Signed', 'Open']);
	});

	it('comes from the catalogue in every component and page', () => {
		const files = [
			...svelteFiles(join(ROOT, 'src/lib/components')),
			...svelteFiles(join(ROOT, 'src/routes'))
		]
			// A helper's temporary preview route is not part of the site.
			.filter((f) => !f.includes('map-preview'));
		expect(files.length).toBeGreaterThan(20);
		const found = files.flatMap((f) => hardCodedText(readFileSync(f, 'utf8'), relative(ROOT, f)));
		expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
	});
});
