/** Interface text of the state pages, in Arabic. */
import type { state as en } from '../en/state';

export const state = {
	'state.title': '{state}: الحالة إزاء الاتفاقية',
	'state.back': 'جميع الدول الأعضاء',
	'state.summary': 'وفق ما سُجِّل حتى {date}: {stage}.',
	'state.counts.certain': 'يُحتسب صكها ضمن الصكوك الـ{required} اللازمة لبدء النفاذ.',
	'state.counts.possible':
		'قد يُحتسب صكها ضمن الصكوك الـ{required}: فتاريخه غير معروف إلا على وجه التقريب.',
	'state.counts.no': 'ليس لها صك محتسب ضمن الصكوك الـ{required} اللازمة لبدء النفاذ.',
	'state.countedFrom.consent':
		'يُحتسب صكها من تاريخ إعرابها عن الرضا بالالتزام، على نحو ما تحتسبه المصادر.',
	'state.received.deposit': 'تسلّم الوديع صكها في {date}: ومن هذا التاريخ يُحسب بدء النفاذ.',
	'state.received.consent-assumed':
		'لا تذكر المصادر تاريخ تسلّم الوديع صكها: ويُحسب بدء النفاذ على افتراض أن الوديع تسلّم الصك في تاريخ فعل الرضا بالالتزام.',
	'state.membership': 'عضو في سيكا منذ {date}',
	'state.membership.inferred': 'مستنتَج: لا يذكر أي مصدر هذا التاريخ',
	'state.membership.alternative': 'يذكر مصدر آخر تاريخ {date}.',
	'state.pipeline': 'الخطوات',
	'step.signature': 'التوقيع',
	'step.domestic-approval': 'الإقرار الداخلي',
	'step.consent': 'الرضا بالالتزام',
	'step.deposit': 'إيداع الصك',
	'step.in-force': 'بدء النفاذ بالنسبة إلى الدولة',
	'step.reached.yes': 'تم',
	'step.reached.possibly': 'ربما تم بحلول هذا التاريخ',
	'step.reached.no': 'لم يُسجَّل',
	'step.by': 'الجهة: {by}',
	'step.instrument': 'الصك القانوني: {instrument}',
	'step.inForce.date': 'بدأ نفاذ الاتفاقية: {date}.',
	'step.inForce.possibly': 'ربما بدأ نفاذ الاتفاقية: {date}.',
	'step.inForce.pending':
		'لم يبدأ نفاذ الاتفاقية بعد: يبدأ نفاذها في اليوم الثلاثين من تسلّم الصك الرابع عشر.',
	'step.inForce.unconfirmed':
		'ورد هذا الصك بعد بدء النفاذ؛ ولم تتأكد في النص الذي عُثر عليه القاعدة المنطبقة على هذه الدول (الفقرة 2 من المادة 9).',
	'step.inForce.none': 'لم يُسجَّل أي صك.',
	'sources.heading': 'المصادر',
	'source.locator': 'الموضع: {locator}',
	'source.link': 'رابط',
	'source.primary': 'مصدر أولي',
	'conflict.heading': 'المصادر متباينة',
	'conflict.other': 'يذكر مصدر آخر تاريخ {date}:',
	'note.label': 'ملاحظة',
	'next.heading': 'الخطوة التالية',
	'next.sign-or-accede':
		'لم يُسجَّل أي إجراء. تفتح المادة 9 باب التوقيع على الاتفاقية أمام الدول الأعضاء في سيكا وباب الانضمام إليها؛ ويُحتسب ضمن الصكوك الـ14 كل صك تصديق أو قبول أو موافقة أو انضمام.',
	'next.consent':
		'وُقِّعت الاتفاقية أو أُقرّت داخليًا؛ والخطوة التالية هي التصديق أو القبول أو الموافقة.',
	'next.deposit':
		'لا تذكر المصادر إيداع الصك. وإذا لم يكن قد أُودع، فالخطوة التالية هي إيداعه. ولم يتأكد من هو الوديع؛ وقد سُلِّمت الصكوك إلى الأمين العام لسيكا.',
	'next.await-entry': 'أُودع الصك. ويبدأ نفاذ الاتفاقية في اليوم الثلاثين من تسلّم الصك الرابع عشر.',
	'next.none': 'لا يلزم أي إجراء آخر لكي تكون الاتفاقية نافذة بالنسبة إلى هذه الدولة.',
	'whatif.heading': 'أثر صكها',
	'whatif.fourteenth':
		'سيكون صكها الرابع عشر: إذا أُودع في {deposit}، فتاريخ بدء نفاذ الاتفاقية هو {date}.',
	'whatif.notYet':
		'سيرفع صكها العدد إلى {count} من أصل {required}؛ وعدد الصكوك الأخرى اللازمة لبدء النفاذ: {remaining}.',
	'whatif.date': 'تاريخ الإيداع',
	'whatif.basis':
		'محسوب بموجب الفقرة 2 من المادة 9 استنادًا إلى الصكوك المسجلة حتى {date}؛ ولا تُعرف الإجراءات اللاحقة لهذا التاريخ.',
	'history.heading': 'تاريخ تنقيحات هذا السجل',
	'history.revision': 'التنقيح',
	'history.date': 'التاريخ',
	'history.summary': 'التغيير',
	'cite.heading': 'الإحالة إلى هذا السجل',
	'cite.text':
		'{treaty}: {state}، الحالة في {date} (وفق ما سُجِّل)، تنقيح البيانات {revision}، بصمة البيانات {fingerprint}. {url}',
	'state.noActions': 'لم يُسجَّل أي إجراء.',
	'state.data': 'هذا السجل في صيغة بيانات: {json}',
	'correction.heading': 'هل من خطأ أو نقص؟',
	'correction.text':
		'إذا كانت هذه الصفحة تخالف سجلاتكم، فأبلغوا القائمين على السجل: الرسالة معبأة مسبقًا باسم الدولة وإصدار السجل وعنوان هذه الصفحة؛ أضيفوا ما يبدو خطأً والوثيقة التي تثبت خلافه.',
	'correction.link': 'الإبلاغ عن تصحيح بشأن {state}',
	'correction.subject': 'تصحيح السجل: {state} ({code})',
	'correction.body':
		'الدولة: {state} ({code})\nما يبدو خطأً والوثيقة التي تثبت خلافه:\n\n\nإصدار السجل: {revision}\nالصفحة: {url}'
} satisfies Record<keyof typeof en, string>;
