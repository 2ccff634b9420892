/** Each page's description for search engines and link previews, in Chinese. */
import type { meta as en } from '../en/meta';

export const meta = {
	'meta.home':
		'记录截至{date}，《亚信特权与豁免公约》生效所需的{required}份文书中已计入{count}份，尚需{remaining}份。',
	'meta.home.inForce': '记录截至{date}，《亚信特权与豁免公约》已于{since}生效。',
	'meta.state': '{state}与《亚信特权与豁免公约》：记录截至{date}，{stage}。',
	'meta.embed':
		'供其他网站嵌入的小组件，显示《亚信特权与豁免公约》的批准情况：记录截至{date}，生效所需的{required}份文书中已计入{count}份，并附成员国地图。',
	'meta.about':
		'如何在其他网站嵌入《亚信特权与豁免公约》的批准情况：各视图（计数、地图、时间线）的代码片段与实时预览，以及可用选项。',
	'meta.api':
		'《亚信特权与豁免公约》批准情况的开放数据（记录截至{date}）：状态、每项行为及其来源以及成员国，以JSON、CSV和Atom格式在固定地址发布，并附JSON Schema。'
} satisfies Record<keyof typeof en, string>;
