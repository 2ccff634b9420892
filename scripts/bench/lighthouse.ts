/**
 * Lighthouse 12 on a page of the site in Debian's Chromium, headless, with the same flags
 * as the browser tests (no background networking: everything stays on 127.0.0.1). Mobile
 * form factor and simulated throttling, Lighthouse's defaults.
 */
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/lib/browser';

export interface PageResult {
	name: string;
	url: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest contentful paint, milliseconds (simulated slow 4G, 4× CPU slowdown). */
	lcpMs: number;
	/** Bytes over the wire (compressed), every request of the load. */
	transferBytes: number;
	/** Of which JavaScript. */
	scriptBytes: number;
	requests: number;
	/** The heaviest requests, for the report. */
	heaviest: { url: string; type: string; bytes: number }[];
	/** Requests that left 127.0.0.1 (there must be none). */
	external: string[];
	/** Accessibility audits that failed, by id. */
	accessibilityFailures: string[];
	/** Best-practices audits that failed, by id. */
	bestPracticesFailures: string[];
	/** SEO audits that failed, by id. */
	seoFailures: string[];
	/** The full report, kept for inspection. */
	lhr: unknown;
}

interface NetworkItem {
	url: string;
	transferSize?: number;
	resourceType?: string;
}

export async function startChrome(): Promise<LaunchedChrome> {
	return launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		logLevel: 'silent'
	});
}

export async function audit(
	chrome: LaunchedChrome,
	name: string,
	url: string
): Promise<PageResult> {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const lhr = result.lhr;
	if (lhr.runtimeError)
		throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const items = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] })?.items ?? [];
	const origin = new URL(url).origin;
	const bytes = (i: NetworkItem) => i.transferSize ?? 0;
	const a11y = lhr.categories.accessibility;
	const practices = lhr.categories['best-practices'];
	const seo = lhr.categories.seo;
	const failures = (category: typeof a11y) =>
		category.auditRefs
			.filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score! < 1)
			.map((r) => r.id);
	return {
		name,
		url,
		performance: lhr.categories.performance.score ?? 0,
		accessibility: a11y.score ?? 0,
		bestPractices: practices.score ?? 0,
		seo: seo.score ?? 0,
		lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
		transferBytes: items.reduce((s, i) => s + bytes(i), 0),
		scriptBytes: items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + bytes(i), 0),
		requests: items.length,
		heaviest: [...items]
			.sort((a, b) => bytes(b) - bytes(a))
			.slice(0, 5)
			.map((i) => ({
				url: i.url.replace(origin, ''),
				type: i.resourceType ?? '?',
				bytes: bytes(i)
			})),
		external: items
			.map((i) => i.url)
			.filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1'),
		accessibilityFailures: failures(a11y),
		bestPracticesFailures: failures(practices),
		seoFailures: failures(seo),
		lhr
	};
}
