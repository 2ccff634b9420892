/** Interface text of the embeddable widget and its documentation page, in English. */
export const embed = {
	'embed.title': 'Ratification status widget',
	'embed.open': 'Open the full dashboard',
	'embed.recorded': 'As recorded to {date}',
	'about.title': 'Embed the status on your website',
	'about.intro':
		'Paste one of these snippets into any page. The widget sizes itself to its content through the small script `/embed.js`; it needs no inline script on your page, so it works under a strict Content Security Policy.',
	'about.variant.full': 'Count and map (default)',
	'about.variant.count': 'Count only',
	'about.variant.map': 'Map only',
	'about.variant.timeline': 'Timeline',
	'about.variant.highlight': 'Map highlighting one state (for a mission’s website)',
	'about.variant.dark': 'Dark theme',
	'about.options': 'Options',
	'about.option.view': '`view`: `full`, `count`, `map` or `timeline` (default `full`).',
	'about.option.theme':
		'`theme`: `light`, `dark` or `auto`, which follows the reader’s setting (default `auto`).',
	'about.option.highlight':
		'`highlight`: a member’s ISO code, e.g. `KZ`, to emphasise it on the map.',
	'about.option.lang':
		'`lang`: `en`, `ru`, `zh` or `ar`; or use the language’s path, e.g. `/ru/embed`.',
	'about.csp':
		'If your site sends a Content Security Policy, allow this dashboard’s origin in `frame-src` and `script-src`.',
	'about.preview': 'Preview',
	'about.snippet': 'Snippet',
	'about.copy': 'Copy',
	'about.copied': 'Copied'
};
