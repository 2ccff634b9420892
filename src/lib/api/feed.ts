/**
 * Atom feeds (RFC 4287) of the record: one entry per action and one per data revision,
 * newest first. Built as a string with every text escaped; no XML library needed.
 */
import { earliest, latest, toIso } from '../data/dates';
import type { Dataset } from '../data/schema';

export interface FeedEntry {
	id: string;
	title: string;
	/** A day, "YYYY-MM-DD". */
	updated: string;
	link: string;
	summary: string;
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const stamp = (day: string) => `${day}T00:00:00Z`;

/** The entries of the whole record, or of one state when `state` is given. */
export function feedEntries(
	data: Dataset,
	origin: string,
	nameOf: (code: string) => string,
	state?: string
): FeedEntry[] {
	const entries: FeedEntry[] = [];
	const sourceTitle = (id: string) => data.sources.sources.find((s) => s.id === id)?.title ?? id;
	for (const file of data.states) {
		if (state && file.state !== state) continue;
		const link = `${origin}/states/${file.state.toLowerCase()}`;
		file.actions.forEach((a, i) => {
			const when = toIso(a.date);
			entries.push({
				id: `urn:cica-pi:${file.state}:action:${i + 1}`,
				title: `${nameOf(file.state)}: ${a.type} (${when})`,
				// An act is dated by the last day it can have happened: the day it is known by.
				updated: latest(a.date),
				link,
				summary:
					`${a.type}${a.by ? ` by ${a.by}` : ''}, dated ${when}. ` +
					`Sources: ${a.sources.map((s) => sourceTitle(s.id) + (s.locator ? ` (${s.locator})` : '')).join('; ')}.`
			});
		});
		for (const h of file.history) {
			entries.push({
				id: `urn:cica-pi:${file.state}:revision:${h.revision}`,
				title: `${nameOf(file.state)}: record revision ${h.revision}`,
				updated: earliest(h.date),
				link,
				summary: h.summary
			});
		}
	}
	if (!state) {
		for (const [name, file] of [
			['treaty', data.treaty],
			['members', data.members],
			['sources', data.sources]
		] as const) {
			for (const h of file.history) {
				entries.push({
					id: `urn:cica-pi:${name}:revision:${h.revision}`,
					title: `${name}.json revision ${h.revision}`,
					updated: earliest(h.date),
					link: `${origin}/api`,
					summary: h.summary
				});
			}
		}
	}
	return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export function atomFeed(options: {
	id: string;
	title: string;
	selfUrl: string;
	link: string;
	entries: FeedEntry[];
}): string {
	const updated = options.entries[0]?.updated ?? '1970-01-01';
	const entries = options.entries
		.map(
			(e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${stamp(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`
		)
		.join('\n');
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(options.id)}</id>
  <title>${escapeXml(options.title)}</title>
  <updated>${stamp(updated)}</updated>
  <author><name>CICA ratification status dashboard</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(options.link)}"/>
${entries}
</feed>
`;
}
