/**
 * Every prerendered page of build/ is valid HTML by the Nu Html Checker (the W3C's
 * validator): every route in every language, checked as the files a host serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { vnuErrors } from './lib/vnu';
import { ROOT } from '../fixtures/paths';

const BUILD = join(ROOT, 'build');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

let scratch: string;
beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'cica-vnu-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the markup', () => {
	it('covers every kind of page in every language', () => {
		const pages = htmlFiles(BUILD).map((f) => relative(BUILD, f));
		for (const lang of ['', 'ru', 'zh', 'ar']) {
			const at = (page: string) => (lang ? `${lang}/${page}` : page);
			const home = lang ? `${lang}.html` : 'index.html';
			for (const page of [home, at('states/kz.html'), at('embed.html'), at('embed/about.html')]) {
				expect(pages, page).toContain(page);
			}
			expect(pages).toContain(at('api.html'));
			expect(pages).toContain(at('404.html'));
		}
	});

	it('has no error in any page by the Nu Html Checker', { timeout: 180_000 }, () => {
		const pages = htmlFiles(BUILD);
		// A page with a known error proves the checker ran and its report is read.
		const planted = join(scratch, 'planted.html');
		writeFileSync(
			planted,
			'<!doctype html><html lang="en"><title>t</title><p><time>between 2010 and 2022</time>'
		);
		const errors = vnuErrors([planted, ...pages]);
		expect(errors.filter((e) => e.file === planted).map((e) => e.message)).toEqual([
			expect.stringContaining('element “time” was not in the required format')
		]);
		const found = errors
			.filter((e) => e.file !== planted)
			.map((e) => `${relative(BUILD, e.file)}:${e.line}: ${e.message} [${e.extract}]`);
		expect(found, `${found.length} errors in ${pages.length} pages`).toEqual([]);
	});
});
