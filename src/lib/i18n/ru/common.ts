/**
 * Interface text shared by every page, in Russian. Formal and impersonal, in the terms
 * of the Russian texts of the Vienna Convention and of the Convention itself
 * (ратификация, принятие, утверждение, присоединение, сдача на хранение, депозитарий,
 * вступление в силу). A date of month precision is nominative ("декабрь 2024 г."), so
 * the sentences put dates after a colon, "на" or "по", where that form reads correctly.
 */
import type { common as en } from '../en/common';

export const common = {
	'site.title': 'Конвенция СВМДА о привилегиях и иммунитетах: статус ратификации',
	'site.name': 'Статус ратификации',
	'site.org': 'СВМДА',
	'site.skip': 'Перейти к основному содержанию',
	'nav.home': 'Статус',
	'nav.main': 'Основная навигация',
	'nav.language': 'Язык',
	'recorded.to': 'По данным на {date}',
	'recorded.sources': 'Последнее заявление о статусе, до которого доведена запись:',
	'recorded.revision': 'редакция данных {revision} ({date})',
	'recorded.fingerprint': 'отпечаток данных {fingerprint}',
	'recorded.beyond':
		'Источники содержат сведения только по {date} включительно: действия, совершённые позднее, могут отсутствовать.',
	'date.range': 'в период с {from} по {to}',
	'date.unknown': 'дата неизвестна',
	'date.year': '{year}\u00a0г.',
	'title.unofficial': 'неофициальный перевод',
	'title.unofficial.note':
		'Название Конвенции на этом языке — неофициальный перевод, выполненный для этого ресурса.',
	'stage.none': 'Действия не зафиксированы',
	'stage.signed': 'Подписание',
	'stage.approved-domestically': 'Внутригосударственное одобрение',
	'stage.consent-given': 'Выражение согласия на обязательность',
	'stage.deposited': 'Сдача документа на хранение',
	'stage.withdrawn': 'Выход из Конвенции',
	'stage.non-member': 'Не является членом СВМДА',
	'action.signature-authorisation': 'Решение о подписании',
	'action.signature': 'Подписание',
	'action.domestic-approval': 'Внутригосударственное одобрение',
	'action.ratification': 'Ратификация',
	'action.acceptance': 'Принятие',
	'action.approval': 'Утверждение',
	'action.accession': 'Присоединение',
	'action.deposit': 'Сдача на хранение',
	'action.withdrawal': 'Выход',
	'count.headline': '{certain} из {required} документов, необходимых для вступления в силу',
	'count.headline.range':
		'{certain}–{upper} из {required} документов, необходимых для вступления в силу',
	'count.remaining.one': 'требуется ещё один',
	'count.remaining.other': 'требуется ещё: {remaining}',
	'count.inForce': 'Конвенция вступила в силу: {date}',
	'count.inForcePossible': 'Конвенция, возможно, вступила в силу: {date}',
	'count.scheduled': 'Конвенция вступает в силу: {date}',
	'count.possible.note':
		'Могут быть учтены ещё документы ({possible}): их даты известны лишь приблизительно и охватывают эту дату.',
	'count.progress.label': 'Документы, учтённые для вступления в силу',
	'rule.sentence':
		'Согласно пункту 2 статьи 9 Конвенция вступает в силу на тридцатый день со дня получения депозитарием четырнадцатой ратификационной грамоты, документа о принятии, утверждении или присоединении.',
	'rule.countedFrom':
		'Каждое государство учитывается с даты акта ратификации, принятия, утверждения или присоединения — так, как считают источники.',
	'deposits.some':
		'Известно, что депозитарий получил документы: {count} ({list}). Вступление в силу отсчитывается от получения депозитарием каждого документа, а для других государств источники эту дату не указывают.',
	'deposits.none':
		'Ни один документ, насколько известно, не сдан на хранение к этой дате. Вступление в силу отсчитывается от получения депозитарием каждого документа, а источники эту дату не указывают.',
	'deposits.item': '{state} — {date}',
	'count.assumed':
		'Эта дата исходит из того, что каждый документ, дату получения которого источники не указывают, получен в день акта о согласии.',
	'link.working': 'Как ведётся подсчёт',
	'link.changes': 'Что изменилось между двумя датами',
	'footer.sources':
		'Каждая дата сопровождается ссылкой на источник. Основной источник — дайджест Секретариата СВМДА «{digest}».',
	'footer.digest': 'Voice of Asia',
	'footer.translations':
		'Тексты из записей с пометкой «(пер.)» — переводы этого проекта; названия источников приводятся в том виде, в каком они опубликованы, а за ними в квадратных скобках — перевод.',
	'translation.mark': '(пер.)',
	'translation.from': '(перевод этого проекта; язык оригинала: {lang})',
	'translation.by': '(перевод этого проекта)',
	'translation.brackets': '[{text}]',
	'list.comma': ',',
	'list.semicolon': ';',
	'footer.disclaimer':
		'Этот ресурс — независимое средство отслеживания на основе открытых источников; он не является официальным документом депозитария.',
	'footer.printed': 'Распечатано со страницы {url}',
	'print.asOf': 'Статус на {date}',
	'home.title': '{title}: статус ратификации',
	'home.intro':
		'Статус Конвенции ({place}, {date}) по актам, зафиксированным в открытых источниках.',
	'home.map': 'Карта государств-членов',
	'home.timeline': 'Учёт документов во времени',
	'home.table': 'Все государства-члены',
	'asof.heading': 'Статус на дату',
	'asof.showing': 'Показан статус на {date}',
	'asof.showingRecorded':
		'Показан статус по данным на {date} — последнюю дату, на которую имеются сведения источников.',
	'asof.date': 'Дата',
	'asof.slider': 'Перемещение по шкале времени',
	'asof.play': 'Воспроизвести историю',
	'asof.pause': 'Пауза',
	'asof.reset': 'Последние данные',
	'asof.permalink': 'Ссылка на это представление',
	'asof.invalid':
		'«{value}» не является допустимой датой для этого представления (ожидается ГГГГ-ММ-ДД, не позднее {max}). Показан статус по данным на {date}',
	'asof.noscript':
		'Для просмотра статуса на другую дату требуется JavaScript. Все даты приведены в перечне действий ниже.',
	'untranslated.note': 'язык оригинала: {lang}',
	'lang.en': 'английский',
	'lang.ru': 'русский',
	'lang.zh': 'китайский',
	'lang.ar': 'арабский',
	'notfound.title': 'Страница не найдена',
	'notfound.text':
		'По этому адресу страницы нет. Страница каждого государства-члена находится в разделе /ru/states/ под его двухбуквенным кодом (например, /ru/states/kz).',
	'notfound.home': 'Перейти к статусу ратификации'
} satisfies Record<keyof typeof en, string>;
