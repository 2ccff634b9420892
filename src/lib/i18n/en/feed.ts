/** Text of the Atom feeds (/api/v1/feed.xml and each state's feed.xml), in English. */
export const feed = {
	'feed.title': '{treaty}: ratification record',
	'feed.state.title': '{state}: {treaty}',
	'feed.author': 'CICA ratification status dashboard',
	/** The data set the feed was built from: its revision and fingerprint (docs/API.md). */
	'feed.subtitle':
		'As recorded to {recorded}; data revision {revision} of {date}, data fingerprint {fingerprint}.',
	'feed.entry.action': '{state}: {action} ({date})',
	'feed.entry.revision': '{state}: record revision {revision}',
	'feed.entry.file': '{file}: revision {revision}',
	'feed.summary.action': '{action}, dated {date}.',
	'feed.summary.actionBy': '{action} by {by}, dated {date}.',
	'feed.summary.sources': 'Sources: {sources}.'
};
