/** Interface text of the timeline part, in Russian. */
import type { timeline as en } from '../en/timeline';

export const timeline = {
	'timeline.chart.caption':
		'Учёт документов, необходимых для вступления в силу, во времени. Сплошная линия — документы, учтённые достоверно; заштрихованная полоса над ней — документы, даты которых известны лишь приблизительно и которые, возможно, уже учитываются; пунктирная линия — необходимое число ({required}).',
	'timeline.chart.summary':
		'Ступенчатый график учёта документов, необходимых для вступления в силу, за период с {from} по {to}; на {asOf} учтено {counted} из {required} необходимых. Все действия перечислены после графика.',
	'timeline.chart.noscript':
		'Для построения графика требуется JavaScript. Все действия, по которым он строится, перечислены ниже.',
	'timeline.chart.certain': 'Учтено достоверно',
	'timeline.chart.possible': 'Возможно, учтено',
	'timeline.chart.threshold': 'Необходимо для вступления в силу ({required})',
	'timeline.chart.asOf': 'На {date}',
	'timeline.chart.axis': 'Документы',
	'timeline.chart.tooltip.certain': 'Учтено: {n}',
	'timeline.chart.tooltip.possible': 'Возможно, ещё: {n}',
	'timeline.chart.tooltip.added': 'Учитываются с этой даты: {states}',
	'timeline.chart.tooltip.removed': 'Более не учитываются: {states}',
	'timeline.table.caption':
		'Документы, учтённые для вступления в силу, на каждую дату, когда их число может измениться',
	'timeline.table.change': 'Изменение',
	'timeline.list.title': 'Все зафиксированные действия',
	'timeline.list.intro':
		'В хронологическом порядке. Дата, известная с точностью до месяца или года, отнесена к первому дню этого периода.',
	'timeline.list.empty': 'Действия пока не зафиксированы.',
	'timeline.event.by': 'Орган: {organ}',
	'timeline.event.instrument': 'Акт: {instrument}',
	'timeline.event.sources': 'Источники:',
	'timeline.event.alternative': 'По другому источнику — {date}:',
	'timeline.event.after': 'Позднее {date}',
	'timeline.event.straddles': 'Возможно, позднее {date}'
} satisfies Record<keyof typeof en, string>;
