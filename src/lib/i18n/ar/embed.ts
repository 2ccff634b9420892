/** Interface text of the embeddable widget and its documentation page, in Arabic. */
import type { embed as en } from '../en/embed';

export const embed = {
	'embed.title': 'أداة حالة التصديق',
	'embed.open': 'فتح اللوحة الكاملة',
	'embed.recorded': 'وفق ما سُجِّل حتى {date}',
	'about.title': 'تضمين الحالة في موقع إلكتروني',
	'about.intro':
		'يمكن لصق أحد هذه المقتطفات في أي صفحة. وتضبط الأداة ارتفاعها وفق محتواها بواسطة البرنامج النصي الصغير `/embed.js`؛ ولا تحتاج إلى أي برنامج نصي مضمَّن في الصفحة، ولذلك تعمل في ظل سياسة صارمة لأمان المحتوى (CSP).',
	'about.variant.full': 'العدد والخريطة (الافتراضي)',
	'about.variant.count': 'العدد فقط',
	'about.variant.map': 'الخريطة فقط',
	'about.variant.timeline': 'التسلسل الزمني',
	'about.variant.highlight': 'خريطة تُبرز دولة واحدة (لموقع بعثة)',
	'about.variant.dark': 'السمة الداكنة',
	'about.options': 'الخيارات',
	'about.option.view': '`view`: `full` أو `count` أو `map` أو `timeline` (الافتراضي `full`).',
	'about.option.theme':
		'`theme`: `light` أو `dark` أو `auto` الذي يتبع إعداد القارئ (الافتراضي `auto`).',
	'about.option.highlight': '`highlight`: رمز ISO لدولة عضو، مثل `KZ`، لإبرازها على الخريطة.',
	'about.option.lang': '`lang`: `en` أو `ru` أو `zh` أو `ar`؛ أو مسار اللغة، مثل `/ar/embed`.',
	'about.csp':
		'إذا كان الموقع يرسل سياسة لأمان المحتوى (CSP)، فيلزم السماح بمصدر هذه اللوحة في `frame-src` و`script-src`.',
	'about.preview': 'معاينة',
	'about.snippet': 'المقتطف البرمجي',
	'about.copy': 'نسخ',
	'about.copied': 'تم النسخ'
} satisfies Record<keyof typeof en, string>;
