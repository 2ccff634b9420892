/** Interface text of the map part, in Arabic. */
import type { map as en } from '../en/map';

export const map = {
	'map.label': 'خريطة الدول الأعضاء في سيكا بحسب المرحلة التي بلغتها إزاء الاتفاقية، في {date}',
	'map.link': '{name}: {stage}',
	'map.stage.possible': '{stage}؛ وربما: {possible} (التاريخ غير دقيق)',
	'map.possible.member': 'عضو',
	'map.legend.title': 'مفتاح الخريطة',
	'map.class.counted': 'أُعرب عن الرضا بالالتزام أو أُودع الصك',
	'map.class.progress': 'التوقيع أو الإقرار الداخلي',
	'map.class.none': 'دولة عضو، لم تُسجَّل أي خطوة',
	'map.class.out': 'ليست عضوًا في سيكا في هذا التاريخ',
	'map.legend.count': '{label} ({count})',
	'map.legend.possible': 'حدود متقطعة: خطوة أخرى ممكنة، وتاريخها غير معروف إلا على وجه التقريب',
	'map.legend.disputed': 'منطقة متنازع عليها، غير ملونة',
	'map.legend.small': 'دائرة: دولة أصغر من أن تظهر بهذا المقياس',
	'map.summary.title': 'الخريطة في صيغة نصية',
	'map.summary.empty': 'لا يوجد',
	'map.tooltip.consent': '{action}: {date}',
	'map.tooltip.deposit': 'الإيداع: {date}',
	'map.tooltip.joined': 'عضو في سيكا منذ {date}',
	'map.tooltip.open': 'يؤدي الاختيار إلى فتح صفحة الدولة',
	'map.disclaimer':
		'لا تعني الحدود والأسماء المبينة والتسميات المستخدمة في هذه الخريطة إقرارها أو قبولها رسميًا.',
	'map.footnote.disputed':
		'لا تُلوَّن المناطق المتنازع عليها المنفصلة في بيانات الخريطة (تايوان، والقرم، وجزر الكوريل الجنوبية، ونهر سياتشن الجليدي، وشمال قبرص، وغيرها). وحيثما تتبع البيانات خطوط السيطرة الفعلية داخل شكل دولة ما (في جامو وكشمير، وأكساي تشين، وأروناتشال براديش، ومرتفعات الجولان، والقدس الشرقية، ومثلث حلايب)، تأخذ المنطقة لون ذلك الشكل؛ ولا يعني ذلك اتخاذ أي موقف بشأن وضعها.',
	'map.footnote.short':
		'لا تُلوَّن المناطق المتنازع عليها المنفصلة في بيانات الخريطة؛ وفي غيرها تتبع الخطوط السيطرة الفعلية ولا تعني اتخاذ أي موقف.',
	'map.source': 'الحدود: Natural Earth، بمقياس 1:50 مليون، مبسّطة.'
} satisfies Record<keyof typeof en, string>;
