/**
 * The widget's chart (view=timeline), loaded only for that view: Chart.js, the chart's
 * code shared with the site (components/timeline/chart.ts) and the page's language. It
 * draws into the prerendered figure, from the points the page carries (data-chart). The
 * site's home page draws its chart with it too (src/lib/site/home.ts).
 */
import {
	createTimelineChart,
	type ChartInput,
	type TimelineChartHandle
} from '../components/timeline/chart';
import { loadCatalogue, type Lang } from '../i18n';

/** Draws the chart of the figure[data-chart] in `part`; its handle moves the as-of marker. */
export async function drawChart(
	part: HTMLElement,
	lang: Lang
): Promise<TimelineChartHandle | null> {
	const figure = part.querySelector<HTMLElement>('figure[data-chart]');
	const canvas = figure?.querySelector('canvas');
	if (!figure || !canvas || !figure.dataset.chart) return null;
	await loadCatalogue(lang);
	const data = JSON.parse(figure.dataset.chart) as Omit<ChartInput, 'lang'>;
	return createTimelineChart(canvas, figure, { ...data, lang });
}
