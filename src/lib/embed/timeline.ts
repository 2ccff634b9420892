/**
 * The widget's chart (view=timeline), loaded only for that view: Chart.js, the chart's
 * code shared with the site (components/timeline/chart.ts) and the page's language. It
 * draws into the prerendered figure, from the points the page carries (data-chart).
 */
import { createTimelineChart, type ChartInput } from '../components/timeline/chart';
import { loadCatalogue, type Lang } from '../i18n';

export async function drawChart(part: HTMLElement, lang: Lang): Promise<void> {
	const figure = part.querySelector<HTMLElement>('figure');
	const canvas = figure?.querySelector('canvas');
	if (!figure || !canvas || !part.dataset.chart) return;
	await loadCatalogue(lang);
	const data = JSON.parse(part.dataset.chart) as Omit<ChartInput, 'lang'>;
	createTimelineChart(canvas, figure, { ...data, lang });
}
