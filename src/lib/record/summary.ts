/**
 * The history line proposed for a change, in every published language: what was
 * added, removed or changed, named as a reader of the file's history would look for it
 * ("Recorded ratification of 2025-05-20 (uz-law)", "Changed the ratification of 2024:
 * date 2024 → 2024-12-13"). Dates and source ids stay as written in the data, so the
 * line reads the same in every language. Generated translations are this project's:
 * English, the first key, is the original.
 */
import { toIso, type DateValue } from '../data/dates';
import { sameJson } from '../data/json-text';
import type { LocalizedText } from '../data/schema';
import { t } from '../i18n';
// Summaries are written in every language, wherever they are proposed.
import '../i18n/all';
import { LANGS, type Lang } from '../i18n/langs';

type Doc = Record<string, unknown>;
type Phrase = (lang: Lang) => string;

const TEMPLATES = {
	added: {
		en: 'Recorded {action} of {date} ({sources})',
		ru: 'Записано: {action} от {date} ({sources})',
		zh: '记录{action}（{date}，{sources}）',
		ar: 'تسجيل {action} بتاريخ {date} ({sources})'
	},
	removed: {
		en: 'Removed the {action} of {date}',
		ru: 'Удалено: {action} от {date}',
		zh: '删除{action}（{date}）',
		ar: 'حذف {action} بتاريخ {date}'
	},
	changed: {
		en: 'Changed the {action} of {date}: {fields}',
		ru: 'Изменено: {action} от {date} — {fields}',
		zh: '修改{action}（{date}）：{fields}',
		ar: 'تعديل {action} بتاريخ {date}: {fields}'
	},
	stateNote: {
		en: "Changed the state's note",
		ru: 'Изменено примечание о государстве',
		zh: '修改关于该国的说明',
		ar: 'تعديل الملاحظة الخاصة بالدولة'
	},
	recordedTo: {
		en: 'Moved recordedTo from {from} to {to} ({sources})',
		ru: 'Дата, по которую ведётся учёт, перенесена с {from} на {to} ({sources})',
		zh: '记录截止日期由{from}改为{to}（{sources}）',
		ar: 'نقل تاريخ آخر تسجيل من {from} إلى {to} ({sources})'
	},
	recordedToFor: {
		en: 'Moved recordedTo from {from} to {to} (recorded {state} {action} of {date}, {source})',
		ru: 'Дата, по которую ведётся учёт, перенесена с {from} на {to} (записано: {state}, {action} от {date}, {source})',
		zh: '记录截止日期由{from}改为{to}（记录{state}{action}，{date}，{source}）',
		ar: 'نقل تاريخ آخر تسجيل من {from} إلى {to} (تسجيل {action} لـ{state} بتاريخ {date}، {source})'
	},
	sourceAdded: {
		en: 'Added source {id}',
		ru: 'Добавлен источник {id}',
		zh: '新增来源{id}',
		ar: 'إضافة المصدر {id}'
	},
	sourceRemoved: {
		en: 'Removed source {id}',
		ru: 'Удалён источник {id}',
		zh: '删除来源{id}',
		ar: 'حذف المصدر {id}'
	},
	sourceChanged: {
		en: 'Changed source {id}: {fields}',
		ru: 'Изменён источник {id}: {fields}',
		zh: '修改来源{id}：{fields}',
		ar: 'تعديل المصدر {id}: {fields}'
	},
	memberAdded: {
		en: 'Added member {state}',
		ru: 'Добавлено государство-член {state}',
		zh: '新增成员国{state}',
		ar: 'إضافة الدولة العضو {state}'
	},
	memberRemoved: {
		en: 'Removed member {state}',
		ru: 'Удалено государство-член {state}',
		zh: '删除成员国{state}',
		ar: 'حذف الدولة العضو {state}'
	},
	memberChanged: {
		en: 'Changed the membership of {state}: {fields}',
		ru: 'Изменены сведения о членстве {state}: {fields}',
		zh: '修改{state}的成员资格信息：{fields}',
		ar: 'تعديل بيانات عضوية {state}: {fields}'
	},
	fields: {
		en: 'Changed {fields}',
		ru: 'Изменено: {fields}',
		zh: '修改：{fields}',
		ar: 'تعديل: {fields}'
	},
	history: {
		en: 'Corrected or translated the history lines of revisions {list}',
		ru: 'Исправлены или переведены строки истории редакций {list}',
		zh: '修改或翻译第{list}版的历史记录',
		ar: 'تصحيح أو ترجمة أسطر سجل التعديلات للإصدارات {list}'
	},
	created: {
		en: 'Created the file',
		ru: 'Создан файл',
		zh: '创建文件',
		ar: 'إنشاء الملف'
	},
	more: {
		en: 'and {n} more changes',
		ru: 'и ещё изменений: {n}',
		zh: '另有{n}处修改',
		ar: 'و{n} تعديلات أخرى'
	}
} satisfies Record<string, Record<Lang, string>>;

