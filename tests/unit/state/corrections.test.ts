/** The "report a correction" link of a state page, and the one setting it depends on. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ReportCorrection from '../../../src/lib/components/state/ReportCorrection.svelte';
import { correctionHref, parseContact } from '../../../src/lib/corrections';
import { correctionsContact } from '../../../src/lib/server/config';

const props = {
	state: 'KZ',
	name: 'Kazakhstan',
	revision: '3 (2 December 2026)',
	url: 'https://example.org/states/kz',
	lang: 'en' as const
};

function hrefOf(html: string): string {
	const m = /href="([^"]+)"/.exec(html);
	if (!m) throw new Error('no link');
	return m[1].replace(/&amp;/g, '&');
}

describe('report a correction', () => {
	it('is not shown when no contact is configured', () => {
		const { body } = render(ReportCorrection, { props: { ...props, contact: null } });
		expect(body).not.toContain('<a');
		expect(body).not.toContain('correction');
	});

	it('prefills a message with the state, the revision and the page’s address', () => {
		const { body } = render(ReportCorrection, {
			props: { ...props, contact: 'records@example.org' }
		});
		expect(body).toContain('Report a correction for Kazakhstan');
		const href = new URL(hrefOf(body));
		expect(href.protocol).toBe('mailto:');
		expect(href.pathname).toBe('records@example.org');
		expect(href.searchParams.get('subject')).toBe('Correction to the record: Kazakhstan (KZ)');
		const message = href.searchParams.get('body')!;
		expect(message).toContain('State: Kazakhstan (KZ)');
		expect(message).toContain('What looks wrong, and the document that says otherwise:');
		expect(message).toContain('Record revision: 3 (2 December 2026)');
		expect(message).toContain('Page: https://example.org/states/kz');
	});

	it('writes the message in the page’s language, with no directional marks in the address', () => {
		const { body } = render(ReportCorrection, {
			props: { ...props, name: 'كازاخستان', lang: 'ar', contact: 'records@example.org' }
		});
		const message = new URL(hrefOf(body)).searchParams.get('body')!;
		expect(message.endsWith('الصفحة: https://example.org/states/kz')).toBe(true);
		expect(message).not.toMatch(/[\u2068\u2069]/);
	});

	it('sends to a web form as its query', () => {
		expect(correctionHref('https://example.org/form?x=1', { subject: 'S', body: 'B b' })).toBe(
			'https://example.org/form?x=1&subject=S&body=B%20b'
		);
	});

	it('takes an e-mail or https address, and fails the build on anything else, naming the setting', () => {
		expect(parseContact(' records@example.org ')).toBe('records@example.org');
		expect(parseContact('https://example.org/form')).toBe('https://example.org/form');
		for (const bad of [
			'javascript:alert(1)',
			'http://example.org',
			'records at example',
			'mailto:x@y.z'
		]) {
			expect(parseContact(bad), bad).toBeNull();
		}
		expect(correctionsContact({})).toBeNull();
		expect(correctionsContact({ CORRECTIONS_CONTACT: '' })).toBeNull();
		expect(() => correctionsContact({ CORRECTIONS_CONTACT: 'javascript:alert(1)' })).toThrow(
			'CORRECTIONS_CONTACT: expected an e-mail address or an https:// address, got "javascript:alert(1)"'
		);
	});
});
