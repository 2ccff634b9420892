/**
 * A state page's what-if in the browser: the date field starts at the reader's today
 * (the server wrote the day of its build) and each day chosen is worked out by the engine,
 * loaded with the page's language and the record when the field is first needed.
 */
import { today } from '../data/dates';
import { pageLang } from './frame';

export function enableWhatIf(root: HTMLElement): void {
	const field = root.querySelector<HTMLInputElement>('input[type="date"]');
	const out = root.querySelector<HTMLElement>('[data-whatif-result]');
	const state = root.dataset.state;
	if (!field || !out || !state) return;
	const lang = pageLang();
	let work: Promise<typeof import('./whatif-live')> | null = null;
	const show = async () => {
		const day = field.value;
		let lines: string[];
		try {
			const { whatIfLines } = await (work ??= import('./whatif-live'));
			lines = await whatIfLines(state, day, lang);
		} catch (error) {
			// Said in the page's language (the server wrote it), since what failed to load
			// may be the language itself; the next day chosen tries again.
			work = null;
			console.error(error);
			const p = document.createElement('p');
			p.className = 'failed';
			p.textContent = root.dataset.failed ?? '';
			out.replaceChildren(p);
			return;
		}
		if (field.value !== day) return;
		out.replaceChildren(
			...lines.map((text, i) => {
				const p = document.createElement('p');
				p.textContent = text;
				if (i === 0) p.dataset.testid = 'whatif';
				return p;
			})
		);
	};
	field.addEventListener('input', show);
	if (field.value !== today()) {
		field.value = today();
		show();
	}
}
