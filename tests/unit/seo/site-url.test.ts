/** The public origin of canonical links and the sitemap: SITE_URL, or the documented default. */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_URL, publicOrigin } from '../../../src/lib/server/site-url';

describe('publicOrigin', () => {
	it('is SITE_URL’s origin, with or without a trailing slash', () => {
		expect(publicOrigin('https://example.org')).toBe('https://example.org');
		expect(publicOrigin('https://example.org/')).toBe('https://example.org');
		expect(publicOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
	});

	it('falls back to a reserved example name, and says so once', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(publicOrigin(undefined)).toBe('https://cica-pi.example');
		expect(publicOrigin('')).toBe(DEFAULT_SITE_URL);
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0][0]).toContain('SITE_URL is not set');
		warn.mockRestore();
	});

	it('refuses what is not an origin: the site lives at the root of its host', () => {
		for (const bad of ['example.org', 'ftp://example.org', 'https://example.org/site']) {
			expect(() => publicOrigin(bad), bad).toThrow('SITE_URL must be an origin');
		}
	});
});
