/**
 * The widget's options, from its query string. Every option has a default that is a
 * good widget on its own; an unknown or bad value falls back to it (and is reported
 * in `ignored`, for the console), never a broken widget.
 */
import { isLang, type Lang } from '../i18n/langs';

export const VIEWS = ['full', 'count', 'map', 'timeline'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type View = (typeof VIEWS)[number];
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	view: View;
	theme: Theme;
	/** ISO alpha-2 code of a member to emphasise, upper case. */
	highlight: string | null;
	/** A language asked for by `lang=`, or null to keep the page's own. */
	lang: Lang | null;
	ignored: string[];
}

export const DEFAULT_OPTIONS: EmbedOptions = {
	view: 'full',
	theme: 'auto',
	highlight: null,
	lang: null,
	ignored: []
};

const KNOWN = ['view', 'theme', 'highlight', 'lang'];

export function parseEmbedParams(params: URLSearchParams, members: string[]): EmbedOptions {
	const options: EmbedOptions = { ...DEFAULT_OPTIONS, ignored: [] };
	const view = params.get('view');
	if (view !== null) {
		if ((VIEWS as readonly string[]).includes(view)) options.view = view as View;
		else options.ignored.push(`view=${view}`);
	}
	const theme = params.get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) options.theme = theme as Theme;
		else options.ignored.push(`theme=${theme}`);
	}
	const highlight = params.get('highlight');
	if (highlight !== null) {
		const state = highlight.toUpperCase();
		if (members.includes(state)) options.highlight = state;
		else options.ignored.push(`highlight=${highlight}`);
	}
	const lang = params.get('lang');
	if (lang !== null) {
		if (isLang(lang)) options.lang = lang;
		else options.ignored.push(`lang=${lang}`);
	}
	for (const key of params.keys()) {
		if (!KNOWN.includes(key)) options.ignored.push(key);
	}
	return options;
}

/** The widget's parts, each prerendered in the page (data-part); a view shows some of them. */
export type Part = 'count' | 'map' | 'timeline';

/** What each view shows: only the timeline's part loads a script of its own (the chart). */
export const VIEW_PARTS: Record<View, readonly Part[]> = {
	full: ['count', 'map'],
	count: ['count'],
	map: ['map'],
	timeline: ['timeline']
};

/** The message the widget posts to its host page; embed.js listens for exactly this. */
export const RESIZE_MESSAGE = 'cica-pi:resize';
