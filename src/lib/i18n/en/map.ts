/** Interface text of the map part, in English. */
export const map = {
	'map.label': 'Map of the CICA member states by their stage toward the Convention, as of {date}',
	'map.link': '{name}: {stage}',
	'map.stage.possible': '{stage}; possibly {possible} (imprecise date)',
	'map.possible.member': 'a member',
	'map.legend.title': 'Key',
	'map.class.counted': 'Instrument of consent given or deposited',
	'map.class.progress': 'Signed or approved domestically',
	'map.class.none': 'Member, no step recorded',
	'map.class.out': 'Not a CICA member at this date',
	'map.legend.count': '{label} ({count})',
	'map.legend.possible': 'Dashed outline: a further step is possible, its date known only roughly',
	'map.legend.disputed': 'Disputed area, not coloured',
	'map.legend.small': 'Circle: a state too small to show at this size',
	'map.summary.title': 'The map as text',
	'map.summary.empty': 'none',
	'map.tooltip.consent': '{action}: {date}',
	'map.tooltip.deposit': 'Deposit: {date}',
	'map.tooltip.joined': 'Member of CICA since {date}',
	'map.tooltip.open': 'Select to open the state’s page',
	'map.disclaimer':
		'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance.',
	'map.footnote.disputed':
		'Disputed areas that are separate in the map data (Taiwan, Crimea, the southern Kuril Islands, the Siachen Glacier, northern Cyprus and others) are not coloured. Where the data follows lines of actual control inside a state’s shape (in Jammu and Kashmir, Aksai Chin, Arunachal Pradesh, the Golan Heights, East Jerusalem and the Hala’ib triangle), an area takes that shape’s colour; this implies no position on its status.',
	'map.footnote.short':
		'Disputed areas separate in the map data are not coloured; elsewhere lines follow actual control and imply no position.',
	'map.source': 'Boundaries: Natural Earth, 1:50m, simplified.'
};
