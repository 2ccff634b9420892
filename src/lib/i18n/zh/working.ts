/** “计数方式”与“两个日期之间的变化”页面的中文文本。 */
import type { WorkingMessages } from '../working';

export const working: WorkingMessages = {
	'working.title': '计数方式',
	'working.meta':
		'截至{date}，亚信特权与豁免公约生效计数的计算方式：所需{required}份文书中已计入{count}份，每份均注明出处；未计入的每个成员国及其原因；以及第九条第二款的计算。',
	'working.intro':
		'所示日期计入生效的每份文书、其计入起始日期及出处；未计入的每个成员国及其原因；以及生效日期的计算。',
	'working.asof': '截至{date}的状态。',
	'working.asof.recorded': '截至{date}（各来源载明状态的最近日期）的记录状态。',
	'working.asof.label': '查看日期',
	'working.asof.reset': '最新记录',
	'working.asof.noscript':
		'查看其他日期需要JavaScript：本页显示截至{date}的记录状态。启用JavaScript后，地址?asOf=YYYY-MM-DD可显示其他日期。',
	'working.asof.invalid':
		'“{value}”不是本页的有效日期（格式应为YYYY-MM-DD，不晚于{max}）。现显示截至{date}的记录状态。',

	'working.article': '第{article}条第{paragraph}款',
	'working.rule.heading': '规则',
	'working.rule.source': '{article}，俄文文本：',
	'working.rule.translation': '译文（本项目翻译，非正式文本）：',
	'working.rule.text':
		'[本公约]自保存人收到第十四份批准书、接受书、核准书或加入书之日起第三十日生效。',
	'working.rule.applied':
		'本网站的适用方式：各国均自其批准、接受、核准或加入行为之日起计入，与各来源的计算方式一致。生效日期自保存人收到各份文书之日起算：来源载明交存日期的，以记录的交存为准；否则以表示同意的行为之日为准，此为假定，并一律注明。',

	'working.count.heading': '计数',
	'working.count.reached': '所需{required}份文书均已计入。',

	'working.counted.heading': '已计入的文书（{count}）',
	'working.counted.none': '此日期无任何文书计入。',
	'working.possible.heading': '可能计入的文书（{count}）',
	'working.possible.intro': '其日期仅大致可知：此日期可能计入，也可能不计入。它们构成计数的上限。',
	'working.col.state': '国家',
	'working.col.instrument': '文书',
	'working.col.countsFrom': '计入起始日期',
	'working.col.received': '保存人收到',
	'working.col.sources': '出处',
	'working.col.why': '原因',
	'working.col.stage': '此日期所处阶段',
	'working.col.act': '行为',
	'working.received.deposit': '{date}：记录的交存',
	'working.received.depositLater': '{date}：记录的交存，晚于此日期',
	'working.received.assumed': '假定于{date}（表示同意的行为之日）收到：各来源未载明收到日期',
	'working.doubt.date': '其日期（{date}）跨越此日期。',
	'working.doubt.membership': '该国此日期的亚信成员身份仅大致可知。',
	'working.doubt.withdrawal': '日期为{date}的退出可能已在此日期之前发生。',

	'working.notCounted.heading': '未计入的成员国及原因（{count}）',
	'working.notCounted.none': '所有成员国均已计入。',
	'working.reason.not-yet': '其表示同意的行为晚于此日期。',
	'working.reason.domestic-approval-only':
		'已完成国内审批；截至此日期尚无批准、接受、核准或加入行为。',
	'working.reason.signature-only': '已签署；截至此日期无进一步行动。',
	'working.reason.no-action': '截至此日期未记录任何行为。',
	'working.reason.withdrawn': '该国已退出。',
	'working.reason.not-member': '此日期尚非亚信成员（加入日期：{date}）。',

	'working.eif.heading': '生效',
	'working.eif.exact': '{nth}份文书于{day}收到（{state}：{ground}）→ 此后{days}日 → {date}。',
	'working.eif.earliest':
		'最早：如每份文书均按其日期所允许的最早日期收到，{nth}份为{state}的文书，于{day}收到（{ground}）→ 此后{days}日 → {date}。',
	'working.eif.latest':
		'最晚：如每份文书均按其日期所允许的最晚日期收到，{nth}份为{state}的文书，于{day}收到（{ground}）→ 此后{days}日 → {date}。',
	'working.eif.never': '最晚：按对日期的某些解读，所需数目永远不会达到，因为退出可能先行发生。',
	'working.eif.imprecise': '部分日期仅大致可知，因此生效日期只能确定在两个界限之间：',
	'working.eif.ground.deposit': '记录的交存',
	'working.eif.ground.consent-assumed': '假定：其表示同意的行为之日',
	'working.eif.inForce': '本公约已生效：于{date}生效。',
	'working.eif.inForcePossible': '此日期本公约可能已生效：于{date}生效。',
	'working.eif.scheduled': '本公约将于{date}生效。',
	'working.eif.assumed': '此日期假定：各来源未载明收到日期的文书，均于表示同意的行为之日收到。',
	'working.eif.pending':
		'已计入{required}份文书中的{count}份：生效尚需{remaining}份。保存人收到{nth}份文书后，本公约于此后{days}日生效。',
	'working.eif.awaiting':
		'{required}份文书均已计入，但保存人收到{states}文书的日期晚于此日期：生效自收到{nth}份文书之日起算。',
	'working.beyond': '各来源未载有{date}之后的情况：此后采取的行动可能未予收录。',

	'working.cite.heading': '引用本页',
	'working.cite.text':
		'{treaty}：计数方式，截至{date}的状态，数据修订版{revision}（{revisionDate}），数据指纹{fingerprint}。{url}',
	'working.cite.check':
		'数据指纹是记录全部数据文件的哈希值（规范形式的SHA-256，取前12位）：记录的任何改动都会使其改变。持有代码库者可用{command}重新计算。',
	'working.data': '同一内容的数据：{json}',
	'working.changes.link': '两个日期之间的变化',

	'ordinal.one': '第{n}',
	'ordinal.two': '第{n}',
	'ordinal.few': '第{n}',
	'ordinal.other': '第{n}',

	'changes.title': '两个日期之间的变化',
	'changes.meta':
		'亚信《特权与豁免公约》在所选两个日期之间的批准情况变化：各国在此期间的行为及其出处、两端的计数和各国所处阶段，并另行列出对本站记录本身所作的更正。',
	'changes.intro':
		'两个日期之间的各国行为，以及两端的计数和各国所处阶段；另列同期对本网站记录所作的更正。前者是法律状况的变化，后者是我们记录的变化。',
	'changes.interval': '{from}至{to}：日期晚于{from}、不晚于{to}的行为。',
	'changes.default': '显示自上一数据修订版以来的变化：{from}至{to}。',
	'changes.form.label': '日期',
	'changes.form.from': '自',
	'changes.form.to': '至',
	'changes.form.show': '显示',
	'changes.form.reset': '自上一修订版',
	'changes.noscript':
		'选择其他日期需要JavaScript：未启用时，本页显示自上一数据修订版以来的变化。启用JavaScript后，地址?from=YYYY-MM-DD&to=YYYY-MM-DD可显示其他日期。',
	'changes.invalid':
		'“{value}”不是本页的有效日期（应为两个YYYY-MM-DD格式的日期，前者早于后者，均不晚于{max}）。现显示自上一数据修订版以来的变化。',
	'changes.rough':
		'仅大致可知的日期（月、年、区间）：如其日期可能所在的每一天均在区间内，则该行为或更正确定在区间内；如仅部分在内，则可能在区间内。两者均列出，后者标为“可能”。',
	'changes.acts.heading': '法律状况：日期在此区间内的行为（{count}）',
	'changes.acts.none': '此区间内没有行为。',
	'changes.col.date': '日期',
	'changes.col.state': '国家',
	'changes.col.act': '行为',
	'changes.col.within': '在区间内',
	'changes.col.sources': '出处',
	'changes.within.certain': '是',
	'changes.within.possible': '可能',
	'changes.count.heading': '两端的计数',
	'changes.count.on': '{date}',
	'changes.count.counted': '已计入的文书（共需{required}份）',
	'changes.count.deposited': '已知保存人收到的文书',
	'changes.count.eif': '生效',
	'changes.count.eif.none': '尚无日期',
	'changes.count.eif.inForce': '自{date}起生效',
	'changes.count.eif.possible': '可能已生效：{date}',
	'changes.count.eif.scheduled': '{date}生效',
	'changes.states.heading': '各国在两端的情况',
	'changes.states.changed': '{total}个国家中有{count}个发生变化，列于最前。',
	'changes.states.unchanged': '没有国家发生变化。',
	'changes.col.stageFrom': '{date}所处阶段',
	'changes.col.stageTo': '{date}所处阶段',
	'changes.col.changed': '变化',
	'changes.changed.yes': '有变化',
	'changes.stage.possibly': '{stage}（可能：{possible}）',
	'changes.stage.counts': '{stage}；计入',
	'changes.stage.countsPossibly': '{stage}；可能计入',
	'changes.corrections.heading': '我们的记录：此区间内所作的更正（{count}）',
	'changes.corrections.intro':
		'对本网站记录（其文件历史）的更改：更正了什么、何时更正。这些不是各国的行为。',
	'changes.corrections.none': '此区间内没有对记录的更正。',
	'changes.col.file': '文件',
	'changes.col.revision': '修订版',
	'changes.col.summary': '变更内容',
	'changes.file.treaty': '公约（treaty.json）',
	'changes.file.members': '成员国（members.json）',
	'changes.file.sources': '出处（sources.json）',
	'changes.file.state': '{state}（{file}）',
	'changes.basis':
		'两端均依据记录的现有状态计算：数据修订版{revision}（{date}），数据指纹{fingerprint}。',
	'changes.cite.text':
		'{treaty}：{from}至{to}的变化，数据修订版{revision}（{revisionDate}），数据指纹{fingerprint}。{url}',
	'changes.working.link': '计数方式'
};
