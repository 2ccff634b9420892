/**
 * Taking the person to a problem: the view it is fixed in, then the field itself, or
 * the nearest field around it, opened if it is folded away or behind another tab.
 */
import { tick } from 'svelte';
import type { DataError } from '$lib/data/validate';
import { editor } from './editor.svelte';
import { fieldId, isFieldPath, pathsAround, viewOfFile } from './paths';

/** The element showing `path` of `file` in the page, or the view's heading. */
function target(file: string, path: string): HTMLElement | null {
	const paths = isFieldPath(path) ? pathsAround(path) : [''];
	for (const p of paths) {
		if (!p) break;
		const id = fieldId(file, p);
		const el = document.getElementById(id) ?? document.getElementById(`${id}-group`);
		if (el) return el;
	}
	return document.getElementById('view-heading');
}

/** Opens what hides the element: a folded section, a language tab not shown. */
async function reveal(el: HTMLElement) {
	for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
		d.open = true;
	const panel = el.closest<HTMLElement>('[role="tabpanel"][hidden]');
	if (panel) {
		document.getElementById(panel.getAttribute('aria-labelledby') ?? '')?.click();
		await tick();
	}
}

export async function goToProblem(e: DataError) {
	const view = viewOfFile(e.file);
	if (JSON.stringify(view) !== JSON.stringify(editor.view)) {
		editor.go(view);
		await tick();
	}
	const el = target(e.file, e.path);
	if (!el) return;
	await reveal(el);
	el.focus();
	el.scrollIntoView({ block: 'center' });
}

/** Moves the keyboard focus to an element once the page shows it. */
export async function focusId(id: string) {
	await tick();
	const el = document.getElementById(id);
	if (!el) return;
	await reveal(el);
	el.focus();
	el.scrollIntoView({ block: 'center' });
}
