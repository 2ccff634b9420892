/**
 * The home page's as-of control (components/asof/AsOfControl.svelte renders it): a date
 * field, a slider through time, a play button that replays each change of the count and a
 * reset to the record. It knows days only; what a day shows is the live parts' business.
 */
import { addDaysToDay, daysBetween, today, type Day } from '../data/dates';

export interface AsOfControl {
	/** Shows `day` in the field and on the slider; `valueText` is the slider's spoken value. */
	show(day: Day, valueText: string): void;
	/**
	 * Says that a day could not be shown (the record did not load): the page's own text,
	 * written by the server in its language, since the failed load may be the language's.
	 * The error itself, naming the address, goes to the console.
	 */
	failed(error: unknown): void;
}

/**
 * Wires the control in `root`. `onchange` gets the chosen day, or null for "as recorded",
 * and settles once the page shows it; `steps` gives the days on which the count changes,
 * for the replay. A failure of either is said beside the control, and the next choice
 * tries again.
 */
export function asOfControl(
	root: HTMLElement,
	onchange: (day: Day | null) => Promise<void>,
	steps: () => Promise<Day[]>
): AsOfControl {
	const min = root.dataset.min!;
	const recorded = root.dataset.recorded!;
	const field = root.querySelector<HTMLInputElement>('input[type="date"]')!;
	const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
	const play = root.querySelector<HTMLButtonElement>('[data-action="play"]')!;
	const reset = root.querySelector<HTMLButtonElement>('[data-action="reset"]')!;
	// The last day offered is the reader's today, not the day the page was built.
	const max = today();
	field.max = max;
	slider.max = String(daysBetween(min, max));

	let timer: ReturnType<typeof setInterval> | undefined;
	const setPlaying = (on: boolean) => {
		play.setAttribute('aria-pressed', String(on));
		play.textContent = (on ? root.dataset.pause : root.dataset.play) ?? '';
	};
	const stop = () => {
		clearInterval(timer);
		timer = undefined;
		setPlaying(false);
	};
	// The day the page shows, which the field and slider go back to when another fails.
	let shown = { day: field.value, valueText: slider.getAttribute('aria-valuetext') ?? '' };
	const show = (day: Day, valueText: string) => {
		shown = { day, valueText };
		field.value = day;
		slider.value = String(Math.max(0, Math.min(Number(slider.max), daysBetween(min, day))));
		slider.setAttribute('aria-valuetext', valueText);
		reset.disabled = day === recorded;
	};
	const message = root.querySelector<HTMLElement>('[data-asof-failed]');
	const failed = (error: unknown) => {
		stop();
		console.error(error);
		show(shown.day, shown.valueText);
		if (message) message.textContent = root.dataset.failed ?? '';
	};
	const settle = (change: Promise<void>) =>
		change.then(() => {
			if (message) message.textContent = '';
		}, failed);
	const choose = (day: Day) => settle(onchange(day === recorded ? null : day));

	field.addEventListener('change', () => {
		stop();
		if (field.value) choose(field.value);
	});
	slider.addEventListener('input', () => {
		stop();
		choose(addDaysToDay(min, Number(slider.value)));
	});
	reset.addEventListener('click', () => {
		stop();
		settle(onchange(null));
	});
	play.addEventListener('click', async () => {
		if (timer !== undefined) return stop();
		setPlaying(true);
		let queue: Day[];
		try {
			queue = (await steps()).filter((d) => d <= recorded);
		} catch (error) {
			return failed(error);
		}
		let i = 0;
		choose(queue[0]);
		timer = setInterval(() => {
			i += 1;
			if (i >= queue.length) return stop();
			choose(queue[i]);
		}, 900);
	});

	return { show, failed };
}
