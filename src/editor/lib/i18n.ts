/**
 * The editor's own words, in the Secretariat's working languages, English and Russian
 * (Agreement on the CICA Secretariat, Art. 1(3)). Names shared with the site (actions,
 * stages, states, dates) come from the site's catalogues, so each idea has one name.
 * The validator's problems keep the wording `npm run validate` prints, in English.
 */
import type { DataError } from '$lib/data/validate';
import { formatError } from '$lib/data/validate';
import { t, type MessageKey } from '$lib/i18n';
import { ui } from './ui.svelte';

export type UiLang = 'en' | 'ru';
export const UI_LANGS: UiLang[] = ['en', 'ru'];

const en = {
	'app.title': 'Record editor',
	'app.subtitle': 'CICA Convention on Privileges and Immunities',
	'app.folder': 'Editing the data folder {folder}.',
	'app.skip': 'Skip to the form',
	'app.loading': 'Reading the record…',
	'app.loadError': 'The record could not be read: {message}',
	'app.langSwitch': 'Language of the editor',
	'nav.label': 'What to edit',
	'nav.home': 'Start',
	'nav.treaty': 'The Convention',
	'nav.members': 'Members of CICA',
	'nav.sources': 'Sources',
	'nav.states': 'States',
	'nav.changed': 'changed',
	'problems.one': '{n} problem',
	'problems.other': '{n} problems',
	'home.heading': 'Keeping the record',
	'home.intro':
		'Every change is checked as you type and shown before it is saved. Nothing is written until you press “Save the changes”.',
	'home.step1':
		'Choose what to edit in the list: a state, the Convention, the members or the sources.',
	'home.step2':
		'Change the fields. A problem appears next to its field and in the list of problems under “Review and save”.',
	'home.step3':
		'Under “Review and save”, see what the change does: the count toward entry into force, the date of entry into force, the stage of each state and every line of every file that changes. Then save, with a line for the record’s history.',
	'home.recordAct':
		'To record a new act (a ratification, a deposit): choose the state, then “Add an action”. If the act is dated after the date the record goes to, move “Recorded to” under “The Convention”, citing the source that states the status at that date.',
	'home.newSource':
		'A document not yet in the sources? Add it under “Sources” first: it can be cited at once, before saving.',
	'home.status':
		'As recorded to {date}: {count} of {required} instruments counted toward entry into force.',
	'view.file': 'File {file}, revision {revision}.',
	'view.unreadable':
		'This file cannot be read, so it cannot be edited here: {problem}. Correct it in a text editor, then reload this page.',
	'state.note': 'Note on this state',
	'state.actions': 'Actions',
	'state.noActions': 'No action is recorded for this state.',
	'state.add': 'Add an action',
	'state.preview': 'Preview the change',
	'action.legend': 'Action {n}',
	'action.remove': 'Remove action {n}',
	'field.action': 'Action',
	'field.date': 'Date',
	'field.by': 'Organ',
	'field.by.hint':
		'The organ that acted, as the source names it (for example State Duma). Optional.',
	'field.instrument': 'Act',
	'field.instrument.hint': 'The act itself (for example Federal Law No. 368-FZ). Optional.',
	'field.sources': 'Sources',
	'field.note': 'Note',
	'field.inferred': 'No source states this date: it is inferred (say from what in the note)',
	'date.hint':
		'As precise as the source, never more: a day (2025-06-10), a month (2025-06) or a year (2025).',
	'date.range': 'Only known to lie between two dates',
	'date.date': 'Day, month or year',
	'date.from': 'From (the earliest it can be)',
	'date.to': 'To (the latest it can be)',
	'date.reads': 'The dashboard will show: {date}',
	'lang.tabs': '{field}: languages',
	'lang.original': 'original',
	'lang.empty': 'empty',
	'lang.boxLabel': '{field} in {lang}',
	'lang.en': 'English',
	'lang.ru': 'Russian',
	'lang.zh': 'Chinese',
	'lang.ar': 'Arabic',
	'source.which': 'Source {n}',
	'source.choose': '— choose a source —',
	'source.unknown': 'not in the sources',
	'source.locator': 'Where in the source',
	'source.locator.hint': 'The date of an article, a page, an article of a law. Optional.',
	'source.remove': 'Remove source {n}',
	'source.add': 'Cite a source',
	'alt.heading': 'Other dates given by sources',
	'alt.hint': 'When sources disagree, keep each date with its source and say so in the note.',
	'alt.legend': 'Other date {n}',
	'alt.date': 'Date this source gives',
	'alt.note': 'Note on this other date',
	'alt.remove': 'Remove other date {n}',
	'alt.add': 'Add a date another source gives',
	'treaty.heading': 'The Convention',
	'treaty.recordedTo': 'How far the record goes',
	'treaty.recordedTo.hint':
		'The latest date at which a source states the status. Every page says “as recorded to” this date; no act may be dated after it.',
	'treaty.recordedTo.date': 'Recorded to',
	'treaty.depositary': 'Depositary',
	'treaty.depositary.confirmed': 'A source names the depositary',
	'treaty.depositary.name': 'Depositary',
	'treaty.eif': 'Entry into force (the rule)',
	'treaty.eif.article': 'Article',
	'treaty.eif.required': 'Instruments needed',
	'treaty.eif.days': 'Days after the last instrument',
	'treaty.eif.counts': 'Acts that count',
	'treaty.eif.text': 'Text of the article',
	'treaty.eif.later': 'On states that join later',
	'treaty.titles': 'Titles',
	'treaty.title': 'Full title',
	'treaty.shortTitle': 'Short title',
	'treaty.organisation': 'Organisation',
	'treaty.unofficial': 'Titles that are this project’s translation, not an official text',
	'treaty.titleSources': 'Sources of the title in {lang}',
	'treaty.titleNote': 'Note on the titles',
	'treaty.signature': 'Signature',
	'treaty.signature.place': 'Place (in English)',
	'treaty.signature.placeNames': 'Place in other languages',
	'members.heading': 'Members of CICA',
	'members.intro':
		'When each member joined (and left). The count toward entry into force counts only members on the day.',
	'members.joined': 'Joined',
	'members.joinedDate': 'Date of joining',
	'members.hasLeft': 'This state has left CICA',
	'members.left': 'Left',
	'members.leftDate': 'Date of leaving',
	'members.summary': '{state}: joined {date}',
	'members.add': 'Add a member',
	'members.addCode': 'Code of the new member (ISO 3166-1, two capital letters, e.g. TM)',
	'members.addExists': '{code} is already listed.',
	'members.addBad': 'Expected two capital letters, such as TM.',
	'members.observers': 'Observer states',
	'members.observers.codes': 'Codes of the observer states, separated by spaces',
	'sources.heading': 'Sources',
	'sources.intro':
		'Every fact cites one of these. A title is written as published, in its own language first; other languages are this project’s translations.',
	'sources.id': 'Id (lower-case letters, digits and hyphens)',
	'sources.id.fixed': 'The id cannot change: facts cite the source by it.',
	'sources.kind': 'Kind',
	'sources.kind.primary': 'primary: issued by CICA or its Secretariat',
	'sources.kind.secondary': 'secondary: any other page or publication',
	'sources.title': 'Title',
	'sources.title.hint':
		'As published, in the source’s own language (set its language below to get a tab for it); the other languages are translations.',
	'sources.publisher': 'Publisher (and where the copy was found)',
	'sources.date': 'Date of the source',
	'sources.hasDate': 'The source is dated',
	'sources.language': 'Language it is written in (en, ru, zh, ar, kk, …)',
	'sources.url': 'Address (https://…)',
	'sources.site': 'Site, when there is no stable address',
	'sources.citedBy': 'Cited in:',
	'sources.notCited': 'Not cited anywhere.',
	'sources.remove': 'Remove this source',
	'sources.removeBlocked': 'It cannot be removed while it is cited.',
	'sources.add': 'Add a source',
	'history.heading': 'History of this file ({n} revisions)',
	'history.hint':
		'What each revision changed. A line can be corrected or translated here; its revision and date stay as they are.',
	'history.line': 'Revision {revision} ({date})',
	'review.heading': 'Review and save',
	'review.none': 'No unsaved changes.',
	'review.effect': 'What the change does (as recorded)',
	'review.fixFirst': 'Fix the problems to see what the change does.',
	'review.count': 'Count toward entry into force',
	'review.countValue': '{count} of {required}',
	'review.eif': 'Entry into force',
	'review.eif.none': 'not reached',
	'review.eif.assumed':
		'The date assumes that the depositary received each instrument without a recorded deposit on the date of its act of consent.',
	'review.recordedTo': 'Recorded to',
	'review.stage': 'Stage of {state}',
	'review.unchanged': 'unchanged',
	'review.files': 'Files that will change',
	'review.file': '{file}: revision {from} → {to}',
	'review.newFile': '{file}: a new file',
	'review.summary': 'Line for the history of {file}',
	'review.summary.hint':
		'Proposed from the change; correct it if it does not say what and on what source.',
	'review.diff': 'The lines of {file} that change',
	'review.lines': 'Lines {from}–{to}',
	'review.save': 'Save the changes',
	'review.saving': 'Saving…',
	'review.discard': 'Discard all changes',
	'review.discardConfirm': 'Discard every unsaved change? This cannot be undone.',
	'review.saved': 'Saved: {files}.',
	'review.nothing': 'Nothing to save: the record already says this.',
	'review.diskError':
		'The disk refused the save, so nothing was saved ({message}). Your changes are still here: free space or fix the permission, then save again.',
	'review.refused': 'The save was refused, so nothing was saved: {message}',
	'review.error':
		'The editor’s server did not answer, so nothing is known to be saved ({message}). Your changes are still here.',
	'errors.heading.one': '{n} problem must be fixed before saving',
	'errors.heading.other': '{n} problems must be fixed before saving',
	'errors.where.state': '{state}',
	'errors.where.file': '{file}',
	'errors.fixRecordedTo': 'Move “Recorded to” to {date}',
	'conflict.heading': 'The record changed on disk since you opened it',
	'conflict.text':
		'Nothing was saved. These files were changed meanwhile (by someone else, a git pull or a text editor):',
	'conflict.reload': 'Reload the record',
	'conflict.reloadHint':
		'Your changes to other files are kept. Your changes to these files are set aside and shown, so you can make them again on the new version.',
	'conflict.gone': 'The file was removed.',
	'dropped.heading': 'Changes set aside',
	'dropped.conflict':
		'These files changed on disk, so your changes to them were not kept. This is what you had written; make the change again if it is still needed.',
	'dropped.draft':
		'These files changed on disk since your unsaved draft was made, so the draft was not applied to them. This is what the draft held.',
	'dropped.dismiss': 'Dismiss',
	'restored.text': 'Your unsaved changes from {time} were restored.',
	'restored.discard': 'Discard them',
	'leave.confirm': 'There are unsaved changes.'
};

