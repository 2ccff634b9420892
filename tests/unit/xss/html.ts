/**
 * A minimal reader of the start tags in server-rendered HTML, enough to tell markup that
 * Svelte wrote from text that merely looks like markup. In Svelte's output a literal "<"
 * only ever opens a tag or a comment (text and attribute values have it as &lt;), and
 * attribute values are quoted, so a quoted ">" does not end a tag here.
 */
export interface Tag {
	name: string;
	attrs: Record<string, string>;
}

const TAG =
	/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function startTags(html: string): Tag[] {
	const tags: Tag[] = [];
	for (const m of html.matchAll(TAG)) {
		const attrs: Record<string, string> = {};
		for (const a of m[2].matchAll(ATTR)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
		tags.push({ name: m[1].toLowerCase(), attrs });
	}
	return tags;
}

/** What in the HTML could run the payload: its image, its script, any on* handler. */
export function dangers(html: string): string[] {
	const found: string[] = [];
	for (const tag of startTags(html)) {
		if (tag.name === 'img' && tag.attrs.src === 'x') found.push('<img src=x>');
		if (tag.name === 'script') found.push('<script>');
		for (const [name, value] of Object.entries(tag.attrs)) {
			if (name.startsWith('on')) found.push(`<${tag.name} ${name}="${value}">`);
			if (/^\s*javascript:/i.test(value)) found.push(`<${tag.name} ${name}="${value}">`);
		}
	}
	if (/<script\b[^>]*>[^<]*__xss/i.test(html)) found.push('a script element with __xss');
	return found;
}

/** How many times `needle` occurs in `text`. */
export function count(text: string, needle: string): number {
	return text.split(needle).length - 1;
}
