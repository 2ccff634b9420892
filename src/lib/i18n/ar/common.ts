/**
 * Interface text shared by every page, in Arabic, in the terms of the United Nations'
 * Arabic texts and of the Vienna Convention's (التوقيع، التصديق، القبول، الموافقة،
 * الانضمام، الإيداع، الوديع، بدء النفاذ). Digits are Western (see format.ts).
 */
import type { common as en } from '../en/common';

export const common = {
	'site.title': 'اتفاقية سيكا بشأن الامتيازات والحصانات: حالة التصديق',
	'site.name': 'حالة التصديق',
	'site.org': 'سيكا',
	'site.skip': 'الانتقال إلى المحتوى',
	'nav.home': 'الحالة',
	'nav.main': 'القائمة الرئيسية',
	'nav.language': 'اللغة',
	'recorded.to': 'وفق ما سُجِّل حتى {date}',
	'recorded.sources': 'آخر تصريح عن الحالة يبلغه هذا السجل:',
	'recorded.revision': 'تنقيح البيانات {revision} بتاريخ {date}',
	'recorded.fingerprint': 'بصمة البيانات {fingerprint}',
	'recorded.beyond':
		'لا تتضمن المصادر أي معلومات بعد {date}: قد لا تكون الإجراءات المتخذة منذ ذلك الحين مدرجة.',
	'date.range': 'بين {from} و{to}',
	'date.unknown': 'التاريخ غير معروف',
	'date.year': '{year}',
	'title.unofficial': 'ترجمة غير رسمية',
	'title.unofficial.note': 'عنوان الاتفاقية بهذه اللغة ترجمة غير رسمية أعدّها هذا الموقع.',
	'stage.none': 'لم يُسجَّل أي إجراء',
	'stage.signed': 'التوقيع',
	'stage.approved-domestically': 'الإقرار الداخلي',
	'stage.consent-given': 'الإعراب عن الرضا بالالتزام',
	'stage.deposited': 'إيداع الصك',
	'stage.withdrawn': 'الانسحاب من الاتفاقية',
	'stage.non-member': 'ليست عضوًا في سيكا',
	'action.signature-authorisation': 'الإذن بالتوقيع',
	'action.signature': 'التوقيع',
	'action.domestic-approval': 'الإقرار الداخلي',
	'action.ratification': 'التصديق',
	'action.acceptance': 'القبول',
	'action.approval': 'الموافقة',
	'action.accession': 'الانضمام',
	'action.deposit': 'الإيداع',
	'action.withdrawal': 'الانسحاب',
	'count.headline': '{certain} من أصل {required} من الصكوك اللازمة لبدء النفاذ',
	'count.headline.range': '{certain}–{upper} من أصل {required} من الصكوك اللازمة لبدء النفاذ',
	'count.remaining.one': 'يلزم صك واحد آخر',
	'count.remaining.other': 'عدد الصكوك المتبقية: {remaining}',
	'count.inForce': 'بدأ نفاذ الاتفاقية: {date}',
	'count.inForcePossible': 'ربما بدأ نفاذ الاتفاقية: {date}',
	'count.scheduled': 'يبدأ نفاذ الاتفاقية: {date}',
	'count.possible.note':
		'قد يُحتسب عدد آخر من الصكوك ({possible}): فتواريخها غير معروفة إلا على وجه التقريب وتشمل هذا التاريخ.',
	'count.progress.label': 'الصكوك المحتسبة لبدء النفاذ',
	'rule.sentence':
		'بموجب الفقرة 2 من المادة 9، يبدأ نفاذ الاتفاقية في اليوم الثلاثين من تاريخ تسلّم الوديع الصك الرابع عشر من صكوك التصديق أو القبول أو الموافقة أو الانضمام.',
	'rule.countedFrom':
		'تُحتسب كل دولة من تاريخ فعل التصديق أو القبول أو الموافقة أو الانضمام، على نحو ما تحتسبه المصادر.',
	'deposits.some':
		'من المعلوم أن الوديع تسلّم {count} من هذه الصكوك ({list}). ويُحسب بدء النفاذ من تاريخ تسلّم الوديع كل صك، ولا تذكر المصادر هذا التاريخ لأي دولة أخرى.',
	'deposits.none':
		'لا يُعرف حتى هذا التاريخ أي صك مودَع. ويُحسب بدء النفاذ من تاريخ تسلّم الوديع كل صك، ولا تذكر المصادر هذا التاريخ.',
	'deposits.item': '{state}، {date}',
	'count.assumed':
		'يفترض هذا التاريخ أن الوديع تسلّم كل صك لا تذكر المصادر تاريخ تسلّمه في تاريخ فعل الرضا بالالتزام.',
	'link.working': 'طريقة الاحتساب',
	'link.changes': 'ما الذي تغيّر بين تاريخين',
	'footer.sources': 'كل تاريخ مقرون بمصدره. المصدر الرئيسي: نشرة أمانة سيكا «{digest}».',
	'footer.digest': 'Voice of Asia',
	'footer.translations':
		'النصوص المأخوذة من السجل والموسومة بعبارة «(ترجمة)» ترجمات أعدّها هذا المشروع؛ وتُذكر عناوين المصادر كما نُشرت، تليها ترجمتها بين معقوفتين.',
	'translation.mark': '(ترجمة)',
	'translation.from': '(ترجمة هذا المشروع؛ لغة الأصل: {lang})',
	'translation.by': '(ترجمة هذا المشروع)',
	'translation.brackets': '[{text}]',
	'list.comma': '،',
	'list.semicolon': '؛',
	'footer.disclaimer': 'هذه اللوحة أداة تتبع مستقلة مبنية على مصادر عامة، وليست سجلًا رسميًا للوديع.',
	'footer.printed': 'طُبع من {url}',
	'print.asOf': 'الحالة في {date}',
	'home.title': 'حالة التصديق على {title}',
	'home.intro':
		'حالة الاتفاقية الموقعة في {place} في {date}، استنادًا إلى الإجراءات المسجلة في المصادر العامة.',
	'home.map': 'خريطة الدول الأعضاء',
	'home.timeline': 'الصكوك عبر الزمن',
	'home.table': 'جميع الدول الأعضاء',
	'asof.heading': 'الحالة في تاريخ',
	'asof.showing': 'تُعرض الحالة في {date}.',
	'asof.showingRecorded': 'تُعرض الحالة وفق ما سُجِّل حتى {date}، وهو آخر تاريخ تذكره المصادر.',
	'asof.date': 'التاريخ',
	'asof.slider': 'التنقل عبر الزمن',
	'asof.play': 'تشغيل التسلسل الزمني',
	'asof.pause': 'إيقاف مؤقت',
	'asof.reset': 'آخر ما سُجِّل',
	'asof.permalink': 'رابط هذا العرض',
	'asof.invalid':
		'«{value}» ليس تاريخًا صالحًا لهذا العرض (الصيغة المتوقعة YYYY-MM-DD، حتى {max}). وتُعرض بدلًا من ذلك الحالة وفق ما سُجِّل حتى {date}.',
	'asof.noscript':
		'يتطلب عرض الحالة في تاريخ آخر تفعيل JavaScript. وترد جميع التواريخ في قائمة الإجراءات أدناه.',
	'asof.failed':
		'تعذّر تحميل السجل، ولذلك لا يمكن الآن حساب الوضع في تاريخ آخر. ما تعرضه الصفحة يبقى كما هو مسجَّل. تحقَّق من الاتصال وحاول مرة أخرى.',
	'untranslated.note': 'لغة الأصل: {lang}',
	'lang.en': 'الإنكليزية',
	'lang.ru': 'الروسية',
	'lang.zh': 'الصينية',
	'lang.ar': 'العربية',
	'notfound.title': 'الصفحة غير موجودة',
	'notfound.text':
		'لا توجد صفحة على هذا العنوان. لكل دولة عضو صفحة تحت /ar/states/ باسم رمزها المكوّن من حرفين (مثلاً /ar/states/kz).',
	'notfound.home': 'الانتقال إلى حالة التصديق'
} satisfies Record<keyof typeof en, string>;
