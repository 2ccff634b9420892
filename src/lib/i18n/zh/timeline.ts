/** Interface text of the timeline part, in Chinese. */
import type { timeline as en } from '../en/timeline';

export const timeline = {
	'timeline.chart.caption':
		'随时间计入生效条件的文书数量。实线表示确定已收到的文书；其上方的阴影带表示日期仅大致可知、可能已经计入的文书；虚线标示所需的{required}份。',
	'timeline.chart.summary':
		'计入生效条件的文书数量阶梯图，时间范围为{from}至{to}。截至{asOf}，所需{required}份中已计入{counted}份。图表之后列出了所有行动。',
	'timeline.chart.noscript': '图表需要JavaScript。绘制图表所依据的全部行动列于下方。',
	'timeline.chart.certain': '确定计入',
	'timeline.chart.possible': '可能计入',
	'timeline.chart.threshold': '生效所需（{required}）',
	'timeline.chart.asOf': '截至{date}',
	'timeline.chart.axis': '文书',
	'timeline.chart.tooltip.certain': '已计入：{n}',
	'timeline.chart.tooltip.possible': '另可能计入：{n}',
	'timeline.chart.tooltip.added': '自此计入：{states}',
	'timeline.chart.tooltip.removed': '不再计入：{states}',
	'timeline.table.caption': '在计数可能变化的每个日期计入生效所需的文书',
	'timeline.table.change': '变化',
	'timeline.list.title': '所有已记录的行动',
	'timeline.list.intro': '按日期排列。仅知月份或年份的日期置于该月或该年的第一天。',
	'timeline.list.empty': '尚未记录任何行动。',
	'timeline.event.by': '机关：{organ}',
	'timeline.event.instrument': '文书：{instrument}',
	'timeline.event.sources': '来源：',
	'timeline.event.alternative': '另一来源所载日期为{date}：',
	'timeline.event.after': '晚于{date}',
	'timeline.event.straddles': '可能晚于{date}'
} satisfies Record<keyof typeof en, string>;
