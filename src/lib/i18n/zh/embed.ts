/** Interface text of the embeddable widget and its documentation page, in Chinese. */
import type { embed as en } from '../en/embed';

export const embed = {
	'embed.title': '批准情况小组件',
	'embed.open': '打开完整页面',
	'embed.recorded': '记录截至{date}',
	'about.title': '在网站中嵌入批准状态',
	'about.intro':
		'可将以下任一代码片段粘贴到任何网页中。小组件通过小脚本 `/embed.js` 按内容自动调整高度；网页上无需内联脚本，因此在严格的内容安全策略（CSP）下也能运行。',
	'about.variant.full': '计数和地图（默认）',
	'about.variant.count': '仅计数',
	'about.variant.map': '仅地图',
	'about.variant.timeline': '时间线',
	'about.variant.highlight': '突出显示一个国家的地图（供使团网站使用）',
	'about.variant.dark': '深色主题',
	'about.options': '选项',
	'about.option.view': '`view`：`full`、`count`、`map` 或 `timeline`（默认为 `full`）。',
	'about.option.theme': '`theme`：`light`、`dark` 或 `auto`（跟随读者的设置；默认为 `auto`）。',
	'about.option.highlight': '`highlight`：成员国的ISO代码，例如 `KZ`，用于在地图上突出显示。',
	'about.option.lang': '`lang`：`en`、`ru`、`zh` 或 `ar`；也可使用该语言的路径，例如 `/zh/embed`。',
	'about.csp':
		'如果网站发送内容安全策略（CSP），须在 `frame-src` 和 `script-src` 中允许本网站的来源。',
	'about.preview': '预览',
	'about.snippet': '代码片段',
	'about.copy': '复制',
	'about.copied': '已复制'
} satisfies Record<keyof typeof en, string>;
