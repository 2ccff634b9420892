/**
 * What the site tells crawlers: robots.txt, and the sitemap (sitemaps.org) listing every
 * page to index in every published language, each with its alternates in the other
 * languages (xhtml:link, as search engines read them). Addresses are absolute: crawlers
 * take no relative ones here.
 */
import { alternates } from '$lib/i18n/alternates';
import { AVAILABLE_LANGS } from '$lib/i18n/available';
import { localizePath, type Lang } from '$lib/i18n/langs';

/**
 * Every page to index, by its English address: each is prerendered in every language.
 * "Page not found" is not one (it says noindex); the e2e test checks the list against
 * the pages in build/.
 */
export function sitePages(memberCodes: readonly string[]): string[] {
	const states = memberCodes.map((code) => `/states/${code.toLowerCase()}`);
	return ['/', '/working', '/changes', '/embed', '/embed/about', '/api', ...states];
}

const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(
	origin: string,
	pages: readonly string[],
	langs: readonly Lang[] = AVAILABLE_LANGS
): string {
	const urls = pages.flatMap((page) =>
		langs.map((lang) => {
			const inner = [
				`<loc>${xml(origin + localizePath(page, lang))}</loc>`,
				...alternates(page, origin, langs).map(
					(alt) =>
						`<xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${xml(alt.href)}"/>`
				)
			];
			return ['<url>', ...inner.map((line) => `\t${line}`), '</url>'].join('\n');
		})
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

/** Everything may be crawled: the widget and the open data are meant to be found. */
export function robotsTxt(origin: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
