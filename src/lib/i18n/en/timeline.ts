/** Interface text of the timeline part, in English. */
export const timeline = {
	'timeline.chart.caption':
		'Instruments counted toward entry into force over time. The solid line counts the instruments certainly received; the hatched band above it, those whose date is known only roughly and may already count; the dashed line marks the {required} needed.',
	'timeline.chart.summary':
		'Step chart of the instruments counted toward entry into force, from {from} to {to}. As of {asOf}, {counted} of the {required} needed are counted. Every action is listed after the chart.',
	'timeline.chart.noscript':
		'The chart needs JavaScript. Every action it is drawn from is listed below.',
	'timeline.chart.certain': 'Certainly counted',
	'timeline.chart.possible': 'Possibly counted',
	'timeline.chart.threshold': 'Needed for entry into force ({required})',
	'timeline.chart.asOf': 'As of {date}',
	'timeline.chart.axis': 'Instruments',
	'timeline.chart.tooltip.certain': 'Counted: {n}',
	'timeline.chart.tooltip.possible': 'Possibly also: {n}',
	'timeline.chart.tooltip.added': 'Counted from here: {states}',
	'timeline.chart.tooltip.removed': 'No longer counted: {states}',
	/** The chart as a table, printed in its place: its caption and the column of who starts or stops counting. */
	'timeline.table.caption':
		'Instruments counted toward entry into force at each date the count can change',
	'timeline.table.change': 'Change',
	'timeline.list.title': 'Every recorded action',
	'timeline.list.intro':
		'In date order. A date known only to the month or the year is placed at its first day.',
	'timeline.list.empty': 'No action is recorded yet.',
	'timeline.event.by': 'By {organ}',
	'timeline.event.instrument': 'Instrument: {instrument}',
	'timeline.event.sources': 'Sources:',
	'timeline.event.alternative': 'Another source gives {date}:',
	'timeline.event.after': 'Later than {date}',
	'timeline.event.straddles': 'Possibly later than {date}'
};
