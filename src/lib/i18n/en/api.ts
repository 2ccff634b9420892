/** Interface text of the open-data page (/api), in English. */
export const api = {
	'api.title': 'Open data',
	'api.intro':
		'The record is published as files at stable, versioned addresses. A change of shape gets a new version path (`/api/v2/`); fields are only added within a version. Every file is as recorded to {date}.',
	'api.col.url': 'Address',
	'api.col.what': 'What it holds',
	'api.status':
		'The status as recorded: the count (certain and possible), what remains, entry into force, and each state’s stage. The same shape as `npm run status -- --json`.',
	'api.state': 'One state: its computed status, its membership and its record file with history.',
	'api.events':
		'Every action, oldest first: type, date with precision and bounds, organ, notes, sources (resolved) and other dates sources give.',
	'api.treaty':
		'The treaty file: titles, signature, depositary, the entry-into-force rule, `recordedTo`.',
	'api.members': 'The members, when each joined, with sources; the observers.',
	'api.sources': 'The bibliography every date cites.',
	'api.csv': 'One row per member, the table’s columns; dates as ISO text at their precision.',
	'api.feed': 'Atom feed: one entry per action and per data revision, newest first.',
	'api.stateFeed': 'Atom feed of one state.',
	'api.csvRu': 'The same rows with the header row and the state names in Russian.',
	'api.working':
		'How the count is reached as recorded: every instrument counted with the date it counts from, its receipt and sources; every member not counted and why; the arithmetic of entry into force.',
	'api.csvSha':
		'The SHA-256 of data.csv, in the format of sha256sum, with the data revision and fingerprint it was built from.',
	'api.feedRu': 'The same feed in Russian.',
	'api.stateFeedRu': 'One state’s feed in Russian.',
	'api.feedLink': 'Atom feed',
	'api.schema':
		'JSON Schema of each data file, generated from the validator’s schemas; each data file names it in `$schema`.',
	'api.dates':
		'Dates keep the precision of their source: `"2011-11-30"` (day), `"2024-12"` (month), `"2024"` (year), or `"2010-06-08/2022"` (a range: the act happened on some day between the two). `earliest` and `latest` give the first and last day it can be.',
	'api.fields': 'Every field is described in `docs/API.md` in the source repository.',
	'nav.embed': 'Embed',
	'nav.api': 'Open data'
};
