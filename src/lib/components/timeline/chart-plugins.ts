/**
 * The timeline chart's own drawing, as Chart.js plugins: the names beside each step
 * and the as-of marker. Each reads the chart's current input and colours through
 * `view`, so an update needs no new plugin.
 */
import type { Plugin } from 'chart.js';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { dayNumber, stepLabel } from '$lib/timeline/chart-data';
import type { ChartInput, Colours } from './chart';

type View = () => { input: ChartInput; colours: Colours };

/** Labels each step with the states that start counting there, beside the riser. */
export function stepLabels(view: View): Plugin<'line'> {
	return {
		id: 'timelineStepLabels',
		afterDatasetsDraw(chart) {
			const { input, colours } = view();
			const meta = chart.getDatasetMeta(0);
			if (meta.hidden) return;
			const area = chart.chartArea;
			// Names where they fit; codes on a narrow chart, where names would collide.
			const short = area.right - area.left < 520;
			const ctx = chart.ctx;
			ctx.save();
			ctx.font = `12px ${colours.font}`;
			ctx.textBaseline = 'bottom';
			ctx.lineJoin = 'round';
			input.points.forEach((point, i) => {
				const label = stepLabel(point, input.lang, short);
				const el = meta.data[i];
				if (!label || !el) return;
				const width = ctx.measureText(label).width;
				const leftFits = el.x - 6 - width >= area.left;
				ctx.textAlign = leftFits ? 'right' : 'left';
				const x = leftFits ? el.x - 6 : el.x + 6;
				// A halo in the background colour keeps the text legible over lines and hatching.
				ctx.lineWidth = 4;
				ctx.strokeStyle = colours.background;
				ctx.strokeText(label, x, el.y - 4);
				ctx.fillStyle = colours.text;
				ctx.fillText(label, x, el.y - 4);
			});
			ctx.restore();
		}
	};
}

/** A vertical line at the as-of date; what lies after it is veiled. */
export function asOfMarker(view: View): Plugin<'line'> {
	return {
		id: 'timelineAsOf',
		afterDatasetsDraw(chart) {
			const { input, colours } = view();
			const x = chart.scales.x.getPixelForValue(dayNumber(input.asOf));
			const { top, bottom, left, right } = chart.chartArea;
			if (x < left || x > right) return;
			// Later dates lie to the left when the axis runs from the right (RTL pages).
			const reversed = !!chart.scales.x.options.reverse;
			const ctx = chart.ctx;
			ctx.save();
			ctx.globalAlpha = 0.55;
			ctx.fillStyle = colours.background;
			if (reversed) ctx.fillRect(left, top, x - left, bottom - top);
			else ctx.fillRect(x, top, right - x, bottom - top);
			ctx.globalAlpha = 1;
			ctx.strokeStyle = colours.marker;
			ctx.setLineDash([2, 3]);
			ctx.lineWidth = 1.5;
			ctx.beginPath();
			ctx.moveTo(x, top);
			ctx.lineTo(x, bottom);
			ctx.stroke();
			const label = t(input.lang, 'timeline.chart.asOf', {
				date: formatDate(input.asOf, input.lang)
			});
			ctx.font = `12px ${colours.font}`;
			ctx.fillStyle = colours.marker;
			ctx.textBaseline = 'top';
			// On the side of the earlier dates, unless it would leave the chart there.
			const width = ctx.measureText(label).width;
			const earlierFits = reversed ? x + 4 + width <= right : x - 4 - width >= left;
			const onRight = reversed === earlierFits;
			ctx.textAlign = onRight ? 'left' : 'right';
			ctx.fillText(label, onRight ? x + 4 : x - 4, top + 2);
			ctx.restore();
		}
	};
}
