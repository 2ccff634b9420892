/**
 * Each page's description for search engines and link previews (<meta name="description">),
 * in English. The figures are filled in from the status as recorded (src/lib/seo/describe.ts).
 */
export const meta = {
	'meta.home':
		'As recorded to {date}, {count} of the {required} instruments needed for the entry into force of the CICA Convention on Privileges and Immunities count; {remaining} more needed.',
	'meta.home.inForce':
		'As recorded to {date}, the CICA Convention on Privileges and Immunities is in force: it entered into force on {since}.',
	'meta.state':
		'{state} and the CICA Convention on Privileges and Immunities, as recorded to {date}: {stage}.',
	'meta.embed':
		'A widget for other websites with the ratification status of the CICA Convention on Privileges and Immunities: {count} of the {required} instruments needed for entry into force, as recorded to {date}, and a map of the member states.',
	'meta.about':
		'How to embed the ratification status of the CICA Convention on Privileges and Immunities in another website: a snippet and a live preview for each view (count, map, timeline), and the options.',
	'meta.api':
		'Open data on the ratification of the CICA Convention on Privileges and Immunities, as recorded to {date}: the status, every action with its sources, and the member states, as JSON, CSV and Atom at stable addresses, with JSON Schemas.'
};
