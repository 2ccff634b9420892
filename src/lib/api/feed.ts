/**
 * Atom feeds (RFC 4287) of the record: one entry per action and one per data revision,
 * newest first, in one interface language (English at feed.xml, Russian at feed.ru.xml).
 * Their text comes from the catalogue like the pages'; what the data holds only in
 * English (revision summaries) is marked with xml:lang. Built as a string with every
 * text escaped; no XML library needed.
 */
import { earliest, latest } from '../data/dates';
import type { Fingerprint } from '../data/fingerprint';
import type { Dataset, LocalizedText } from '../data/schema';
import { t, localizePath, type Lang } from '../i18n';
import { formatDate, inLang, localized, plainText, stateName } from '../i18n/format';
import { prepared } from '../status/input';
import { dataRevision } from '../status/report';

export interface FeedEntry {
	id: string;
	title: string;
	/** A day, "YYYY-MM-DD". */
	updated: string;
	link: string;
	summary: string;
	/** The summary's language where it differs from the feed's (text from the data). */
	summaryLang?: Lang;
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

/** The address of a feed: "/api/v1/feed.xml", "/api/v1/feed.ru.xml". */
export function feedFile(lang: Lang): string {
	return lang === 'en' ? 'feed.xml' : `feed.${lang}.xml`;
}

/**
 * The entries of the whole record, or of one state when `state` is given, in `lang`;
 * `nameOf` names a state (by default its name in `lang`).
 */
export function feedEntries(
	data: Dataset,
	origin: string,
	nameOf: (state: string) => string,
	state?: string,
	lang: Lang = 'en'
): FeedEntry[] {
	const entries: FeedEntry[] = [];
	const { cite } = prepared(data);
	// A revision's summary in the feed's language where the data has it, else marked as
	// the language it is in (a history line's languages are the site's).
	const summary = (text: LocalizedText) => {
		const shown = localized(text, lang);
		return {
			summary: shown.text,
			summaryLang: shown.lang === lang ? undefined : (shown.lang as Lang)
		};
	};
	for (const file of data.states) {
		if (state && file.state !== state) continue;
		const name = nameOf(file.state);
		const link = origin + localizePath(`/states/${file.state.toLowerCase()}`, lang);
		file.actions.forEach((a, i) => {
			const action = t(lang, `action.${a.type}`);
			const date = formatDate(a.date, lang);
			const sources = cite(a.sources)
				.map(
					(c) =>
						plainText(c.source.title, lang) + (c.locator ? ` (${plainText(c.locator, lang)})` : '')
				)
				.join('; ');
			entries.push({
				id: `urn:cica-pi:${file.state}:action:${i + 1}`,
				title: t(lang, 'feed.entry.action', { state: name, action, date }),
				// An act is dated by the last day it can have happened: the day it is known by.
				updated: latest(a.date),
				link,
				summary:
					(a.by
						? t(lang, 'feed.summary.actionBy', { action, by: plainText(a.by, lang), date })
						: t(lang, 'feed.summary.action', { action, date })) +
					' ' +
					t(lang, 'feed.summary.sources', { sources })
			});
		});
		for (const h of file.history) {
			entries.push({
				id: `urn:cica-pi:${file.state}:revision:${h.revision}`,
				title: t(lang, 'feed.entry.revision', { state: name, revision: h.revision }),
				updated: earliest(h.date),
				link,
				...summary(h.summary)
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
					title: t(lang, 'feed.entry.file', { file: `${name}.json`, revision: h.revision }),
					updated: earliest(h.date),
					link: origin + localizePath('/api', lang),
					...summary(h.summary)
				});
			}
		}
	}
	return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

/** The data set a feed was built from, in words: its record date, revision and fingerprint. */
function edition(data: Dataset, lang: Lang, fingerprint: Fingerprint): string {
	const revision = dataRevision(data);
	return t(lang, 'feed.subtitle', {
		recorded: formatDate(data.treaty.recordedTo.date, lang),
		revision: revision.number,
		date: formatDate(revision.date, lang),
		fingerprint: fingerprint.short
	});
}

/** The feed of the whole record in a language; `fingerprint` is that of the data set. */
export function recordFeed(
	data: Dataset,
	origin: string,
	lang: Lang,
	fingerprint: Fingerprint
): string {
	return atomFeed({
		id: lang === 'en' ? 'urn:cica-pi:feed' : `urn:cica-pi:feed:${lang}`,
		lang,
		title: t(lang, 'feed.title', { treaty: inLang(data.treaty.shortTitle, lang) }),
		subtitle: edition(data, lang, fingerprint),
		selfUrl: `${origin}/api/v1/${feedFile(lang)}`,
		link: origin + localizePath('/', lang),
		entries: feedEntries(data, origin, (c) => stateName(c, lang), undefined, lang)
	});
}

/** The feed of one state (its ISO code in capitals) in a language. */
export function stateFeed(
	data: Dataset,
	origin: string,
	lang: Lang,
	state: string,
	fingerprint: Fingerprint
): string {
	const path = `/states/${state.toLowerCase()}`;
	return atomFeed({
		id: lang === 'en' ? `urn:cica-pi:feed:${state}` : `urn:cica-pi:feed:${state}:${lang}`,
		lang,
		title: t(lang, 'feed.state.title', {
			state: stateName(state, lang),
			treaty: inLang(data.treaty.shortTitle, lang)
		}),
		subtitle: edition(data, lang, fingerprint),
		selfUrl: `${origin}${path}/${feedFile(lang)}`,
		link: origin + localizePath(path, lang),
		entries: feedEntries(data, origin, (s) => stateName(s, lang), state, lang)
	});
}

export function atomFeed(options: {
	id: string;
	/** The feed's language (xml:lang); English by default. */
	lang?: Lang;
	title: string;
	/** What the feed was built from (the data's revision and fingerprint). */
	subtitle?: string;
	selfUrl: string;
	link: string;
	entries: FeedEntry[];
}): string {
	const lang = options.lang ?? 'en';
	const updated = options.entries[0]?.updated ?? '1970-01-01';
	const entries = options.entries
		.map(
			(e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${stamp(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <summary${e.summaryLang ? ` xml:lang="${e.summaryLang}"` : ''}>${escapeXml(e.summary)}</summary>
  </entry>`
		)
		.join('\n');
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeXml(options.id)}</id>
  <title>${escapeXml(options.title)}</title>
${options.subtitle ? `  <subtitle>${escapeXml(options.subtitle)}</subtitle>\n` : ''}  <updated>${stamp(updated)}</updated>
  <author><name>${escapeXml(t(lang, 'feed.author'))}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(options.link)}"/>
${entries}
</feed>
`;
}