const FIELD: Record<string, Record<Lang, string>> = {
	type: { en: 'type', ru: 'вид', zh: '类型', ar: 'النوع' },
	date: { en: 'date', ru: 'дата', zh: '日期', ar: 'التاريخ' },
	by: { en: 'organ', ru: 'орган', zh: '机关', ar: 'الجهة' },
	instrument: { en: 'act', ru: 'акт', zh: '文件', ar: 'الصك' },
	sources: { en: 'sources', ru: 'источники', zh: '来源', ar: 'المصادر' },
	alternatives: { en: 'other dates', ru: 'другие даты', zh: '其他日期', ar: 'تواريخ أخرى' },
	note: { en: 'note', ru: 'примечание', zh: '说明', ar: 'الملاحظة' },
	joined: { en: 'joined', ru: 'вступление', zh: '加入', ar: 'الانضمام' },
	left: { en: 'left', ru: 'выход', zh: '退出', ar: 'الخروج' }
};

const SEPARATOR: Record<Lang, string> = { en: '; ', ru: '; ', zh: '；', ar: '؛ ' };
const LIST: Record<Lang, string> = { en: ', ', ru: ', ', zh: '、', ar: '، ' };

function fill(template: string, vars: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

function phrase(key: keyof typeof TEMPLATES, vars: (lang: Lang) => Record<string, string>): Phrase {
	return (lang) => fill(TEMPLATES[key][lang], vars(lang));
}

/** An action's name inside a sentence: "ratification", "ратификация". */
function actionName(type: string, lang: Lang): string {
	const name = t(lang, `action.${type}` as Parameters<typeof t>[1]);
	return lang === 'en' || lang === 'ru' ? name.toLocaleLowerCase(lang) : name;
}

const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const refs = (v: unknown) =>
	Array.isArray(v) ? v.map((r) => (isDoc(r) ? String(r.id) : '?')).join(', ') : '';
const dateOf = (v: unknown) => (v === undefined ? '?' : toIso(v as DateValue));

/** The fields of two objects that differ, each named in the language. */
function changedFields(from: Doc, to: Doc): ((lang: Lang) => string)[] {
	const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
	return keys
		.filter((k) => !sameJson(from[k], to[k]))
		.map((k) => (lang: Lang) => {
			const name = FIELD[k]?.[lang] ?? k;
			return k === 'date' && from.date !== undefined && to.date !== undefined
				? `${name} ${dateOf(from.date)} → ${dateOf(to.date)}`
				: name;
		});
}

type Pairing = { from?: Doc; to?: Doc }[];

/**
 * Pairs the elements of two lists: equal elements by their longest common run, and
 * between those, the rest side by side (a changed element), the surplus on either side
 * as removed or added.
 */
function pair(from: Doc[], to: Doc[]): Pairing {
	// Each element written out once; the common head and tail are set aside before the
	// quadratic part, which then only sees the few elements a person changed.
	const a = from.map((d) => JSON.stringify(d));
	const b = to.map((d) => JSON.stringify(d));
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	)
		tail++;
	const n = a.length - tail;
	const m = b.length - tail;
	// L[i][j]: the longest common run of a[head + i..n) and b[head + j..m).
	const L = Array.from({ length: n - head + 1 }, () => new Array<number>(m - head + 1).fill(0));
	for (let i = n - head - 1; i >= 0; i--) {
		for (let j = m - head - 1; j >= 0; j--) {
			L[i][j] =
				a[head + i] === b[head + j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
		}
	}
	const lcs = (i: number, j: number) => L[i - head][j - head];
	const out: Pairing = [];
	let i = head;
	let j = head;
	const gapOld: Doc[] = [];
	const gapNew: Doc[] = [];
	// Within a run of unequal elements, an element is paired with one of the same kind
	// (an action of the same type): that is a change; the rest were removed or added.
	const flush = () => {
		const taken = new Set<number>();
		const removed: Doc[] = [];
		for (const d of gapOld) {
			const k = gapNew.findIndex((e, x) => !taken.has(x) && e.type === d.type);
			if (k < 0) removed.push(d);
			else {
				taken.add(k);
				out.push({ from: d, to: gapNew[k] });
			}
		}
		for (const d of removed) out.push({ from: d });
		gapNew.forEach((d, x) => taken.has(x) || out.push({ to: d }));
		gapOld.length = 0;
		gapNew.length = 0;
	};
	while (i < n || j < m) {
		if (i < n && j < m && a[i] === b[j]) {
			flush();
			out.push({ from: from[i++], to: to[j++] });
		} else if (j >= m || (i < n && lcs(i + 1, j) >= lcs(i, j + 1))) gapOld.push(from[i++]);
		else gapNew.push(to[j++]);
	}
	flush();
	return out.filter((p) => !(p.from && p.to && sameJson(p.from, p.to)));
}

function list(v: unknown): Doc[] {
	return Array.isArray(v) ? v.filter(isDoc) : [];
}

function stateFilePhrases(from: Doc, to: Doc): Phrase[] {
	const out: Phrase[] = [];
	for (const { from: a, to: b } of pair(list(from.actions), list(to.actions))) {
		if (a && b) {
			const fields = changedFields(a, b);
			out.push(
				phrase('changed', (lang) => ({
					action: actionName(String(a.type), lang),
					date: dateOf(a.date),
					fields: fields.map((f) => f(lang)).join(LIST[lang])
				}))
			);
		} else if (b) {
			out.push(
				phrase('added', (lang) => ({
					action: actionName(String(b.type), lang),
					date: dateOf(b.date),
					sources: refs(b.sources)
				}))
			);
		} else if (a) {
			out.push(
				phrase('removed', (lang) => ({
					action: actionName(String(a.type), lang),
					date: dateOf(a.date)
				}))
			);
		}
	}
	if (!sameJson(from.note, to.note)) out.push(phrase('stateNote', () => ({})));
	return out;
}

function keyedPhrases(
	from: Doc[],
	to: Doc[],
	key: string,
	names: {
		added: keyof typeof TEMPLATES;
		removed: keyof typeof TEMPLATES;
		changed: keyof typeof TEMPLATES;
	},
	varName: string
): Phrase[] {
	const out: Phrase[] = [];
	const before = new Map(from.map((d) => [String(d[key]), d]));
	const after = new Map(to.map((d) => [String(d[key]), d]));
	for (const [id, d] of after) {
		const old = before.get(id);
		if (!old) out.push(phrase(names.added, () => ({ [varName]: id })));
		else if (!sameJson(old, d)) {
			const fields = changedFields(old, d);
			out.push(
				phrase(names.changed, (lang) => ({
					[varName]: id,
					fields: fields.map((f) => f(lang)).join(LIST[lang])
				}))
			);
		}
	}
	for (const id of before.keys())
		if (!after.has(id)) out.push(phrase(names.removed, () => ({ [varName]: id })));
	return out;
}

/** Dotted paths of the leaves that differ, for files without a more specific wording. */
function changedPaths(from: unknown, to: unknown, path: string, out: string[]) {
	if (sameJson(from, to)) return;
	if (isDoc(from) && isDoc(to)) {
		for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
			// What every save sets by itself is not a change to name; history lines are named apart.
			if (!path && ['$schema', 'schemaVersion', 'revision', 'history'].includes(k)) continue;
			changedPaths(from[k], to[k], path ? `${path}.${k}` : k, out);
		}
	} else out.push(path || '(file)');
}

