/**
 * Writes src/lib/i18n/generated/names.json: the short name of every state the site
 * shows (members, observers, map neighbours) in each interface language, from
 * i18n-iso-countries, with the few names that diplomatic usage writes otherwise.
 * Only these few dozen names reach the browser, not the package's full tables.
 */
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { LANGS } from '../src/lib/data/schema';
import { readFileSync } from 'node:fs';
import { writeAtomic } from '../src/lib/server/write';

const require = createRequire(import.meta.url);
for (const lang of LANGS)
	countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** The names as the United Nations and the CICA Secretariat write them. */
const OVERRIDES: Record<string, Partial<Record<string, string>>> = {
	CN: { en: 'China', ru: 'Китай' },
	IR: { en: 'Iran (Islamic Republic of)', ru: 'Иран (Исламская Республика)' },
	KR: { en: 'Republic of Korea', zh: '大韩民国', ar: 'جمهورية كوريا' },
	VN: { en: 'Viet Nam' },
	RU: { en: 'Russian Federation', zh: '俄罗斯联邦', ar: 'الاتحاد الروسي' },
	AE: { ru: 'Объединённые Арабские Эмираты', zh: '阿拉伯联合酋长国' },
	KG: { ru: 'Кыргызстан' },
	PS: { ar: 'دولة فلسطين' },
	BY: { ar: 'بيلاروس' },
	ID: { zh: '印度尼西亚' },
	TM: { ru: 'Туркменистан' },
	LA: { en: "Lao People's Democratic Republic" },
	US: { en: 'United States of America' },
	TW: { en: 'Taiwan', ru: 'Тайвань', zh: '台湾', ar: 'تايوان' }
};

export function buildNames(codes: string[]) {
	const out: Record<string, Record<string, string>> = {};
	for (const code of [...new Set(codes)].sort()) {
		out[code] = {};
		for (const lang of LANGS) {
			const name = OVERRIDES[code]?.[lang] ?? countries.getName(code, lang, { select: 'official' });
			if (name) out[code][lang] = name;
		}
	}
	return out;
}

/** The codes the site names: every member and observer in data/members.json. */
export function siteCodes(dataDir = 'data'): string[] {
	const members = JSON.parse(readFileSync(`${dataDir}/members.json`, 'utf8'));
	return [
		...members.members.map((m: { state: string }) => m.state),
		...(members.observers?.states ?? [])
	];
}

export function writeNames(extra: string[] = []) {
	const table = buildNames([...siteCodes(), ...extra]);
	writeAtomic(
		'src/lib/i18n/generated/names.ts',
		'// Do not edit; run `npm run geo` to regenerate (scripts/build-names.ts).\n' +
			`export default ${JSON.stringify(table, null, '\t')} as Record<string, Record<string, string>>;\n`
	);
}

if (import.meta.url === `file://${process.argv[1]}`) writeNames();
