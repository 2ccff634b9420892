/**
 * Interface text of the pages that show the working (/working: how the count is reached;
 * /changes: what changed between two dates), in English: the reference for the other
 * languages' working.ts. Not part of the site's catalogue (./index.ts): only those pages
 * load it (../working.ts), so no other page downloads it.
 */
export const working = {
	'working.title': 'How this is counted',
	'working.meta':
		'How the count toward the entry into force of the CICA Convention on Privileges and Immunities is reached, as recorded to {date}: {count} of the {required} instruments counted, each with its source; every member not counted, and why; and the arithmetic of Article 9(2).',
	'working.intro':
		'Every instrument counted toward entry into force on the day shown, the date each counts from and its source; every member not counted, and why; and the arithmetic of the date of entry into force.',
	'working.asof': 'Status as at {date}.',
	'working.asof.recorded': 'Status as recorded to {date}, the latest the sources state.',
	'working.asof.label': 'Status as at',
	'working.asof.reset': 'Latest record',
	'working.asof.noscript':
		'Another day needs JavaScript: this page shows the status as recorded to {date}. The address ?asOf=YYYY-MM-DD gives another day with JavaScript on.',
	'working.asof.invalid':
		'“{value}” is not a valid date for this page (expected YYYY-MM-DD, up to {max}). Showing the status as recorded to {date} instead.',

	/** An article and paragraph of the Convention, from treaty.json's "Article 9(2)". */
	'working.article': 'Article {article}({paragraph})',
	'working.rule.heading': 'The rule',
	'working.rule.source': '{article}, Russian text:',
	'working.rule.translation': 'Translation (this project’s, not an official text):',
	/**
	 * The rule's text (treaty.json entryIntoForce.text.ru) in this language: this project's
	 * translation, shown only while the data's text is the one translated (RULE_TRANSLATED_FROM
	 * in ../working.ts). The Russian catalogue keeps the original.
	 */
	'working.rule.text':
		'[The Convention] enters into force on the thirtieth day from the date of receipt by the depositary of the fourteenth instrument of ratification, acceptance, approval or accession.',
	'working.rule.applied':
		'How this site applies it: each state is counted from its act of ratification, acceptance, approval or accession, as the sources count. The date of entry into force runs from the depositary’s receipt of each instrument: its recorded deposit where the sources date one; otherwise the date of the act of consent, which is then an assumption, and is said so.',

	'working.count.heading': 'The count',
	'working.count.reached': 'The {required} instruments needed are counted.',

	'working.counted.heading': 'Instruments counted ({count})',
	'working.counted.none': 'No instrument counts on this day.',
	'working.possible.heading': 'Instruments that may count ({count})',
	'working.possible.intro':
		'Their dates are known only roughly: they may count on this day or not. They make the upper figure of the count.',
	'working.col.state': 'State',
	'working.col.instrument': 'Instrument',
	'working.col.countsFrom': 'Counts from',
	'working.col.received': 'Received by the depositary',
	'working.col.sources': 'Sources',
	'working.col.why': 'Why',
	'working.col.stage': 'Stage on this day',
	'working.col.act': 'Act',
	'working.received.deposit': '{date}: its recorded deposit',
	'working.received.depositLater': '{date}: its recorded deposit, after this day',
	'working.received.assumed':
		'Assumed: {date}, the date of its act of consent (the sources date no receipt)',
	'working.doubt.date': 'Its date ({date}) straddles this day.',
	'working.doubt.membership': 'Its membership of CICA on this day is known only roughly.',
	'working.doubt.withdrawal': 'A withdrawal dated {date} may have come before this day.',

	'working.notCounted.heading': 'Members not counted, and why ({count})',
	'working.notCounted.none': 'Every member counts.',
	'working.reason.not-yet': 'Its act of consent is dated after this day.',
	'working.reason.domestic-approval-only':
		'Approved domestically; no act of ratification, acceptance, approval or accession by this day.',
	'working.reason.signature-only': 'Signed; nothing further by this day.',
	'working.reason.no-action': 'No act recorded by this day.',
	'working.reason.withdrawn': 'It withdrew.',
	'working.reason.not-member': 'Not a member of CICA on this day (joined {date}).',

	'working.eif.heading': 'Entry into force',
	'working.eif.exact':
		'{nth} instrument received on {day} ({state}: {ground}) → the {days} day after → {date}.',
	'working.eif.earliest':
		'Earliest: if every instrument was received as early as its date allows, the {nth} is that of {state}, received on {day} ({ground}) → the {days} day after → {date}.',
	'working.eif.latest':
		'Latest: if every instrument was received as late as its date allows, the {nth} is that of {state}, received on {day} ({ground}) → the {days} day after → {date}.',
	'working.eif.never':
		'Latest: under some readings of the dates the count is never reached, since a withdrawal may come first.',
	'working.eif.imprecise':
		'Some dates are known only roughly, so the day of entry into force is known only between two bounds:',
	'working.eif.ground.deposit': 'its recorded deposit',
	'working.eif.ground.consent-assumed': 'assumed: the date of its act of consent',
	'working.eif.inForce': 'The Convention is in force: it entered into force on {date}.',
	'working.eif.inForcePossible':
		'The Convention may be in force on this day: it enters into force on {date}.',
	'working.eif.scheduled': 'The Convention enters into force on {date}.',
	'working.eif.assumed':
		'This date assumes that each instrument whose receipt the sources do not date was received on the date of its act of consent.',
	'working.eif.pending':
		'{count} of {required} instruments count: entry into force needs {remaining} more. When the depositary receives the {nth} instrument, the Convention enters into force on the {days} day after.',
	'working.eif.awaiting':
		'The {required} instruments count, but the depositary’s receipt of the instrument of {states} is dated after this day: entry into force runs from the receipt of the {nth}.',
	'working.beyond':
		'Nothing after {date} is recorded in the sources: acts taken since may be missing.',

	'working.cite.heading': 'Cite this page',
	'working.cite.text':
		'{treaty}: how the count is reached, status as at {date}, data revision {revision} of {revisionDate}, data fingerprint {fingerprint}. {url}',
	'working.cite.check':
		'The fingerprint is a hash of every data file of the record (SHA-256 of a canonical form, its first 12 digits): any change to the record changes it. Anyone holding the repository can recompute it with {command}.',
	'working.data': 'The same as data: {json}',
	'working.changes.link': 'What changed between two dates',

	/** Ordinal numbers: "14th", "30th" (Intl.PluralRules, type ordinal, picks the key). */
	'ordinal.one': '{n}st',
	'ordinal.two': '{n}nd',
	'ordinal.few': '{n}rd',
	'ordinal.other': '{n}th',

	'changes.title': 'What changed between two dates',
	'changes.meta':
		'What changed in the ratification of the CICA Convention on Privileges and Immunities between two dates: the acts of states with their sources, the count at both ends, and, apart, the corrections made to the record.',
	'changes.intro':
		'The acts of states dated between two days, and the count and each state’s stage at both ends; apart from them, the corrections made to this site’s record in the same days. The first is the law changing; the second is our record changing.',
	'changes.interval': 'From {from} to {to}: acts dated after {from} and on or before {to}.',
	'changes.default': 'Showing the changes since the previous data revision: {from} to {to}.',
	'changes.form.label': 'Dates',
	'changes.form.from': 'From',
	'changes.form.to': 'To',
	'changes.form.show': 'Show',
	'changes.form.reset': 'Since the previous revision',
	'changes.noscript':
		'Other dates need JavaScript: without it this page shows the changes since the previous data revision. The address ?from=YYYY-MM-DD&to=YYYY-MM-DD gives other dates with JavaScript on.',
	'changes.invalid':
		'“{value}” are not valid dates for this page (expected two days YYYY-MM-DD, the first before the second, up to {max}). Showing the changes since the previous data revision instead.',
	'changes.rough':
		'Dates known only roughly (a month, a year, a range): an act or a correction is certainly in the interval when every day its date can be falls in it, and possibly when only some do. Both are listed; the second are marked “possibly”.',
	'changes.acts.heading': 'The law: acts dated in this interval ({count})',
	'changes.acts.none': 'No act is dated in this interval.',
	'changes.col.date': 'Date',
	'changes.col.state': 'State',
	'changes.col.act': 'Act',
	'changes.col.within': 'In the interval',
	'changes.col.sources': 'Sources',
	'changes.within.certain': 'yes',
	'changes.within.possible': 'possibly',
	'changes.count.heading': 'The count at both ends',
	'changes.count.on': 'On {date}',
	'changes.count.counted': 'Instruments counted (of {required})',
	'changes.count.deposited': 'Instruments the depositary is known to hold',
	'changes.count.eif': 'Entry into force',
	'changes.count.eif.none': 'no date yet',
	'changes.count.eif.inForce': 'in force since {date}',
	'changes.count.eif.possible': 'possibly in force: {date}',
	'changes.count.eif.scheduled': 'on {date}',
	'changes.states.heading': 'Each state at both ends',
	'changes.states.changed': '{count} of {total} states changed; they are listed first.',
	'changes.states.unchanged': 'No state changed.',
	'changes.col.stageFrom': 'Stage on {date}',
	'changes.col.stageTo': 'Stage on {date}',
	'changes.col.changed': 'Changed',
	'changes.changed.yes': 'changed',
	'changes.stage.possibly': '{stage} (possibly: {possible})',
	'changes.stage.counts': '{stage}; counts',
	'changes.stage.countsPossibly': '{stage}; may count',
	'changes.corrections.heading': 'Our record: corrections made in this interval ({count})',
	'changes.corrections.intro':
		'Changes to this site’s record (its files’ history): what was corrected, and when. They are not acts of states.',
	'changes.corrections.none': 'No correction of the record is dated in this interval.',
	'changes.col.file': 'File',
	'changes.col.revision': 'Revision',
	'changes.col.summary': 'What changed',
	'changes.file.treaty': 'The Convention (treaty.json)',
	'changes.file.members': 'The members (members.json)',
	'changes.file.sources': 'The sources (sources.json)',
	'changes.file.state': '{state} ({file})',
	'changes.basis':
		'Both ends are read from the record as it now stands: data revision {revision} of {date}, data fingerprint {fingerprint}.',
	'changes.cite.text':
		'{treaty}: changes from {from} to {to}, data revision {revision} of {revisionDate}, data fingerprint {fingerprint}. {url}',
	'changes.working.link': 'How this is counted'
};
