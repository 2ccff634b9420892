/**
 * Every page carries a Content Security Policy without 'unsafe-inline' scripts, and no
 * page, once loaded and hydrated, reports a violation of it.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hydrated, useSite } from './lib/site';

const site = useSite();

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const PAGES = htmlFiles('build').map((f) =>
	('/' + relative('build', f)).replace(/index\.html$/, '').replace(/\.html$/, '')
);

test('every page has a CSP meta tag whose scripts need no unsafe-inline', () => {
	expect(PAGES.length).toBeGreaterThanOrEqual(32);
	for (const file of htmlFiles('build')) {
		const html = readFileSync(file, 'utf8');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
		expect(csp, file).toBeTruthy();
		const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
		expect(scriptSrc, file).not.toContain('unsafe-inline');
		expect(scriptSrc, file).toContain("'self'");
	}
});

test('no page reports a CSP violation', { timeout: 240_000 }, async () => {
	const page = await site.browser.context.newPage();
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __csp: string[] }).__csp.push(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	const console: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
	});
	const seen: Record<string, string[]> = {};
	for (const path of PAGES) {
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		await hydrated(page);
		const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
		if (violations.length) seen[path] = violations;
	}
	expect(seen).toEqual({});
	expect(console).toEqual([]);
	await page.close();
});
