/** The figures docs/PERFORMANCE.md gets from two benchmark runs: computed, never typed. */
import { describe, expect, it } from 'vitest';
import { BEGIN, END, figures, replaceBlock, type BenchFile } from '../../../scripts/bench/report';

function bench(bytes: number, lcpMs: number, ok: boolean): BenchFile {
	return {
		date: '2026-12-02T08:50:00.000Z',
		runsPerPage: 3,
		load: { before: [3.25, 2, 1], after: [4, 3, 2] },
		pages: [
			{
				name: 'widget',
				url: 'http://127.0.0.1:8080/embed',
				performance: 0.99,
				accessibility: 1,
				bestPractices: 1,
				seo: 1,
				lcpMs,
				transferBytes: bytes,
				scriptBytes: 1024,
				requests: 3
			}
		],
		budgets: [
			{
				what: 'widget: transferred',
				value: bytes,
				limit: 30 * 1024,
				kind: 'max',
				unit: 'bytes',
				ok
			}
		]
	};
}

describe('figures', () => {
	const text = figures(bench(90112, 1800, false), bench(22528, 900, true));

	it('gives each page’s figures before and after', () => {
		expect(text).toContain(
			'| widget `/embed` | 88.0 KiB → 22.0 KiB | 1.0 KiB → 1.0 KiB | 3 → 3 | 1.80 s → 0.90 s |'
		);
	});

	it('says whether each budget of the later run holds', () => {
		expect(text).toContain('| widget: transferred | ≤ 30.0 KiB | 22.0 KiB | ok |');
		const broken = figures(bench(0, 0, true), bench(90112, 1800, false));
		expect(broken).toContain('| widget: transferred | ≤ 30.0 KiB | 88.0 KiB | **broken** |');
	});

	it('gives the machine’s load average at the time', () => {
		expect(text).toContain('load average 3.3, 2.0, 1.0 at the start, 4.0, 3.0, 2.0 at the end');
	});
});

describe('replaceBlock', () => {
	it('replaces only what is between the marks', () => {
		const doc = `# Title\n\n${BEGIN}\nold\n${END}\n\nafter`;
		expect(replaceBlock(doc, 'new')).toBe(`# Title\n\n${BEGIN}\n\nnew\n\n${END}\n\nafter`);
	});

	it('refuses a document without the marks', () => {
		expect(() => replaceBlock('# Title', 'new')).toThrow(/bench:begin/);
	});
});
