/** Text of the Atom feeds, in Russian (/api/v1/feed.ru.xml and each state's feed.ru.xml). */
import type { feed as en } from '../en/feed';

export const feed = {
	'feed.title': '{treaty}: сведения о ратификации',
	'feed.state.title': '{state}: {treaty}',
	'feed.author': 'Статус ратификации Конвенции СВМДА о привилегиях и иммунитетах',
	'feed.subtitle':
		'По данным на {recorded}; редакция данных {revision} ({date}), отпечаток данных {fingerprint}.',
	'feed.entry.action': '{state}: {action} ({date})',
	'feed.entry.revision': '{state}: редакция записи {revision}',
	'feed.entry.file': '{file}: редакция {revision}',
	'feed.summary.action': '{action}; дата: {date}',
	'feed.summary.actionBy': '{action}; орган: {by}; дата: {date}',
	'feed.summary.sources': 'Источники: {sources}.'
} satisfies Record<keyof typeof en, string>;
