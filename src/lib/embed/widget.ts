/**
 * The widget's script, and all of it: the page is prerendered markup and CSS, complete for
 * the default view without it. early.js (inline, in <head>) has already loaded the page in
 * the language asked for and marked <html> with the theme and view for the CSS; this
 * removes the parts the view does not show, emphasises the highlighted member, shows the
 * map's tooltips, draws the chart for view=timeline (the only view that loads it) and
 * tells the host page the widget's height. No framework.
 */
import { isLang } from '../i18n/langs';
import { parseEmbedParams, RESIZE_MESSAGE, VIEW_PARTS, type Part } from './params';
import { enableTooltips } from './tooltips';

const root = document.documentElement;
const widget = document.querySelector<HTMLElement>('.widget');

if (widget) {
	const members = [...widget.querySelectorAll('a[data-state]')].map((a) =>
		a.getAttribute('data-state')!
	);
	const options = parseEmbedParams(new URLSearchParams(location.search), members);
	if (options.ignored.length) {
		console.warn(`CICA widget: ignored option(s) ${options.ignored.join(', ')}; using defaults`);
	}

	const shown = VIEW_PARTS[options.view];
	for (const part of widget.querySelectorAll<HTMLElement>('[data-part]')) {
		if (!shown.includes(part.dataset.part as Part)) part.remove();
	}
	if (options.highlight) {
		widget.querySelector(`a[data-state="${options.highlight}"]`)?.classList.add('hl');
	}
	const map = widget.querySelector<HTMLElement>('[data-part="map"]');
	if (map) enableTooltips(map);

	const timeline = widget.querySelector<HTMLElement>('[data-part="timeline"]');
	if (timeline && isLang(root.lang)) {
		const lang = root.lang;
		import('./timeline').then(({ drawChart }) => drawChart(timeline, lang));
	}

	reportHeight();
	// The browser tests wait for this, as they do for a hydrated page of the site.
	root.dataset.hydrated = 'true';
}

/** Tells the host page the widget's height whenever it changes; /embed.js sizes the iframe. */
function reportHeight(): void {
	if (window.parent === window) return;
	const post = () =>
		window.parent.postMessage({ type: RESIZE_MESSAGE, height: Math.ceil(root.scrollHeight) }, '*');
	new ResizeObserver(post).observe(document.body);
	post();
}
