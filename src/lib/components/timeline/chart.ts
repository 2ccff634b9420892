/**
 * The Chart.js side of the timeline, loaded only in the browser with a dynamic
 * import(). Only the pieces the chart uses are registered, so the rest of Chart.js is
 * left out of the bundle; no date adapter is needed since the x axis counts days.
 */
import {
	Chart,
	Filler,
	Legend,
	LineController,
	LineElement,
	LinearScale,
	PointElement,
	Tooltip,
	type ChartDataset,
	type ChartOptions
} from 'chart.js';
import type { Day } from '$lib/data/dates';
import { t, type Lang } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { LANG_INFO, intlLocale } from '$lib/i18n/langs';
import {
	dayOfNumber,
	pointLines,
	xRange,
	yearTicks,
	type StepPoint
} from '$lib/timeline/chart-data';
import { asOfMarker, stepLabels } from './chart-plugins';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Tooltip, Legend);

export interface ChartInput {
	points: StepPoint[];
	asOf: Day;
	required: number;
	lang: Lang;
}

export interface TimelineChartHandle {
	update(input: ChartInput): void;
	destroy(): void;
}

export interface Colours {
	certain: string;
	possible: string;
	threshold: string;
	marker: string;
	text: string;
	grid: string;
	background: string;
	font: string;
}

/** The colours come from CSS custom properties, so dark mode and themes apply. */
function readColours(el: HTMLElement): Colours {
	const style = getComputedStyle(el);
	const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return {
		certain: get('--timeline-certain', '#0072b2'),
		possible: get('--timeline-possible', '#e69f00'),
		threshold: get('--timeline-threshold', '#1a1d21'),
		marker: get('--timeline-marker', '#4d5560'),
		text: get('--timeline-text', '#1a1d21'),
		grid: get('--timeline-grid', '#c9ced6'),
		background: get('--timeline-background', '#ffffff'),
		font: style.fontFamily || 'system-ui, sans-serif'
	};
}

/** Diagonal hatching: the band differs from the line by texture, not by colour alone. */
function hatch(colour: string): CanvasPattern | string {
	const tile = document.createElement('canvas');
	tile.width = tile.height = 8;
	const ctx = tile.getContext('2d');
	if (!ctx) return colour;
	ctx.globalAlpha = 0.18;
	ctx.fillStyle = colour;
	ctx.fillRect(0, 0, 8, 8);
	ctx.globalAlpha = 0.8;
	ctx.strokeStyle = colour;
	ctx.lineWidth = 1.5;
	ctx.beginPath();
	ctx.moveTo(0, 8);
	ctx.lineTo(8, 0);
	ctx.moveTo(-2, 2);
	ctx.lineTo(2, -2);
	ctx.moveTo(6, 10);
	ctx.lineTo(10, 6);
	ctx.stroke();
	return ctx.createPattern(tile, 'repeat') ?? colour;
}

export function createTimelineChart(
	canvas: HTMLCanvasElement,
	host: HTMLElement,
	initial: ChartInput
): TimelineChartHandle {
	let input = initial;
	let colours = readColours(host);
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
	const dark = matchMedia('(prefers-color-scheme: dark)');

	const view = () => ({ input, colours });
	const plugins = [stepLabels(view), asOfMarker(view)];

	function datasets(): ChartDataset<'line', { x: number; y: number }[]>[] {
		const { points, required, lang } = input;
		const { min, max } = xRange(points, input.asOf);
		return [
			{
				label: t(lang, 'timeline.chart.certain'),
				data: points.map((p) => ({ x: p.x, y: p.certain })),
				stepped: 'before',
				borderColor: colours.certain,
				backgroundColor: colours.certain,
				borderWidth: 2.5,
				pointRadius: 2.5,
				pointHoverRadius: 5,
				fill: false
			},
			{
				label: t(lang, 'timeline.chart.possible'),
				data: points.map((p) => ({ x: p.x, y: p.upper })),
				stepped: 'before',
				borderColor: colours.possible,
				backgroundColor: hatch(colours.possible),
				borderWidth: 1,
				borderDash: [4, 3],
				pointRadius: 0,
				fill: '-1'
			},
			{
				label: t(lang, 'timeline.chart.threshold', { required }),
				data: [
					{ x: min, y: required },
					{ x: max, y: required }
				],
				borderColor: colours.threshold,
				backgroundColor: 'transparent',
				borderWidth: 1.5,
				borderDash: [8, 4],
				pointRadius: 0,
				pointHitRadius: 0,
				fill: false
			}
		];
	}

	function options(): ChartOptions<'line'> {
		const { points, required, lang } = input;
		const { min, max } = xRange(points, input.asOf);
		const rtl = LANG_INFO[lang].dir === 'rtl';
		const grid = { color: colours.grid };
		return {
			// Chart.js writes the axis numbers with Intl in this locale: the page's digits.
			locale: intlLocale(lang),
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion.matches ? false : { duration: 400 },
			color: colours.text,
			font: { family: colours.font },
			layout: { padding: { top: 8 } },
			interaction: { mode: 'nearest', axis: 'x', intersect: false },
			scales: {
				x: {
					type: 'linear',
					min,
					max,
					// Time runs from the right on a right-to-left page, as the text does.
					reverse: rtl,
					grid,
					ticks: {
						color: colours.text,
						autoSkip: false,
						maxRotation: 0,
						callback: (value) => dayOfNumber(Number(value)).slice(0, 4)
					},
					afterBuildTicks: (axis) => {
						// About one year label per 60 px; the axis's own width is not final here.
						const count = Math.max(3, Math.floor(axis.chart.width / 60));
						axis.ticks = yearTicks(min, max, count).map((value) => ({ value }));
					}
				},
				y: {
					type: 'linear',
					position: rtl ? 'right' : 'left',
					min: 0,
					suggestedMax: required + 1,
					grid,
					ticks: { color: colours.text, precision: 0, stepSize: 2 },
					title: { display: true, text: t(lang, 'timeline.chart.axis'), color: colours.text }
				}
			},
			plugins: {
				legend: {
					position: 'bottom',
					rtl,
					labels: { color: colours.text, boxWidth: 28, boxHeight: 10 }
				},
				tooltip: {
					rtl,
					filter: (item) => item.datasetIndex === 0,
					callbacks: {
						title: (items) => {
							const point = input.points[items[0]?.dataIndex ?? -1];
							return point ? formatDate(point.date, lang) : '';
						},
						label: (item) => {
							const point = input.points[item.dataIndex];
							return point ? pointLines(point, lang) : '';
						}
					}
				}
			}
		};
	}

	const chart = new Chart<'line', { x: number; y: number }[]>(canvas, {
		type: 'line',
		data: { datasets: datasets() },
		options: options(),
		plugins
	});

	function refresh() {
		chart.data.datasets = datasets();
		chart.options = options();
		chart.update(reducedMotion.matches ? 'none' : undefined);
	}

	const onScheme = () => {
		colours = readColours(host);
		refresh();
	};
	dark.addEventListener('change', onScheme);

	return {
		update(next) {
			if (next === input) return;
			input = next;
			refresh();
		},
		destroy() {
			dark.removeEventListener('change', onScheme);
			chart.destroy();
		}
	};
}
