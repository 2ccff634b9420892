/**
 * Svelte writes comment markers into server-rendered HTML (`<!--[-->`, `<!--]-->`,
 * `<!---->`, `<!--[0-->`, …) for its client to hydrate the page against. A page with no
 * SvelteKit client (csr = false) is never hydrated, and its own script mounts fresh
 * components where it renders again (src/lib/site/live.svelte.ts), so the markers are
 * only weight: on the home page about 1,900 comment nodes and 16 KB. Svelte writes no
 * other comments (the templates' own are dropped when compiling).
 */
const MARKER = /<!--(?:\[?-?\d*|\]|\[!|\$s\d+|[a-z0-9]{4,8})-->/g;

/** Whether the HTML is a page SvelteKit's client will hydrate (its start-up script is in it). */
export function hydrates(html: string): boolean {
	return html.includes('__sveltekit_');
}

/** The HTML without Svelte's hydration markers. */
export function withoutMarkers(html: string): string {
	return html.replace(MARKER, '');
}