export type UiKey = keyof typeof en;

const ru: Record<UiKey, string> = {
	'app.title': 'Редактор записей',
	'app.subtitle': 'Конвенция СВМДА о привилегиях и иммунитетах',
	'app.folder': 'Редактируется папка данных {folder}.',
	'app.skip': 'Перейти к форме',
	'app.loading': 'Чтение записей…',
	'app.loadError': 'Не удалось прочитать записи: {message}',
	'app.langSwitch': 'Язык редактора',
	'nav.label': 'Что редактировать',
	'nav.home': 'Начало',
	'nav.treaty': 'Конвенция',
	'nav.members': 'Члены СВМДА',
	'nav.sources': 'Источники',
	'nav.states': 'Государства',
	'nav.changed': 'изменено',
	'problems.one': 'ошибок: {n}',
	'problems.other': 'ошибок: {n}',
	'home.heading': 'Ведение записей',
	'home.intro':
		'Каждое изменение проверяется по мере ввода и показывается до сохранения. Ничего не записывается, пока вы не нажмёте «Сохранить изменения».',
	'home.step1':
		'Выберите в списке, что редактировать: государство, Конвенцию, членов или источники.',
	'home.step2':
		'Измените поля. Ошибка показывается рядом с полем и в списке ошибок в разделе «Проверка и сохранение».',
	'home.step3':
		'В разделе «Проверка и сохранение» видно, что даёт изменение: число документов для вступления в силу, дату вступления в силу, стадию каждого государства и каждую изменяемую строку каждого файла. Затем сохраните изменения, указав строку для истории записей.',
	'home.recordAct':
		'Чтобы записать новый акт (ратификацию, сдачу на хранение), выберите государство, затем «Добавить действие». Если акт датирован позже даты, по которую ведутся записи, перенесите «Записи ведутся по» в разделе «Конвенция», указав источник, который сообщает о положении на эту дату.',
	'home.newSource':
		'Документа ещё нет среди источников? Сначала добавьте его в разделе «Источники»: на него можно сослаться сразу, до сохранения.',
	'home.status':
		'По состоянию записей на {date}: учтено {count} из {required} документов, необходимых для вступления в силу.',
	'view.file': 'Файл {file}, редакция {revision}.',
	'view.unreadable':
		'Этот файл невозможно прочитать, поэтому здесь его нельзя редактировать: {problem}. Исправьте его в текстовом редакторе и перезагрузите страницу.',
	'state.note': 'Примечание о государстве',
	'state.actions': 'Действия',
	'state.noActions': 'Для этого государства действия не записаны.',
	'state.add': 'Добавить действие',
	'state.preview': 'Просмотреть изменение',
	'action.legend': 'Действие {n}',
	'action.remove': 'Удалить действие {n}',
	'field.action': 'Действие',
	'field.date': 'Дата',
	'field.by': 'Орган',
	'field.by.hint':
		'Орган, совершивший действие, как его называет источник (например, Государственная Дума). Необязательно.',
	'field.instrument': 'Акт',
	'field.instrument.hint': 'Сам акт (например, Федеральный закон № 368-ФЗ). Необязательно.',
	'field.sources': 'Источники',
	'field.note': 'Примечание',
	'field.inferred':
		'Ни один источник не называет эту дату: она выведена косвенно (укажите в примечании, из чего)',
	'date.hint':
		'С той точностью, которую даёт источник, не более: день (2025-06-10), месяц (2025-06) или год (2025).',
	'date.range': 'Известны только границы: между двумя датами',
	'date.date': 'День, месяц или год',
	'date.from': 'С (не ранее)',
	'date.to': 'По (не позднее)',
	'date.reads': 'На сайте будет показано: {date}',
	'lang.tabs': '{field}: языки',
	'lang.original': 'оригинал',
	'lang.empty': 'пусто',
	'lang.boxLabel': '{field} — {lang}',
	'lang.en': 'Английский',
	'lang.ru': 'Русский',
	'lang.zh': 'Китайский',
	'lang.ar': 'Арабский',
	'source.which': 'Источник {n}',
	'source.choose': '— выберите источник —',
	'source.unknown': 'нет среди источников',
	'source.locator': 'Место в источнике',
	'source.locator.hint': 'Дата статьи, страница, статья закона. Необязательно.',
	'source.remove': 'Удалить источник {n}',
	'source.add': 'Сослаться на источник',
	'alt.heading': 'Другие даты по другим источникам',
	'alt.hint':
		'Если источники расходятся, сохраните каждую дату с её источником и укажите это в примечании.',
	'alt.legend': 'Другая дата {n}',
	'alt.date': 'Дата по этому источнику',
	'alt.note': 'Примечание об этой дате',
	'alt.remove': 'Удалить другую дату {n}',
	'alt.add': 'Добавить дату по другому источнику',
	'treaty.heading': 'Конвенция',
	'treaty.recordedTo': 'По какую дату ведутся записи',
	'treaty.recordedTo.hint':
		'Последняя дата, на которую источник сообщает о положении. Все страницы указывают «по состоянию записей на» эту дату; ни один акт не может быть датирован позже.',
	'treaty.recordedTo.date': 'Записи ведутся по',
	'treaty.depositary': 'Депозитарий',
	'treaty.depositary.confirmed': 'Источник называет депозитария',
	'treaty.depositary.name': 'Депозитарий',
	'treaty.eif': 'Вступление в силу (правило)',
	'treaty.eif.article': 'Статья',
	'treaty.eif.required': 'Необходимо документов',
	'treaty.eif.days': 'Дней после последнего документа',
	'treaty.eif.counts': 'Учитываемые акты',
	'treaty.eif.text': 'Текст статьи',
	'treaty.eif.later': 'О государствах, присоединяющихся позже',
	'treaty.titles': 'Названия',
	'treaty.title': 'Полное название',
	'treaty.shortTitle': 'Краткое название',
	'treaty.organisation': 'Организация',
	'treaty.unofficial': 'Названия, являющиеся переводом этого проекта, а не официальным текстом',
	'treaty.titleSources': 'Источники названия на языке: {lang}',
	'treaty.titleNote': 'Примечание о названиях',
	'treaty.signature': 'Подписание',
	'treaty.signature.place': 'Место (по-английски)',
	'treaty.signature.placeNames': 'Место на других языках',
	'members.heading': 'Члены СВМДА',
	'members.intro':
		'Когда каждое государство вступило в СВМДА (и вышло из него). Для вступления Конвенции в силу учитываются только члены на соответствующий день.',
	'members.joined': 'Вступление',
	'members.joinedDate': 'Дата вступления',
	'members.hasLeft': 'Это государство вышло из СВМДА',
	'members.left': 'Выход',
	'members.leftDate': 'Дата выхода',
	'members.summary': '{state}: вступило {date}',
	'members.add': 'Добавить члена',
	'members.addCode': 'Код нового члена (ISO 3166-1, две заглавные буквы, например TM)',
	'members.addExists': '{code} уже есть в списке.',
	'members.addBad': 'Ожидаются две заглавные латинские буквы, например TM.',
	'members.observers': 'Государства-наблюдатели',
	'members.observers.codes': 'Коды государств-наблюдателей через пробел',
	'sources.heading': 'Источники',
	'sources.intro':
		'Каждый факт ссылается на один из них. Название записывается так, как оно опубликовано, сначала на языке оригинала; остальные языки — переводы этого проекта.',
	'sources.id': 'Идентификатор (строчные латинские буквы, цифры и дефисы)',
	'sources.id.fixed': 'Идентификатор изменить нельзя: факты ссылаются на источник по нему.',
	'sources.kind': 'Вид',
	'sources.kind.primary': 'первичный: издан СВМДА или его Секретариатом',
	'sources.kind.secondary': 'вторичный: любая другая страница или публикация',
	'sources.title': 'Название',
	'sources.title.hint':
		'Как опубликовано, на языке источника (укажите язык ниже, чтобы появилась вкладка для него); остальные языки — переводы.',
	'sources.publisher': 'Издатель (и где найдена копия)',
	'sources.date': 'Дата источника',
	'sources.hasDate': 'У источника есть дата',
	'sources.language': 'Язык источника (en, ru, zh, ar, kk, …)',
	'sources.url': 'Адрес (https://…)',
	'sources.site': 'Сайт, если постоянного адреса нет',
	'sources.citedBy': 'Ссылки на источник:',
	'sources.notCited': 'Нигде не используется.',
	'sources.remove': 'Удалить этот источник',
	'sources.removeBlocked': 'Его нельзя удалить, пока на него есть ссылки.',
	'sources.add': 'Добавить источник',
	'history.heading': 'История файла (редакций: {n})',
	'history.hint':
		'Что изменила каждая редакция. Строку можно исправить или перевести здесь; номер редакции и дата остаются прежними.',
	'history.line': 'Редакция {revision} ({date})',
	'review.heading': 'Проверка и сохранение',
	'review.none': 'Несохранённых изменений нет.',
	'review.effect': 'Что даёт изменение (по состоянию записей)',
	'review.fixFirst': 'Исправьте ошибки, чтобы увидеть, что даёт изменение.',
	'review.count': 'Документы для вступления в силу',
	'review.countValue': '{count} из {required}',
	'review.eif': 'Вступление в силу',
	'review.eif.none': 'не наступает',
	'review.eif.assumed':
		'Дата исходит из того, что депозитарий получил каждый документ, сдача которого не записана, в день соответствующего акта о согласии.',
	'review.recordedTo': 'Записи ведутся по',
	'review.stage': 'Стадия: {state}',
	'review.unchanged': 'без изменений',
	'review.files': 'Изменяемые файлы',
	'review.file': '{file}: редакция {from} → {to}',
	'review.newFile': '{file}: новый файл',
	'review.summary': 'Строка истории файла {file}',
	'review.summary.hint':
		'Предложена по изменению; исправьте её, если она не говорит, что изменено и по какому источнику.',
	'review.diff': 'Изменяемые строки файла {file}',
	'review.lines': 'Строки {from}–{to}',
	'review.save': 'Сохранить изменения',
	'review.saving': 'Сохранение…',
	'review.discard': 'Отменить все изменения',
	'review.discardConfirm': 'Отменить все несохранённые изменения? Это действие нельзя отменить.',
	'review.saved': 'Сохранено: {files}.',
	'review.nothing': 'Сохранять нечего: в записях уже так.',
	'review.diskError':
		'Диск отказал в записи, поэтому ничего не сохранено ({message}). Изменения остались в форме: освободите место или исправьте права доступа и сохраните снова.',
	'review.refused': 'Сохранение отклонено, ничего не сохранено: {message}',
	'review.error':
		'Сервер редактора не ответил, поэтому неизвестно, сохранено ли что-либо ({message}). Изменения остались в форме.',
	'errors.heading.one': 'Перед сохранением нужно исправить ошибку: {n}',
	'errors.heading.other': 'Перед сохранением нужно исправить ошибки: {n}',
	'errors.where.state': '{state}',
	'errors.where.file': '{file}',
	'errors.fixRecordedTo': 'Перенести «Записи ведутся по» на {date}',
	'conflict.heading': 'Записи на диске изменились, пока вы их редактировали',
	'conflict.text':
		'Ничего не сохранено. Эти файлы были изменены за это время (другим человеком, командой git pull или в текстовом редакторе):',
	'conflict.reload': 'Перечитать записи',
	'conflict.reloadHint':
		'Ваши изменения в других файлах сохранятся в форме. Изменения в этих файлах будут отложены и показаны, чтобы вы могли внести их заново в новую версию.',
	'conflict.gone': 'Файл удалён.',
	'dropped.heading': 'Отложенные изменения',
	'dropped.conflict':
		'Эти файлы изменились на диске, поэтому ваши изменения в них не сохранены в форме. Вот что вы написали; внесите изменение заново, если оно ещё нужно.',
	'dropped.draft':
		'Эти файлы изменились на диске после того, как был сохранён черновик, поэтому черновик к ним не применён. Вот что было в черновике.',
	'dropped.dismiss': 'Скрыть',
	'restored.text': 'Восстановлены ваши несохранённые изменения от {time}.',
	'restored.discard': 'Отменить их',
	'leave.confirm': 'Есть несохранённые изменения.'
};

