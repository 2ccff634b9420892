/**
 * Pages rendered on the server as SvelteKit renders them, with the data their loads
 * return: the same builders (src/lib/server/page-data.ts) on the real records or any
 * other data set, so a test sees exactly what a prerendered page holds.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { dataFingerprint, type Fingerprint } from '../../src/lib/data/fingerprint';
import type { Dataset } from '../../src/lib/data/schema';
import type { Lang } from '../../src/lib/i18n';
import { homeData, siteFrame, stateData } from '../../src/lib/server/page-data';

/**
 * The fingerprint of a data set as its files would be written (each file's JSON): the
 * tests' pages get a fingerprint computed from the data they show, not a made-up one.
 */
export function fingerprintOf(data: Dataset): Fingerprint {
	const files: Record<string, string> = {
		'treaty.json': JSON.stringify(data.treaty),
		'members.json': JSON.stringify(data.members),
		'sources.json': JSON.stringify(data.sources)
	};
	for (const s of data.states) files[`states/${s.state}.json`] = JSON.stringify(s);
	return dataFingerprint(files);
}

/** What every page of the site gets from the layouts: its language, the public origin, the frame. */
export function layoutData(data: Dataset, lang: Lang, siteUrl = 'https://cica-pi.example') {
	return { lang, siteUrl, frame: siteFrame(data, fingerprintOf(data), lang) };
}

/** The home page's data, as its load returns it. */
export function homePageData(data: Dataset, lang: Lang = 'en') {
	return { ...layoutData(data, lang), ...homeData(data, lang) };
}

/** A state page's data (an ISO code with a file), as its load returns it. */
export function statePageData(data: Dataset, state: string, lang: Lang = 'en') {
	return { ...layoutData(data, lang), state, ...stateData(data, state, lang) };
}

/**
 * A route component rendered as SvelteKit would: `$app/state`'s page is read from the
 * component context that SvelteKit's server renderer provides (key '__request__').
 */
export function renderRoute(
	component: Component<any>,
	path: string,
	pageData: Record<string, unknown>,
	{
		params = {},
		props = {}
	}: { params?: Record<string, string>; props?: Record<string, unknown> } = {}
) {
	const url = new URL(path, 'http://localhost');
	const page = {
		url,
		params,
		data: pageData,
		route: { id: null },
		status: 200,
		error: null,
		form: null,
		state: {}
	};
	const context = new Map<string, unknown>([['__request__', { page }]]);
	return render(component, { props: { data: pageData, params, ...props }, context });
}

/** The path of a page in a language: "/", "/ru", "/ru/states/kz". */
export function pathIn(lang: Lang, path = '/'): string {
	if (lang === 'en') return path;
	return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

/** Markup as a reader gets its text: Svelte's comments dropped, quotes unescaped. */
export function decode(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"');
}

/** The text of markup, without its tags: what a phrase split by an element reads as. */
export function textOf(html: string): string {
	return decode(html).replace(/<[^>]*>/g, '');
}
