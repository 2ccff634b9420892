/** Interface text of the state pages, in English. */
export const state = {
	'state.title': '{state}: status of the Convention',
	'state.back': 'All member states',
	'state.summary': 'As recorded to {date}: {stage}.',
	'state.counts.certain':
		'Its instrument counts toward the {required} needed for entry into force.',
	'state.counts.possible':
		'Its instrument may count toward the {required}: its date is known only roughly.',
	'state.counts.no':
		'It has no instrument counted toward the {required} needed for entry into force.',
	'state.countedFrom.consent': 'It is counted from its act of consent, as the sources count.',
	'state.received.deposit':
		'The depositary’s receipt of its instrument is dated {date}: entry into force runs from that day.',
	'state.received.consent-assumed':
		'The sources date no receipt of its instrument by the depositary: entry into force is calculated assuming the instrument was received on the date of the act of consent.',
	'state.membership': 'Member of CICA since {date}',
	'state.membership.inferred': 'inferred: no source states this date',
	'state.membership.alternative': 'Another source gives {date}.',
	'state.pipeline': 'Steps',
	'step.signature': 'Signature',
	'step.domestic-approval': 'Domestic approval',
	'step.consent': 'Consent to be bound',
	'step.deposit': 'Deposit of the instrument',
	'step.in-force': 'In force for the state',
	'step.reached.yes': 'done',
	'step.reached.possibly': 'possibly done by this date',
	'step.reached.no': 'not recorded',
	'step.by': 'By: {by}',
	'step.instrument': 'Act: {instrument}',
	'step.inForce.date': 'The Convention entered into force on {date}.',
	'step.inForce.possibly': 'The Convention may have entered into force on {date}.',
	'step.inForce.pending':
		'The Convention is not in force: it enters into force 30 days after the 14th instrument.',
	'step.inForce.unconfirmed':
		'This instrument came after entry into force; the rule for such states (Article 9(2)) is not confirmed in the text found.',
	'step.inForce.none': 'No instrument is recorded.',
	'sources.heading': 'Sources',
	'source.locator': 'at: {locator}',
	'source.link': 'link',
	'source.primary': 'primary source',
	'conflict.heading': 'Sources disagree',
	'conflict.other': 'Another source gives {date}:',
	'note.label': 'Note',
	'next.heading': 'Next step',
	'next.sign-or-accede':
		'No action is recorded. Article 9 opens the Convention to signature by CICA member states and to accession by them; an instrument of ratification, acceptance, approval or accession counts toward the 14.',
	'next.consent':
		'The Convention is signed or approved domestically; the next step is the act of ratification, acceptance or approval.',
	'next.deposit':
		'No deposit of the instrument is recorded in the sources. If it has not been made, the next step is to deposit it. The depositary is not confirmed; instruments have been handed over to the CICA Secretary General.',
	'next.await-entry':
		'The instrument is deposited. The Convention enters into force 30 days after the 14th instrument is received.',
	'next.none': 'Nothing further is needed for the Convention to be in force for this state.',
	'whatif.heading': 'What its instrument would do',
	'whatif.fourteenth':
		'Its instrument would be the 14th: if deposited on {deposit}, the Convention would enter into force on {date}.',
	'whatif.notYet':
		'Its instrument would bring the count to {count} of {required}; entry into force needs {remaining} more.',
	'whatif.date': 'Deposit date',
	'whatif.basis':
		'Computed under Article 9(2) from the instruments recorded to {date}; actions after that date are not known.',
	'history.heading': 'Revision history of this record',
	'history.revision': 'Revision',
	'history.date': 'Date',
	'history.summary': 'Change',
	'cite.heading': 'Cite this record',
	'cite.text':
		'{treaty}: {state}, status as at {date} (as recorded), data revision {revision}, data fingerprint {fingerprint}. {url}',
	'state.noActions': 'No action recorded.',
	'state.data': 'This record as data: {json}',
	'correction.heading': 'Something wrong or missing?',
	'correction.text':
		'If this page contradicts your records, tell the record keepers: the message is prefilled with the state, the record’s revision and this page’s address; add what looks wrong and the document that says otherwise.',
	'correction.link': 'Report a correction for {state}',
	'correction.subject': 'Correction to the record: {state} ({code})',
	'correction.body':
		'State: {state} ({code})\nWhat looks wrong, and the document that says otherwise:\n\n\nRecord revision: {revision}\nPage: {url}'
};
