/**
 * The home page's as-of control (components/asof/AsOfControl.svelte renders it): a date
 * field, a slider through time, a play button that replays each change of the count and a
 * reset to the record. It knows days only; what a day shows is the live parts' business.
 */
import { addDaysToDay, daysBetween, today, type Day } from '../data/dates';

export interface AsOfControl {
	/** Shows `day` in the field and on the slider; `valueText` is the slider's spoken value. */
	show(day: Day, valueText: string): void;
}

/**
 * Wires the control in `root`. `onchange` gets the chosen day, or null for "as recorded";
 * `steps` gives the days on which the count changes, for the replay.
 */
export function asOfControl(
	root: HTMLElement,
	onchange: (day: Day | null) => void,
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
	const choose = (day: Day) => onchange(day === recorded ? null : day);

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
		onchange(null);
	});
	play.addEventListener('click', async () => {
		if (timer !== undefined) return stop();
		setPlaying(true);
		const queue = (await steps()).filter((d) => d <= recorded);
		let i = 0;
		choose(queue[0]);
		timer = setInterval(() => {
			i += 1;
			if (i >= queue.length) return stop();
			choose(queue[i]);
		}, 900);
	});

	return {
		show(day, valueText) {
			field.value = day;
			slider.value = String(Math.max(0, Math.min(Number(slider.max), daysBetween(min, day))));
			slider.setAttribute('aria-valuetext', valueText);
			reset.disabled = day === recorded;
		}
	};
}
