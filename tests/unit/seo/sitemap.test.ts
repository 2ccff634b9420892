/** robots.txt and the sitemap: every page in every language, absolute, with its alternates. */
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitePages, sitemapXml } from '../../../src/lib/seo/sitemap';

const ORIGIN = 'https://example.org';

describe('sitePages', () => {
	it('lists the pages of every kind and each member’s page, by lower-case code', () => {
		expect(sitePages(['KZ', 'CN'])).toEqual([
			'/',
			'/working',
			'/changes',
			'/embed',
			'/embed/about',
			'/api',
			'/states/kz',
			'/states/cn'
		]);
	});
});

describe('sitemapXml', () => {
	const text = sitemapXml(ORIGIN, ['/', '/states/kz']);
	const urls = text.split('<url>').slice(1);

	it('has each page once in every language, at an absolute address', () => {
		const locs = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toEqual([
			'https://example.org/',
			'https://example.org/ru',
			'https://example.org/zh',
			'https://example.org/ar',
			'https://example.org/states/kz',
			'https://example.org/ru/states/kz',
			'https://example.org/zh/states/kz',
			'https://example.org/ar/states/kz'
		]);
	});

	it('names the same page in every language and x-default in each entry', () => {
		expect(urls).toHaveLength(8);
		for (const url of urls) {
			const links = [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[1]);
			expect(links).toEqual(['en', 'ru', 'zh', 'ar', 'x-default']);
		}
		expect(urls[5]).toContain(
			'<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/states/kz"/>'
		);
	});

	it('declares the sitemap and xhtml namespaces, and escapes addresses', () => {
		expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
		expect(text).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
		expect(text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		expect(sitemapXml('https://a.org', ['/x?a=1&b=2'], ['en'])).toContain(
			'<loc>https://a.org/x?a=1&amp;b=2</loc>'
		);
	});
});

describe('robotsTxt', () => {
	it('lets everything be crawled and names the sitemap absolutely', () => {
		expect(robotsTxt(ORIGIN)).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n'
		);
	});
});
