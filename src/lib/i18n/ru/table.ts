/** Interface text of the table part, in Russian. */
import type { table as en } from '../en/table';

export const table = {
	'table.caption': 'Государства-члены и их действия в отношении Конвенции на {date}',
	'table.region':
		'Таблица статуса государств-членов; на узких экранах прокручивается по горизонтали',
	'table.col.state': 'Государство',
	'table.col.stage': 'Этап',
	'table.col.signature': 'Подписание',
	// A soft hyphen: on paper the column is narrow, and the word may break there.
	'table.col.domesticApproval': 'Внутри\u00ADгосударственное одобрение',
	'table.col.consent': 'Согласие на обязательность',
	'table.col.deposit': 'Сдача на хранение',
	'table.col.sources': 'Источники',
	'table.empty': 'не зафиксировано',
	'table.stage.possible': 'возможно: {stage}',
	'table.memberPossible': 'членство на эту дату зависит от неточной даты',
	'table.filter.stage': 'Этап',
	'table.filter.stage.all': 'Все этапы',
	'table.filter.name': 'Название или код государства',
	'table.shown': 'Показано государств: {shown} из {total}',
	'table.none': 'Ни одно государство не соответствует фильтру.',
	'table.download.label': 'Скачать показанные строки:',
	'table.download.csv': 'CSV',
	'table.download.json': 'JSON',
	'table.csv.code': 'Код государства',
	'table.csv.name': 'Название государства',
	'table.csv.stage': 'Этап',
	'table.csv.possibleStage': 'Возможный этап',
	'table.csv.signature': 'Подписание',
	'table.csv.domesticApproval': 'Внутригосударственное одобрение',
	'table.csv.consentType': 'Форма согласия',
	'table.csv.consentDate': 'Дата согласия',
	'table.csv.deposit': 'Сдача на хранение',
	'table.csv.sources': 'Источники'
} satisfies Record<keyof typeof en, string>;
