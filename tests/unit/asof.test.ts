/** The permalinks of the views: ?asOf= and ?from=&to= (src/lib/asof.ts). */
import { describe, expect, it } from 'vitest';
import { parseAsOf, parseInterval, withInterval } from '../../src/lib/asof';

const MAX = '2026-12-02';

describe('parseAsOf', () => {
	it('reads a real day up to the maximum, and nothing as "as recorded"', () => {
		expect(parseAsOf('2025-03-01', MAX)).toEqual({ ok: true, day: '2025-03-01' });
		expect(parseAsOf(null, MAX)).toEqual({ ok: true, day: null });
		expect(parseAsOf('2025-02-30', MAX)).toEqual({ ok: false, value: '2025-02-30' });
		expect(parseAsOf('2026-12-03', MAX)).toEqual({ ok: false, value: '2026-12-03' });
	});
});

describe('parseInterval', () => {
	it('reads two days, the first before the second', () => {
		expect(parseInterval('2025-03-01', '2025-03-17', MAX)).toEqual({
			ok: true,
			interval: { from: '2025-03-01', to: '2025-03-17' }
		});
	});

	it('takes no parameters as the page’s default', () => {
		expect(parseInterval(null, null, MAX)).toEqual({ ok: true, interval: null });
		expect(parseInterval('', ' ', MAX)).toEqual({ ok: true, interval: null });
	});

	it.each([
		['one day missing', '2025-03-01', null],
		['the days in the wrong order', '2025-03-17', '2025-03-01'],
		['the same day twice', '2025-03-17', '2025-03-17'],
		['a day that does not exist', '2025-02-30', '2025-03-17'],
		['a day after the maximum', '2025-03-01', '2026-12-03'],
		['not a day', '2025-03', '2025-04']
	])('refuses %s, saying what was given', (_, from, to) => {
		const parsed = parseInterval(from, to, MAX);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.value).toBe(`${from ?? ''} – ${to ?? ''}`);
	});
});

describe('withInterval', () => {
	it('sets both days, keeps other parameters, and removes both for the default', () => {
		const url = new URL('https://example.org/changes?x=1');
		const set = withInterval(url, { from: '2025-03-01', to: '2025-03-17' });
		expect(set.search).toBe('?x=1&from=2025-03-01&to=2025-03-17');
		expect(withInterval(set, null).search).toBe('?x=1');
	});
});
