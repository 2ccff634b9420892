/** Interface text of the map part, in Chinese. */
import type { map as en } from '../en/map';

export const map = {
	'map.label': '亚信成员国在本公约方面所处阶段地图（截至{date}）',
	'map.link': '{name}：{stage}',
	'map.stage.possible': '{stage}；可能为：{possible}（日期不精确）',
	'map.possible.member': '成员国',
	'map.legend.title': '图例',
	'map.class.counted': '已有表示同意的文书或已交存',
	'map.class.progress': '已签署或已完成国内审批',
	'map.class.none': '成员国，未记录任何步骤',
	'map.class.out': '在此日期尚非亚信成员',
	'map.legend.count': '{label}（{count}）',
	'map.legend.possible': '虚线轮廓：可能已完成下一步，但其日期仅大致可知',
	'map.legend.disputed': '争议地区，不着色',
	'map.legend.small': '圆圈：面积过小、无法按此比例显示的国家',
	'map.summary.title': '地图的文字说明',
	'map.summary.empty': '无',
	'map.tooltip.consent': '{action}：{date}',
	'map.tooltip.deposit': '交存：{date}',
	'map.tooltip.joined': '自{date}起为亚信成员',
	'map.tooltip.open': '选择即可打开该国页面',
	'map.disclaimer': '本地图所示边界和名称及所用称谓并不意味着得到正式认可或接受。',
	'map.footnote.disputed':
		'在地图数据中单独划出的争议地区（台湾、克里米亚、南千岛群岛、锡亚琴冰川、塞浦路斯北部等）不着色。数据在一国轮廓内沿实际控制线划界之处（查谟和克什米尔、阿克赛钦、阿鲁纳恰尔邦、戈兰高地、东耶路撒冷和哈拉伊卜三角区），该地区采用该轮廓的颜色；这并不意味着对其地位持任何立场。',
	'map.footnote.short':
		'在地图数据中单独划出的争议地区不着色；其他地方的界线依循实际控制线，不代表任何立场。',
	'map.source': '边界：Natural Earth，1:5000万，经简化。'
} satisfies Record<keyof typeof en, string>;
