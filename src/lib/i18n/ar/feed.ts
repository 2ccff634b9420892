/** Text of the Atom feeds, in Arabic. */
import type { feed as en } from '../en/feed';

export const feed = {
	'feed.title': '{treaty}: سجل التصديق',
	'feed.state.title': '{state}: {treaty}',
	'feed.author': 'لوحة حالة التصديق على اتفاقية سيكا بشأن الامتيازات والحصانات',
	'feed.subtitle':
		'وفق ما سُجِّل حتى {recorded}؛ تنقيح البيانات {revision} بتاريخ {date}، بصمة البيانات {fingerprint}.',
	'feed.entry.action': '{state}: {action} ({date})',
	'feed.entry.revision': '{state}: تنقيح السجل {revision}',
	'feed.entry.file': '{file}: التنقيح {revision}',
	'feed.summary.action': '{action}، بتاريخ {date}.',
	'feed.summary.actionBy': '{action} من جانب {by}، بتاريخ {date}.',
	'feed.summary.sources': 'المصادر: {sources}.'
} satisfies Record<keyof typeof en, string>;
