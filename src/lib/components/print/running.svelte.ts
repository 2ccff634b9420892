/**
 * What a page adds to the running head of its printed sheets. The site's layout provides
 * it; a page that shows the status as at a chosen date (the home page's as-of control)
 * sets that date, so every sheet says which day its figures are for, not only the first.
 */
import { getContext, setContext } from 'svelte';
import type { Day } from '$lib/data/dates';

const KEY = Symbol('print-running');

export class Running {
	/** The day the page's status is shown as at, when the reader chose one; null: as recorded. */
	asOf: Day | null = $state(null);
}

/** The layout's: one per site frame, read by PrintFrame. */
export function provideRunning(): Running {
	return setContext(KEY, new Running());
}

/** A page's: the running head of the frame it renders in (none outside the site frame). */
export function useRunning(): Running | undefined {
	return getContext<Running | undefined>(KEY);
}