function treatyPhrases(from: Doc, to: Doc): Phrase[] {
	const out: Phrase[] = [];
	const a = isDoc(from.recordedTo) ? from.recordedTo : {};
	const b = isDoc(to.recordedTo) ? to.recordedTo : {};
	const rest = (d: Doc) => ({ ...d, recordedTo: undefined });
	if (!sameJson(a.date, b.date)) {
		out.push(
			phrase('recordedTo', () => ({
				from: dateOf(a.date),
				to: dateOf(b.date),
				sources: refs(b.sources)
			}))
		);
	}
	const paths: string[] = [];
	changedPaths(
		{ ...rest(from), recordedTo: { ...a, date: undefined } },
		{ ...rest(to), recordedTo: { ...b, date: undefined } },
		'',
		paths
	);
	if (paths.length) out.push(phrase('fields', (lang) => ({ fields: paths.join(LIST[lang]) })));
	return out;
}

/**
 * The proposed history line for a change of `file` from `from` (null for a new file)
 * to `to`, in every language; at most four changes are named, then how many more.
 */
export function proposeSummary(file: string, from: Doc | null, to: Doc): LocalizedText {
	let phrases: Phrase[];
	if (!from) phrases = [phrase('created', () => ({}))];
	else if (file.startsWith('states/')) phrases = stateFilePhrases(from, to);
	else if (file === 'sources.json') {
		phrases = keyedPhrases(
			list(from.sources),
			list(to.sources),
			'id',
			{ added: 'sourceAdded', removed: 'sourceRemoved', changed: 'sourceChanged' },
			'id'
		);
	} else if (file === 'members.json') {
		phrases = keyedPhrases(
			list(from.members),
			list(to.members),
			'state',
			{ added: 'memberAdded', removed: 'memberRemoved', changed: 'memberChanged' },
			'state'
		);
		const paths: string[] = [];
		changedPaths({ ...from, members: undefined }, { ...to, members: undefined }, '', paths);
		if (paths.length)
			phrases.push(phrase('fields', (lang) => ({ fields: paths.join(LIST[lang]) })));
	} else if (file === 'treaty.json') phrases = treatyPhrases(from, to);
	else phrases = [];
	// History lines given another wording (a correction, a translation) are named as such.
	const before = new Map(list(from?.history).map((h) => [h.revision, h.summary]));
	const retold = list(to.history)
		.filter((h) => before.has(h.revision) && !sameJson(before.get(h.revision), h.summary))
		.map((h) => String(h.revision));
	if (retold.length) phrases.push(phrase('history', (lang) => ({ list: retold.join(LIST[lang]) })));
	if (!phrases.length) {
		const paths: string[] = [];
		changedPaths(from, to, '', paths);
		phrases = [phrase('fields', (lang) => ({ fields: paths.join(LIST[lang]) }))];
	}
	const shown = phrases.slice(0, 4);
	const more = phrases.length - shown.length;
	const text: Partial<Record<Lang, string>> = {};
	for (const lang of LANGS) {
		const parts = shown.map((p) => p(lang));
		if (more > 0) parts.push(fill(TEMPLATES.more[lang], { n: String(more) }));
		text[lang] = parts.join(SEPARATOR[lang]);
	}
	return text;
}

/** The history line of treaty.json when recording an act moves recordedTo with it. */
export function recordedToSummary(
	from: string,
	to: string,
	act: { state: string; type: string; date: DateValue; source: string }
): LocalizedText {
	const text: Partial<Record<Lang, string>> = {};
	for (const lang of LANGS) {
		text[lang] = fill(TEMPLATES.recordedToFor[lang], {
			from,
			to,
			state: act.state,
			action: actionName(act.type, lang),
			date: toIso(act.date),
			source: act.source
		});
	}
	return text;
}
