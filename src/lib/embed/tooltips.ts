/**
 * The map's tooltips, without a framework (the widget's and the home page's): each member's tooltip is prerendered by
 * the same component as the site's (MapTooltip.svelte), inert in a <template>; hovering or
 * focusing a member shows a copy of it, placed by the site's rule (map/placement.ts).
 */
import { tooltipPlacement } from '../map/placement';

/**
 * Shows the tooltips of the map in `part`, whose <template data-tips> holds them. The
 * returned function gives them another source: the home page's, when its date moves.
 */
export function enableTooltips(part: HTMLElement): (source: ParentNode) => void {
	const frame = part.querySelector<HTMLElement>('.frame');
	let tips: ParentNode | undefined =
		part.querySelector<HTMLTemplateElement>('template[data-tips]')?.content;
	if (!frame || !tips) return () => {};
	let shown: { state: string; tip: HTMLElement } | null = null;

	const hide = () => {
		shown?.tip.remove();
		shown = null;
	};
	const show = (target: EventTarget | null, pointer?: { x: number; y: number }) => {
		const link = (target as Element | null)?.closest?.('a[data-state]');
		const state = link?.getAttribute('data-state');
		if (!link || !state) return hide();
		if (shown?.state !== state) {
			const copy = tips!.querySelector(`[data-tip="${state}"] > *`)?.cloneNode(true);
			hide();
			if (!(copy instanceof HTMLElement)) return;
			frame.append(copy);
			shown = { state, tip: copy };
		}
		const shape = (link.querySelector('circle') ?? link).getBoundingClientRect();
		const at = tooltipPlacement(frame.getBoundingClientRect(), shape, pointer);
		shown!.tip.style.left = `${at.x}px`;
		shown!.tip.style.top = `${at.y}px`;
		shown!.tip.classList.toggle('below', at.below);
	};

	frame.addEventListener('pointermove', (e) => show(e.target, e));
	frame.addEventListener('pointerleave', hide);
	frame.addEventListener('focusin', (e) => show(e.target));
	frame.addEventListener('focusout', hide);
	frame.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
	return (source) => {
		hide();
		tips = source;
	};
}
