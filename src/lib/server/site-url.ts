/**
 * The site's public origin, for the addresses that must be absolute: canonical links,
 * hreflang alternates, the sitemap and robots.txt. It is SITE_URL at build time. Without
 * it, DEFAULT_SITE_URL: a reserved name (RFC 2606) that nothing can mistake for a real
 * host, so a build published without SITE_URL is visibly wrong rather than pointing
 * search engines at localhost. (Feeds and embed snippets stay root-relative instead:
 * siteOrigin() in dataset.ts.)
 */
export const DEFAULT_SITE_URL = 'https://cica-pi.example';

let warned = false;

export function publicOrigin(siteUrl = process.env.SITE_URL): string {
	if (!siteUrl) {
		if (!warned) {
			console.warn(
				`SITE_URL is not set: canonical links and the sitemap name ${DEFAULT_SITE_URL}. ` +
					'Set SITE_URL=https://your.host for a build you publish.'
			);
			warned = true;
		}
		return DEFAULT_SITE_URL;
	}
	const url = URL.canParse(siteUrl) ? new URL(siteUrl) : null;
	// The site lives at the root of its host (no kit.paths.base): an origin, nothing more.
	if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL must be an origin such as https://example.org, not "${siteUrl}"`);
	}
	return url.origin;
}
