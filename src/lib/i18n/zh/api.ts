/** Interface text of the open-data page (/api), in Chinese. */
import type { api as en } from '../en/api';

export const api = {
	'api.title': '开放数据',
	'api.intro':
		'记录以文件形式发布在稳定的、带版本号的地址上。结构变更时使用新的版本路径（`/api/v2/`）；同一版本内只增加字段。所有文件均为截至{date}的记录。',
	'api.col.url': '地址',
	'api.col.what': '内容',
	'api.status':
		'记录的状态：计数（确定的和可能的）、尚需数量、生效情况以及各国所处阶段。结构与 `npm run status -- --json` 相同。',
	'api.state': '单个国家：其计算所得的状态、成员资格以及含修订历史的记录文件。',
	'api.events':
		'所有行动，按时间先后排列：类型、带精度和界限的日期、机关、注释、来源（已解析）以及其他来源所载的日期。',
	'api.treaty': '条约文件：名称、签署、保存人、生效规则、`recordedTo`。',
	'api.members': '成员国及其加入时间和来源；观察员。',
	'api.sources': '各日期所引用的参考文献。',
	'api.csv': '每个成员国一行，列与表格相同；日期为保留其精度的ISO文本。',
	'api.feed': 'Atom订阅源：每项行动和每次数据修订各一条，最新的在前。',
	'api.stateFeed': '单个国家的Atom订阅源。',
	'api.csvRu': '相同的行，表头和国家名称为俄文。',
	'api.working':
		'按记录的计数方式：每份已计入的文书及其计入起始日期、收到情况和出处；每个未计入的成员国及其原因；生效日期的计算。',
	'api.csvSha': 'data.csv的SHA-256（sha256sum格式），并注明其所依据的数据修订版和数据指纹。',
	'api.feedRu': '俄文版的同一订阅源。',
	'api.stateFeedRu': '单个国家的俄文订阅源。',
	'api.feedLink': 'Atom订阅源',
	'api.schema': '每个数据文件的JSON Schema，由验证器的模式生成；每个数据文件在 `$schema` 中注明。',
	'api.dates':
		'日期保留来源的精度：`"2011-11-30"`（日）、`"2024-12"`（月）、`"2024"`（年）或 `"2010-06-08/2022"`（区间：行为发生在两个日期之间的某一天）。`earliest` 和 `latest` 给出可能的第一天和最后一天。',
	'api.fields': '所有字段均在源代码仓库的 `docs/API.md` 中说明。',
	'nav.embed': '嵌入',
	'nav.api': '开放数据'
} satisfies Record<keyof typeof en, string>;
