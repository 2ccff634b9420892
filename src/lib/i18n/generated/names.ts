// Do not edit; run `npm run geo` to regenerate (scripts/build-names.ts).
export default {
	"AE": {
		"en": "United Arab Emirates",
		"ru": "Объединённые Арабские Эмираты",
		"zh": "阿拉伯联合酋长国",
		"ar": "الإمارات العربية المتحدة"
	},
	"AF": {
		"en": "Afghanistan",
		"ru": "Афганистан",
		"zh": "阿富汗",
		"ar": "أفغانستان"
	},
	"AZ": {
		"en": "Azerbaijan",
		"ru": "Азербайджан",
		"zh": "阿塞拜疆",
		"ar": "أذربيجان"
	},
	"BD": {
		"en": "Bangladesh",
		"ru": "Бангладеш",
		"zh": "孟加拉国",
		"ar": "بنغلاديش"
	},
	"BH": {
		"en": "Bahrain",
		"ru": "Бахрейн",
		"zh": "巴林",
		"ar": "البحرين"
	},
	"CN": {
		"en": "China",
		"ru": "Китай",
		"zh": "中国",
		"ar": "الصين"
	},
	"EG": {
		"en": "Egypt",
		"ru": "Египет",
		"zh": "埃及",
		"ar": "مصر"
	},
	"ID": {
		"en": "Indonesia",
		"ru": "Индонезия",
		"zh": "印度尼西亚",
		"ar": "إندونيسيا"
	},
	"IL": {
		"en": "Israel",
		"ru": "Израиль",
		"zh": "以色列",
		"ar": "إسرائيل"
	},
	"IN": {
		"en": "India",
		"ru": "Индия",
		"zh": "印度",
		"ar": "الهند"
	},
	"IQ": {
		"en": "Iraq",
		"ru": "Ирак",
		"zh": "伊拉克",
		"ar": "العراق"
	},
	"IR": {
		"en": "Iran (Islamic Republic of)",
		"ru": "Иран (Исламская Республика)",
		"zh": "伊朗",
		"ar": "إيران"
	},
	"JO": {
		"en": "Jordan",
		"ru": "Иордания",
		"zh": "约旦",
		"ar": "الأردن"
	},
	"JP": {
		"en": "Japan",
		"ru": "Япония",
		"zh": "日本",
		"ar": "اليابان"
	},
	"KG": {
		"en": "Kyrgyzstan",
		"ru": "Кыргызстан",
		"zh": "吉尔吉斯斯坦",
		"ar": "قيرغيزستان"
	},
	"KH": {
		"en": "Cambodia",
		"ru": "Камбоджа",
		"zh": "柬埔寨",
		"ar": "كمبوديا"
	},
	"KR": {
		"en": "Republic of Korea",
		"ru": "Республика Корея",
		"zh": "大韩民国",
		"ar": "جمهورية كوريا"
	},
	"KW": {
		"en": "Kuwait",
		"ru": "Кувейт",
		"zh": "科威特",
		"ar": "الكويت"
	},
	"KZ": {
		"en": "Kazakhstan",
		"ru": "Казахстан",
		"zh": "哈萨克斯坦",
		"ar": "كازاخستان"
	},
	"LK": {
		"en": "Sri Lanka",
		"ru": "Шри-Ланка",
		"zh": "斯里兰卡",
		"ar": "سريلانكا"
	},
	"MN": {
		"en": "Mongolia",
		"ru": "Монголия",
		"zh": "蒙古",
		"ar": "منغوليا"
	},
	"MY": {
		"en": "Malaysia",
		"ru": "Малайзия",
		"zh": "马来西亚",
		"ar": "ماليزيا"
	},
	"PK": {
		"en": "Pakistan",
		"ru": "Пакистан",
		"zh": "巴基斯坦",
		"ar": "باكستان"
	},
	"PS": {
		"en": "State of Palestine",
		"ru": "Государство Палестина",
		"zh": "巴勒斯坦",
		"ar": "دولة فلسطين"
	},
	"QA": {
		"en": "Qatar",
		"ru": "Катар",
		"zh": "卡塔尔",
		"ar": "قطر"
	},
	"RU": {
		"en": "Russian Federation",
		"ru": "Российская Федерация",
		"zh": "俄罗斯联邦",
		"ar": "الاتحاد الروسي"
	},
	"TH": {
		"en": "Thailand",
		"ru": "Таиланд",
		"zh": "泰国",
		"ar": "تايلاند"
	},
	"TJ": {
		"en": "Tajikistan",
		"ru": "Таджикистан",
		"zh": "塔吉克斯坦",
		"ar": "طاجيكستان"
	},
	"TM": {
		"en": "Turkmenistan",
		"ru": "Туркменистан",
		"zh": "土库曼斯坦",
		"ar": "تركمانستان"
	},
	"TR": {
		"en": "Türkiye",
		"ru": "Турция",
		"zh": "土耳其",
		"ar": "تركيا"
	},
	"UA": {
		"en": "Ukraine",
		"ru": "Украина",
		"zh": "乌克兰",
		"ar": "أوكرانيا"
	},
	"US": {
		"en": "United States of America",
		"ru": "США",
		"zh": "美国",
		"ar": "الولايات المتحدة"
	},
	"UZ": {
		"en": "Uzbekistan",
		"ru": "Узбекистан",
		"zh": "乌兹别克斯坦",
		"ar": "أوزبكستان"
	},
	"VN": {
		"en": "Viet Nam",
		"ru": "Вьетнам",
		"zh": "越南",
		"ar": "فيتنام"
	}
} as Record<string, Record<string, string>>;