const CATALOGUES: Record<UiLang, Record<UiKey, string>> = { en, ru };

/** Interface text in the editor's language, with {name} filled from `vars`. */
export function tr(key: UiKey, vars: Record<string, string | number> = {}): string {
	const template = CATALOGUES[ui.lang][key] ?? en[key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

/** "1 problem", "3 problems"; in Russian the count comes last, which fits every number. */
export function problems(n: number): string {
	return tr(n === 1 ? 'problems.one' : 'problems.other', { n });
}

/** A language's name in the editor's language: the site's four by the catalogue, others by Intl. */
export function langName(lang: string): string {
	if (['en', 'ru', 'zh', 'ar'].includes(lang)) return tr(`lang.${lang}` as UiKey);
	try {
		const name = new Intl.DisplayNames([ui.lang], { type: 'language' }).of(lang) ?? lang;
		return name.charAt(0).toLocaleUpperCase(ui.lang) + name.slice(1);
	} catch {
		return lang;
	}
}

/** An action's name as the site names it, in the editor's language. */
export function actionName(type: string): string {
	return t(ui.lang, `action.${type}` as MessageKey);
}

/**
 * A problem as `npm run validate` words it, without the file and the path that the
 * place it is shown already gives: "date is in the future (expected …, got …)".
 */
export function problemText(e: DataError): string {
	return formatError(e).slice(`${e.file}: ${e.path || '(root)'}: `.length);
}
