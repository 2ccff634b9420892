/** Interface text shared by every page, in English: the catalogue every language follows. */
export const common = {
	'site.title': 'CICA Convention on Privileges and Immunities: ratification status',
	'site.name': 'Ratification status',
	/** The organisation's acronym in the header's badge. */
	'site.org': 'CICA',
	'site.skip': 'Skip to content',
	'nav.home': 'Status',
	'nav.main': 'Main',
	'nav.language': 'Language',
	'recorded.to': 'As recorded to {date}',
	'recorded.sources': 'The latest statement of the status the record reaches:',
	'recorded.revision': 'data revision {revision} of {date}',
	/** The data set's fingerprint (docs/API.md): ties a page or a printout to one state of the record. */
	'recorded.fingerprint': 'data fingerprint {fingerprint}',
	'recorded.beyond':
		'Nothing after {date} is recorded in the sources: actions taken since may be missing.',
	'date.range': 'between {from} and {to}',
	'date.unknown': 'date unknown',
	/** A date known only to the year: Russian adds "г.", as its dates to the day do. */
	'date.year': '{year}',
	'title.unofficial': 'unofficial translation',
	'title.unofficial.note':
		'The Convention’s title in this language is this site’s unofficial translation.',
	'stage.none': 'No action recorded',
	'stage.signed': 'Signed',
	'stage.approved-domestically': 'Approved domestically',
	'stage.consent-given': 'Instrument of consent',
	'stage.deposited': 'Instrument deposited',
	'stage.withdrawn': 'Withdrawn',
	'stage.non-member': 'Not a member',
	'action.signature-authorisation': 'Authorisation to sign',
	'action.signature': 'Signature',
	'action.domestic-approval': 'Domestic approval',
	'action.ratification': 'Ratification',
	'action.acceptance': 'Acceptance',
	'action.approval': 'Approval',
	'action.accession': 'Accession',
	'action.deposit': 'Deposit',
	'action.withdrawal': 'Withdrawal',
	'count.headline': '{certain} of {required} instruments needed for entry into force',
	'count.headline.range': '{certain}–{upper} of {required} instruments needed for entry into force',
	'count.remaining.one': '1 more needed',
	'count.remaining.other': '{remaining} more needed',
	'count.inForce': 'In force since {date}',
	'count.inForcePossible': 'Possibly in force since {date}',
	'count.scheduled': 'Enters into force on {date}',
	'count.possible.note':
		'{possible} more may count: their dates are known only roughly and straddle this date.',
	'count.progress.label': 'Instruments counted toward entry into force',
	'rule.sentence':
		'Under Article 9(2), the Convention enters into force on the 30th day after the depositary receives the 14th instrument of ratification, acceptance, approval or accession.',
	'rule.countedFrom':
		'Each state is counted from its act of ratification, acceptance, approval or accession, as the sources count.',
	/** What the depositary is known to hold; {list} is made of `deposits.item`. */
	'deposits.some':
		'The depositary is known to hold {count} of these instruments ({list}). Entry into force runs from its receipt of each instrument, which the sources date for no other state.',
	'deposits.none':
		'No instrument is known to have been deposited by this date. Entry into force runs from the depositary’s receipt of each instrument, which the sources do not date.',
	'deposits.item': '{state}, {date}',
	'count.assumed':
		'This date assumes that each instrument whose receipt the sources do not date was received on the date of the act of consent.',
	/** The links from the count (home page, widget) to the working pages. */
	'link.working': 'How this is counted',
	'link.changes': 'What changed between two dates',
	'footer.sources':
		'Every date cites its source. Primary source: the CICA Secretariat’s digest {digest}.',
	/** The digest's title as published (in English), set in the footer as a cited title. */
	'footer.digest': 'Voice of Asia',
	'footer.translations':
		'Texts from the record marked “(transl.)” are this project’s translations; the titles of sources are cited as published, followed by a translation in square brackets.',
	/** After a text from the record that this project translated: short on screen … */
	'translation.mark': '(transl.)',
	/** … and in full for screen readers and on hover; {lang} is the original's language. */
	'translation.from': '(this project’s translation; original language: {lang})',
	'translation.by': '(this project’s translation)',
	/** A translation following a text cited as written (a title, a quotation). */
	'translation.brackets': '[{text}]',
	/** Between the parts of a citation (title, publisher, date) and between citations. */
	'list.comma': ',',
	'list.semicolon': ';',
	'footer.disclaimer':
		'This dashboard is an independent tracker built from public sources; it is not an official record of the depositary.',
	'footer.printed': 'Printed from {url}',
	/** The running head of a printed page whose status is shown as at a chosen day. */
	'print.asOf': 'Status as at {date}',
	'home.title': 'Ratification status of the {title}',
	'home.intro':
		'Status of the Convention signed in {place} on {date}, from the acts recorded in public sources.',
	'home.map': 'Map of the member states',
	'home.timeline': 'Instruments over time',
	'home.table': 'All member states',
	'asof.heading': 'Status as at',
	'asof.showing': 'Showing the status as at {date}.',
	'asof.showingRecorded': 'Showing the status as recorded to {date}, the latest the sources state.',
	'asof.date': 'Date',
	'asof.slider': 'Move through time',
	'asof.play': 'Play the history',
	'asof.pause': 'Pause',
	'asof.reset': 'Latest record',
	'asof.permalink': 'Link to this view',
	'asof.invalid':
		'“{value}” is not a valid date for this view (expected YYYY-MM-DD, up to {max}). Showing the status as recorded to {date} instead.',
	'asof.noscript':
		'The view as at another date needs JavaScript. The table of events below gives every date.',
	'asof.failed':
		'The record could not be loaded, so another day cannot be worked out now. What the page shows stands as recorded. Check the connection and try again.',
	'untranslated.note': 'Original language: {lang}',
	'lang.en': 'English',
	'lang.ru': 'Russian',
	'lang.zh': 'Chinese',
	'lang.ar': 'Arabic',
	'notfound.title': 'Page not found',
	'notfound.text':
		'There is no page at this address. Every member state has a page under /states/, named by its two-letter code (for example /states/kz).',
	'notfound.home': 'Go to the ratification status'
};
