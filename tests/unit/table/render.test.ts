/** The status table rendered on the server: complete, in name order, with no controls. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StatusTable from '../../../src/lib/components/table/StatusTable.svelte';
import { statusAt } from '../../../src/lib/status/engine';
import { realData } from '../../helpers/real-data';

const data = realData();

function bodyRows(html: string): string[] {
	const tbody = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
	return tbody.split('<tr').slice(1);
}

describe('StatusTable (server-rendered)', () => {
	it('renders all 28 members by name, with dates in words', () => {
		const { body } = render(StatusTable, {
			props: { status: statusAt(data, '2025-03-17'), lang: 'en' }
		});
		const rows = bodyRows(body);
		expect(rows).toHaveLength(28);
		expect(rows[0]).toContain('Afghanistan');
		expect(rows[27]).toContain('Viet Nam');
		expect(body).toContain('<caption');
		expect(body).toContain('as of 17 March 2025');
		expect(body).toContain('28 of 28 states shown');
		expect(body).toContain('href="/states/kz"');
		const kz = rows.find((r) => r.includes('Kazakhstan'))!;
		expect(kz).toContain('<time datetime="2011-11-28">28 November 2011</time>');
		expect(kz).toContain('Ratification');
		expect(kz).toContain('Instrument of consent');
		const az = rows.find((r) => r.includes('Azerbaijan'))!;
		expect(az).toContain('<span>between 8 June 2010 and 2022</span>');
		expect(az).not.toContain('<time');
	});

	it('says what an empty cell means to screen readers', () => {
		const { body } = render(StatusTable, {
			props: { status: statusAt(data, '2025-03-17'), lang: 'en' }
		});
		const af = bodyRows(body)[0];
		expect(af.match(/<span aria-hidden="true">—<\/span>/g)).toHaveLength(5);
		expect(af.match(/class="visually-hidden[^"]*">none recorded/g)).toHaveLength(5);
	});

	it('shows no sort, filter or download controls before the page runs', () => {
		const { body } = render(StatusTable, {
			props: { status: statusAt(data, '2025-03-17'), lang: 'en' }
		});
		expect(body).not.toContain('<button');
		expect(body).not.toContain('<select');
		expect(body).not.toContain('<input');
		expect(body.match(/aria-sort="ascending"/g)).toHaveLength(1);
		expect(body).toMatch(/<th scope="col" aria-sort="ascending"[^>]*>(<!--[^>]*-->)?\s*State</);
		expect(body).toMatch(/role="region"[^>]*tabindex="0"/);
		expect(body).toMatch(/role="status"/);
	});

	it('has fewer rows before later members joined', () => {
		const { body } = render(StatusTable, {
			props: { status: statusAt(data, '2015-01-01'), lang: 'ru' }
		});
		// Sri Lanka (2018) and Kuwait (2022) had not joined.
		expect(bodyRows(body)).toHaveLength(26);
		expect(body).not.toContain('Кувейт');
		expect(body).toContain('href="/ru/states/kz"');
	});
});
