/** Interface text of the timeline part, in Arabic. */
import type { timeline as en } from '../en/timeline';

export const timeline = {
	'timeline.chart.caption':
		'الصكوك المحتسبة لبدء النفاذ عبر الزمن. يبيّن الخط المتصل الصكوك التي وردت يقينًا؛ والشريط المظلل فوقه الصكوك التي لا تُعرف تواريخها إلا على وجه التقريب وقد تكون محتسبة بالفعل؛ ويشير الخط المتقطع إلى العدد اللازم ({required}).',
	'timeline.chart.summary':
		'رسم بياني درجي للصكوك المحتسبة لبدء النفاذ، من {from} إلى {to}. في {asOf}، احتُسب {counted} من أصل {required} من الصكوك اللازمة. وترد جميع الإجراءات بعد الرسم البياني.',
	'timeline.chart.noscript':
		'يتطلب الرسم البياني تفعيل JavaScript. وترد أدناه جميع الإجراءات التي يستند إليها.',
	'timeline.chart.certain': 'محتسبة يقينًا',
	'timeline.chart.possible': 'ربما محتسبة',
	'timeline.chart.threshold': 'العدد اللازم لبدء النفاذ ({required})',
	'timeline.chart.asOf': 'في {date}',
	'timeline.chart.axis': 'الصكوك',
	'timeline.chart.tooltip.certain': 'المحتسبة: {n}',
	'timeline.chart.tooltip.possible': 'وربما أيضًا: {n}',
	'timeline.chart.tooltip.added': 'تُحتسب اعتبارًا من هنا: {states}',
	'timeline.chart.tooltip.removed': 'لم تعد تُحتسب: {states}',
	'timeline.table.caption': 'الصكوك المحتسبة لبدء النفاذ في كل تاريخ قد يتغير فيه عددها',
	'timeline.table.change': 'التغيير',
	'timeline.list.title': 'جميع الإجراءات المسجلة',
	'timeline.list.intro':
		'مرتبة بحسب التاريخ. ويوضع التاريخ المعروف بالشهر أو السنة فقط في اليوم الأول منهما.',
	'timeline.list.empty': 'لم يُسجَّل أي إجراء بعد.',
	'timeline.event.by': 'الجهة: {organ}',
	'timeline.event.instrument': 'الصك: {instrument}',
	'timeline.event.sources': 'المصادر:',
	'timeline.event.alternative': 'يذكر مصدر آخر تاريخ {date}:',
	'timeline.event.after': 'بعد {date}',
	'timeline.event.straddles': 'ربما بعد {date}'
} satisfies Record<keyof typeof en, string>;
