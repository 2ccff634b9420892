/** Interface text of the embeddable widget and its documentation page, in Russian. */
import type { embed as en } from '../en/embed';

export const embed = {
	'embed.title': 'Виджет статуса ратификации',
	'embed.open': 'Открыть полную версию',
	'embed.recorded': 'По данным на {date}',
	'about.title': 'Размещение виджета статуса на сайте',
	'about.intro':
		'Любой из приведённых ниже фрагментов кода можно вставить на любую страницу. Виджет подстраивает высоту под содержимое с помощью небольшого скрипта `/embed.js`; встроенные скрипты на странице не нужны, поэтому виджет работает и при строгой политике безопасности содержимого (CSP).',
	'about.variant.full': 'Счётчик и карта (по умолчанию)',
	'about.variant.count': 'Только счётчик',
	'about.variant.map': 'Только карта',
	'about.variant.timeline': 'График во времени',
	'about.variant.highlight': 'Карта с выделением одного государства (для сайта представительства)',
	'about.variant.dark': 'Тёмная тема',
	'about.options': 'Параметры',
	'about.option.view': '`view`: `full`, `count`, `map` или `timeline` (по умолчанию `full`).',
	'about.option.theme':
		'`theme`: `light`, `dark` или `auto` — по настройке читателя (по умолчанию `auto`).',
	'about.option.highlight':
		'`highlight`: ISO-код государства-члена, например `KZ`, для выделения на карте.',
	'about.option.lang':
		'`lang`: `en`, `ru`, `zh` или `ar`; либо путь на нужном языке, например `/ru/embed`.',
	'about.csp':
		'Если сайт передаёт политику безопасности содержимого (CSP), источник этого ресурса необходимо разрешить в директивах `frame-src` и `script-src`.',
	'about.preview': 'Предварительный просмотр',
	'about.snippet': 'Фрагмент кода',
	'about.copy': 'Копировать',
	'about.copied': 'Скопировано'
} satisfies Record<keyof typeof en, string>;
