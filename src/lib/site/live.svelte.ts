/**
 * The home page's live parts, loaded only when the reader asks for another day or nears
 * the table: the engine, the page's language and the record as the page shows it
 * (record.ts). The parts the day changes are rendered again by their own Svelte
 * components, mounted over the server's HTML (the status, the map's caption and
 * tooltips, the list of events, the table); the map's shapes, the chart, the running head
 * of printed sheets and the control are updated in place.
 */
import { flushSync, mount } from 'svelte';
import { t, type Lang } from '../i18n';
import { formatDate } from '../i18n/format';
import type { Day } from '../data/dates';
import { today } from '../data/dates';
import { recordedDay, recordedStatus, statusAt, type Status } from '../status/engine';
import type { StatusInput } from '../status/input';
import { loadRecord } from './record';
import { cumulativeSeries } from '../status/series';
import { classGroups } from '../map/summary';
import { timelineEvents } from '../timeline/events';
import { chartSummary, stepPoints } from '../timeline/chart-data';
import type { TimelineChartHandle } from '../components/timeline/chart';
import HomeStatus from '../components/home/HomeStatus.svelte';
import MapCaption from '../components/map/MapCaption.svelte';
import MapTips from '../components/map/MapTips.svelte';
import EventList from '../components/timeline/EventList.svelte';
import StatusTable from '../components/table/StatusTable.svelte';
import type { AsOfControl } from './asof';
import { applyStatus } from './map';

export interface Live {
	/** Shows the page as at `day`; null: as recorded. */
	show(day: Day | null): void;
	/** Says why an ?asOf= value was refused; the page stays as recorded. */
	refuse(value: string): void;
	/** The days on which the count changes (the replay's). */
	steps(): Day[];
	/** Draws the as-of marker again (the chart arrived after the live parts). */
	redraw(): void;
}

export interface LiveOptions {
	lang: Lang;
	control: AsOfControl | null;
	chart: () => TimelineChartHandle | null;
	setTips: (source: ParentNode) => void;
}

/** The day shown and what it gives: the one piece of state the live parts read. */
function liveView(input: StatusInput) {
	let chosen = $state<Day | null>(null);
	let invalid = $state<string | null>(null);
	const status = $derived(chosen ? statusAt(input, chosen) : recordedStatus(input));
	return {
		get chosen() {
			return chosen;
		},
		set chosen(day: Day | null) {
			chosen = day;
		},
		get invalid() {
			return invalid;
		},
		set invalid(value: string | null) {
			invalid = value;
		},
		get status() {
			return status;
		}
	};
}

export async function startLive({ lang, control, chart, setTips }: LiveOptions): Promise<Live> {
	const input = await loadRecord(lang);
	const view = liveView(input);
	const recorded = recordedDay(input);
	const series = cumulativeSeries(input);
	const points = stepPoints(series);
	const maxDay = today();

	/** Mounts `component` in place of the server's HTML in `target`. */
	const over = <P extends Record<string, unknown>>(
		target: Element | null,
		component: import('svelte').Component<P>,
		props: P
	) => {
		if (!target) return;
		target.replaceChildren();
		mount(component, { target, props });
		if (target instanceof HTMLElement && target.dataset.island) target.dataset.island = 'live';
	};

	over(document.querySelector('[data-live="status"]'), HomeStatus, {
		get status() {
			return view.status;
		},
		get chosen() {
			return view.chosen;
		},
		get invalid() {
			return view.invalid;
		},
		recorded,
		maxDay,
		lang
	});
	over(document.querySelector('[data-map-caption="map"]'), MapCaption, {
		get groups() {
			return classGroups(view.status, lang);
		},
		lang,
		id: 'map'
	});
	const tips = document.createElement('div');
	mount(MapTips, {
		target: tips,
		props: {
			get status() {
				return view.status;
			},
			lang
		}
	});
	setTips(tips);
	over(document.querySelector('[data-live="events"]'), EventList, {
		get events() {
			return timelineEvents(view.status);
		},
		get asOf() {
			return view.status.asOf;
		},
		lang
	});
	over(document.querySelector('[data-live="table"]'), StatusTable, {
		get status() {
			return view.status;
		},
		lang
	});

	/** What Svelte does not render: the shapes, the chart, the printed head, the control. */
	const redraw = () => {
		const status = view.status;
		const date = formatDate(status.asOf, lang);
		const svg = document.querySelector('.status-map svg');
		svg?.setAttribute('aria-label', t(lang, 'map.label', { date }));
		const shapes = document.querySelector('[data-map-shapes="map"]');
		if (shapes) applyStatus(shapes, status, lang);
		const handle = chart();
		if (handle) {
			handle.update({
				points,
				asOf: status.asOf,
				required: status.required,
				lang
			});
			document
				.querySelector('.timeline-chart canvas')
				?.setAttribute('aria-label', chartSummary(series, status, lang));
		}
		const head = document.querySelector('[data-running-asof]');
		if (head) head.textContent = view.chosen ? `${t(lang, 'print.asOf', { date })} · ` : '';
		control?.show(status.asOf, date);
	};

	return {
		show(day) {
			view.chosen = day;
			view.invalid = null;
			flushSync();
			redraw();
		},
		refuse(value) {
			view.invalid = value;
			flushSync();
		},
		steps: () => series.map((p) => p.date),
		redraw
	};
}
