/** Text of the Atom feeds, in Chinese. */
import type { feed as en } from '../en/feed';

export const feed = {
	'feed.title': '{treaty}：批准记录',
	'feed.state.title': '{state}：{treaty}',
	'feed.author': '亚信特权与豁免公约批准情况网站',
	'feed.subtitle': '记录截至{recorded}；数据修订版{revision}（{date}），数据指纹{fingerprint}。',
	'feed.entry.action': '{state}：{action}（{date}）',
	'feed.entry.revision': '{state}：记录修订版{revision}',
	'feed.entry.file': '{file}：修订版{revision}',
	'feed.summary.action': '{action}，日期：{date}。',
	'feed.summary.actionBy': '{action}（{by}），日期：{date}。',
	'feed.summary.sources': '来源：{sources}。'
} satisfies Record<keyof typeof en, string>;
