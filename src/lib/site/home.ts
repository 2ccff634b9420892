/**
 * The home page in the browser. The page is prerendered as recorded and complete; this
 * shows the map's tooltips, draws the chart when it nears the screen, and wires the as-of
 * control. The live parts (the engine, the page's language, Svelte) are loaded only when
 * a day other than the recorded one is asked for (the control, or an ?asOf= permalink) or
 * when the table nears the screen to be sorted and filtered (live.svelte.ts).
 */
import { AS_OF_PARAM, parseAsOf, withAsOf } from '../asof';
import { today } from '../data/dates';
import { enableTooltips } from '../embed/tooltips';
import type { TimelineChartHandle } from '../components/timeline/chart';
import { asOfControl, type AsOfControl } from './asof';
import { pageLang, showAddress } from './frame';
import type { Live } from './live.svelte';

/** Resolves once the page shows what its address asks for (an ?asOf= permalink's day). */
export async function enableHome(): Promise<void> {
	const lang = pageLang();
	const map = document.querySelector<HTMLElement>('.status-map');
	const setTips = map ? enableTooltips(map) : () => {};

	let chart: TimelineChartHandle | null = null;
	const timeline = document.querySelector<HTMLElement>('.timeline');
	if (timeline) {
		whenNear(timeline, async () => {
			const { drawChart } = await import('../embed/timeline');
			chart = await drawChart(timeline, lang);
			if (started) (await started).redraw();
		});
	}

	let started: Promise<Live> | null = null;
	const live = (): Promise<Live> =>
		(started ??= import('./live.svelte')
			.then(({ startLive }) => startLive({ lang, control, chart: () => chart, setTips }))
			.catch((error) => {
				// Not remembered: the next use tries again (the connection may be back).
				started = null;
				throw error;
			}));

	const root = document.querySelector<HTMLElement>('[data-asof]');
	const control: AsOfControl | null = root
		? asOfControl(
				root,
				async (day) => {
					(await live()).show(day);
					// The address, and the printed one, once the page shows the day.
					history.replaceState(history.state, '', withAsOf(new URL(location.href), day));
					showAddress();
				},
				() => live().then((l) => l.steps())
			)
		: null;

	// The table as the server wrote it stands if the live parts do not load: it only loses
	// its sorting and filtering, so the failure goes to the console alone.
	const table = document.querySelector<HTMLElement>('[data-live="table"]');
	if (table) whenNear(table, () => live().catch(console.error));

	// A permalink to another day: the page shows it, or says why not and shows the record.
	const asked = new URLSearchParams(location.search).get(AS_OF_PARAM);
	if (asked !== null) {
		const parsed = parseAsOf(asked, today());
		try {
			const l = await live();
			if (parsed.ok) l.show(parsed.day);
			else l.refuse(parsed.value);
		} catch (error) {
			control?.failed(error);
		}
	}
}

/**
 * Runs `task` once `el` comes within a screen of the viewport. What is observed is the
 * section around it: the home page's long sections are laid out only when they near the
 * screen (content-visibility: auto), and observing an element inside one would lay it out.
 */
function whenNear(el: Element, task: () => unknown): void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			task();
		},
		{ rootMargin: '100% 0px' }
	);
	observer.observe(el.closest('section') ?? el);
}
