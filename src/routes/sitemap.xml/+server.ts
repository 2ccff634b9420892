import { dataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/site-url';
import { sitePages, sitemapXml } from '$lib/seo/sitemap';

export const prerender = true;

/** Every page in every language, for crawlers (robots.txt names it). */
export function GET() {
	const pages = sitePages(dataset().members.members.map((m) => m.state));
	return new Response(sitemapXml(publicOrigin(), pages), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}
