/** Reading the map's markup back in tests: one record per member link and per disputed area. */

export interface LinkInfo {
	state: string;
	stage: string;
	className: string;
	possible: string | null;
	href: string;
	label: string;
	body: string;
}

function attr(tag: string, name: string): string | null {
	const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return m ? m[1] : null;
}

/** Every member link in `html`, in document order. */
export function memberLinks(html: string): LinkInfo[] {
	const links: LinkInfo[] = [];
	for (const m of html.matchAll(/<a(\s[^>]*data-state="[^"]*"[^>]*)>([\s\S]*?)<\/a>/g)) {
		const tag = m[1];
		links.push({
			state: attr(tag, 'data-state')!,
			stage: attr(tag, 'data-stage')!,
			className: attr(tag, 'class')!,
			possible: attr(tag, 'data-possible'),
			href: attr(tag, 'href')!,
			label: attr(tag, 'aria-label')!,
			body: m[2]
		});
	}
	return links;
}

/** Every element that marks a disputed area: its whole start tag. */
export function disputedTags(html: string): string[] {
	return [...html.matchAll(/<[a-z]+\s[^>]*data-disputed="[^"]*"[^>]*>/g)].map((m) => m[0]);
}
