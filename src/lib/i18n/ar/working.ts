/** نصوص صفحتي «طريقة الاحتساب» و«ما الذي تغيّر بين تاريخين» باللغة العربية. */
import type { WorkingMessages } from '../working';

export const working: WorkingMessages = {
	'working.title': 'طريقة الاحتساب',
	'working.meta':
		'كيف يُحتسب عدد الصكوك اللازمة لبدء نفاذ اتفاقية سيكا بشأن الامتيازات والحصانات وفق ما سُجِّل حتى {date}: احتُسب {count} من أصل {required}، ولكل صك مصدره؛ وكل دولة عضو غير محتسبة وسبب ذلك؛ وحساب الفقرة 2 من المادة 9.',
	'working.intro':
		'كل صك يُحتسب لبدء النفاذ في اليوم المعروض، والتاريخ الذي يُحتسب منه ومصدره؛ وكل دولة عضو لا تُحتسب، وسبب ذلك؛ وحساب تاريخ بدء النفاذ.',
	'working.asof': 'الحالة في {date}.',
	'working.asof.recorded': 'الحالة وفق ما سُجِّل حتى {date}، وهو آخر تاريخ تذكر المصادر الحالة فيه.',
	'working.asof.label': 'الحالة في تاريخ',
	'working.asof.reset': 'آخر ما سُجِّل',
	'working.asof.noscript':
		'يتطلب عرض يوم آخر تفعيل JavaScript: تعرض هذه الصفحة الحالة وفق ما سُجِّل حتى {date}. ويعرض العنوان ‎?asOf=YYYY-MM-DD يومًا آخر عند تفعيل JavaScript.',
	'working.asof.invalid':
		'«{value}» ليس تاريخًا صالحًا لهذه الصفحة (الصيغة المتوقعة YYYY-MM-DD، حتى {max}). وتُعرض بدلًا من ذلك الحالة وفق ما سُجِّل حتى {date}.',

	'working.article': 'الفقرة {paragraph} من المادة {article}',
	'working.rule.heading': 'القاعدة',
	'working.rule.source': '{article}، النص الروسي:',
	'working.rule.translation': 'الترجمة (من إعداد هذا المشروع، وليست نصًا رسميًا):',
	'working.rule.text':
		'[يبدأ نفاذ الاتفاقية] في اليوم الثلاثين من تاريخ تسلّم الوديع الصك الرابع عشر من صكوك التصديق أو القبول أو الموافقة أو الانضمام.',
	'working.rule.applied':
		'كيف يطبّق هذا الموقع القاعدة: تُحتسب كل دولة من تاريخ فعل التصديق أو القبول أو الموافقة أو الانضمام، على نحو ما تحتسبه المصادر. ويُحسب تاريخ بدء النفاذ من تسلّم الوديع كل صك: من الإيداع المسجَّل حيث تذكر المصادر تاريخه؛ وإلا فمن تاريخ فعل الرضا بالالتزام، وهو عندئذ افتراض يُنبَّه إليه.',

	'working.count.heading': 'الاحتساب',
	'working.count.reached': 'احتُسبت الصكوك اللازمة وعددها {required}.',

	'working.counted.heading': 'الصكوك المحتسبة ({count})',
	'working.counted.none': 'لا يُحتسب أي صك في هذا اليوم.',
	'working.possible.heading': 'الصكوك التي قد تُحتسب ({count})',
	'working.possible.intro':
		'لا تُعرف تواريخها إلا على وجه التقريب: فقد تُحتسب في هذا اليوم وقد لا تُحتسب. وهي تشكّل الحد الأعلى للعدد.',
	'working.col.state': 'الدولة',
	'working.col.instrument': 'الصك',
	'working.col.countsFrom': 'يُحتسب من',
	'working.col.received': 'تسلّم الوديع',
	'working.col.sources': 'المصادر',
	'working.col.why': 'السبب',
	'working.col.stage': 'المرحلة في هذا اليوم',
	'working.col.act': 'الفعل',
	'working.received.deposit': '{date}: الإيداع المسجَّل',
	'working.received.depositLater': '{date}: الإيداع المسجَّل، بعد هذا اليوم',
	'working.received.assumed':
		'مفترض: {date}، تاريخ فعل الرضا بالالتزام (لا تذكر المصادر تاريخ التسلّم)',
	'working.doubt.date': 'تاريخه ({date}) يشمل هذا اليوم.',
	'working.doubt.membership': 'لا تُعرف عضوية الدولة في سيكا في هذا اليوم إلا على وجه التقريب.',
	'working.doubt.withdrawal': 'ربما سبق هذا اليومَ انسحابٌ مؤرخ {date}.',

	'working.notCounted.heading': 'الدول الأعضاء غير المحتسبة وأسباب ذلك ({count})',
	'working.notCounted.none': 'تُحتسب جميع الدول الأعضاء.',
	'working.reason.not-yet': 'فعل الرضا بالالتزام مؤرخ بعد هذا اليوم.',
	'working.reason.domestic-approval-only':
		'أُقرّت داخليًا؛ ولا يوجد فعل تصديق أو قبول أو موافقة أو انضمام حتى هذا اليوم.',
	'working.reason.signature-only': 'وُقِّعت؛ ولا شيء بعد ذلك حتى هذا اليوم.',
	'working.reason.no-action': 'لم يُسجَّل أي فعل حتى هذا اليوم.',
	'working.reason.withdrawn': 'انسحبت الدولة.',
	'working.reason.not-member': 'ليست عضوًا في سيكا في هذا اليوم (الانضمام: {date}).',

	'working.eif.heading': 'بدء النفاذ',
	'working.eif.exact':
		'تسلّم الوديع الصك {nth} في {day} ({state}: {ground}) ← اليوم {days} بعده ← {date}.',
	'working.eif.earliest':
		'الأبكر: إذا تسلّم الوديع كل صك في أبكر ما يسمح به تاريخه، فالصك {nth} هو صك {state}، وقد تُسلِّم في {day} ({ground}) ← اليوم {days} بعده ← {date}.',
	'working.eif.latest':
		'الأحدث: إذا تسلّم الوديع كل صك في أحدث ما يسمح به تاريخه، فالصك {nth} هو صك {state}، وقد تُسلِّم في {day} ({ground}) ← اليوم {days} بعده ← {date}.',
	'working.eif.never':
		'الأحدث: وفق بعض قراءات التواريخ لا يُبلغ العدد اللازم أبدًا، لأن الانسحاب قد يسبقه.',
	'working.eif.imprecise':
		'بعض التواريخ لا تُعرف إلا على وجه التقريب، ولذلك لا يُعرف يوم بدء النفاذ إلا بين حدّين:',
	'working.eif.ground.deposit': 'الإيداع المسجَّل',
	'working.eif.ground.consent-assumed': 'افتراض: تاريخ فعل الرضا بالالتزام',
	'working.eif.inForce': 'الاتفاقية نافذة: بدأ نفاذها في {date}.',
	'working.eif.inForcePossible': 'ربما كانت الاتفاقية نافذة في هذا اليوم: يبدأ نفاذها في {date}.',
	'working.eif.scheduled': 'يبدأ نفاذ الاتفاقية في {date}.',
	'working.eif.assumed':
		'يفترض هذا التاريخ أن الوديع تسلّم كل صك لا تذكر المصادر تاريخ تسلّمه في تاريخ فعل الرضا بالالتزام.',
	'working.eif.pending':
		'يُحتسب {count} من أصل {required} من الصكوك: ويلزم لبدء النفاذ {remaining} أخرى. وعندما يتسلّم الوديع الصك {nth}، يبدأ نفاذ الاتفاقية في اليوم {days} بعده.',
	'working.eif.awaiting':
		'احتُسبت الصكوك وعددها {required}، لكن تسلّم الوديع صك {states} مؤرخ بعد هذا اليوم: ويُحسب بدء النفاذ من تسلّم الصك {nth}.',
	'working.beyond':
		'لا تذكر المصادر شيئًا بعد {date}: وقد تكون الإجراءات المتخذة منذ ذلك الحين غير مسجَّلة.',

	'working.cite.heading': 'الإحالة إلى هذه الصفحة',
	'working.cite.text':
		'{treaty}: طريقة الاحتساب، الحالة في {date}، تنقيح البيانات {revision} بتاريخ {revisionDate}، بصمة البيانات {fingerprint}. {url}',
	'working.cite.check':
		'البصمة تجزئة لجميع ملفات بيانات السجل (SHA-256 لصيغة موحّدة، وأول 12 رقمًا منها): وأي تغيير في السجل يغيّرها. ويمكن لمن لديه المستودع أن يعيد حسابها بالأمر {command}.',
	'working.data': 'المحتوى نفسه بوصفه بيانات: {json}',
	'working.changes.link': 'ما الذي تغيّر بين تاريخين',

	'ordinal.one': 'الـ{n}',
	'ordinal.two': 'الـ{n}',
	'ordinal.few': 'الـ{n}',
	'ordinal.other': 'الـ{n}',

	'changes.title': 'ما الذي تغيّر بين تاريخين',
	'changes.meta':
		'ما الذي تغيّر في التصديق على اتفاقية سيكا بشأن الامتيازات والحصانات بين تاريخين: أفعال الدول ومصادرها، والعدد المحتسب في الطرفين، وعلى حدة التصحيحات التي أُدخلت على السجل.',
	'changes.intro':
		'أفعال الدول المؤرخة بين يومين، والعدد المحتسب ومرحلة كل دولة في الطرفين؛ وعلى حدة، التصحيحات التي أُدخلت على سجل هذا الموقع في الأيام نفسها. الأولى تغيّرٌ في الوضع القانوني، والثانية تغيّرٌ في سجلنا.',
	'changes.interval': 'من {from} إلى {to}: الأفعال المؤرخة بعد {from} وحتى {to}.',
	'changes.default': 'تُعرض التغييرات منذ تنقيح البيانات السابق: من {from} إلى {to}.',
	'changes.form.label': 'التاريخان',
	'changes.form.from': 'من',
	'changes.form.to': 'إلى',
	'changes.form.show': 'عرض',
	'changes.form.reset': 'منذ التنقيح السابق',
	'changes.noscript':
		'يتطلب اختيار تواريخ أخرى تفعيل JavaScript: ومن دونه تعرض هذه الصفحة التغييرات منذ تنقيح البيانات السابق. ويعرض العنوان ‎?from=YYYY-MM-DD&to=YYYY-MM-DD تواريخ أخرى عند تفعيل JavaScript.',
	'changes.invalid':
		'«{value}» ليسا تاريخين صالحين لهذه الصفحة (المتوقع يومان بصيغة YYYY-MM-DD، الأول قبل الثاني، حتى {max}). وتُعرض بدلًا من ذلك التغييرات منذ تنقيح البيانات السابق.',
	'changes.rough':
		'التواريخ المعروفة على وجه التقريب (شهر، سنة، مدة): يقع الفعل أو التصحيح في المدة يقينًا إذا وقعت فيها كل الأيام التي يمكن أن يكونها تاريخه، ويقع فيها ربما إذا وقع بعضها فقط. ويُذكر كلاهما، ويوسم الثاني بكلمة «ربما».',
	'changes.acts.heading': 'الوضع القانوني: الأفعال المؤرخة في هذه المدة ({count})',
	'changes.acts.none': 'لا يوجد فعل مؤرخ في هذه المدة.',
	'changes.col.date': 'التاريخ',
	'changes.col.state': 'الدولة',
	'changes.col.act': 'الفعل',
	'changes.col.within': 'في المدة',
	'changes.col.sources': 'المصادر',
	'changes.within.certain': 'نعم',
	'changes.within.possible': 'ربما',
	'changes.count.heading': 'العدد المحتسب في الطرفين',
	'changes.count.on': 'في {date}',
	'changes.count.counted': 'الصكوك المحتسبة (من أصل {required})',
	'changes.count.deposited': 'الصكوك المعلوم أن الوديع تسلّمها',
	'changes.count.eif': 'بدء النفاذ',
	'changes.count.eif.none': 'لا تاريخ بعد',
	'changes.count.eif.inForce': 'نافذة منذ {date}',
	'changes.count.eif.possible': 'ربما نافذة: {date}',
	'changes.count.eif.scheduled': 'في {date}',
	'changes.states.heading': 'كل دولة في الطرفين',
	'changes.states.changed': 'تغيّرت {count} من أصل {total} من الدول؛ وهي مذكورة أولًا.',
	'changes.states.unchanged': 'لم تتغيّر أي دولة.',
	'changes.col.stageFrom': 'المرحلة في {date}',
	'changes.col.stageTo': 'المرحلة في {date}',
	'changes.col.changed': 'التغيّر',
	'changes.changed.yes': 'تغيّرت',
	'changes.stage.possibly': '{stage} (ربما: {possible})',
	'changes.stage.counts': '{stage}؛ تُحتسب',
	'changes.stage.countsPossibly': '{stage}؛ قد تُحتسب',
	'changes.corrections.heading': 'سجلنا: التصحيحات التي أُدخلت في هذه المدة ({count})',
	'changes.corrections.intro':
		'تغييرات في سجل هذا الموقع (تاريخ ملفاته): ما الذي صُحِّح ومتى. وهي ليست أفعالًا للدول.',
	'changes.corrections.none': 'لا يوجد تصحيح للسجل مؤرخ في هذه المدة.',
	'changes.col.file': 'الملف',
	'changes.col.revision': 'التنقيح',
	'changes.col.summary': 'ما الذي تغيّر',
	'changes.file.treaty': 'الاتفاقية (treaty.json)',
	'changes.file.members': 'الدول الأعضاء (members.json)',
	'changes.file.sources': 'المصادر (sources.json)',
	'changes.file.state': '{state} ({file})',
	'changes.basis':
		'يُقرأ الطرفان كلاهما من السجل كما هو الآن: تنقيح البيانات {revision} بتاريخ {date}، بصمة البيانات {fingerprint}.',
	'changes.cite.text':
		'{treaty}: التغييرات من {from} إلى {to}، تنقيح البيانات {revision} بتاريخ {revisionDate}، بصمة البيانات {fingerprint}. {url}',
	'changes.working.link': 'طريقة الاحتساب'
};
