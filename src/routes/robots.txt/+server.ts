import { publicOrigin } from '$lib/server/site-url';
import { robotsTxt } from '$lib/seo/sitemap';

export const prerender = true;

export function GET() {
	return new Response(robotsTxt(publicOrigin()), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
