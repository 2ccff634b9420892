/**
 * The count toward entry into force in words: the headline ("13 of 14 …"), what remains,
 * what the depositary is known to hold, and whether a date of entry into force rests on
 * an assumed receipt. Shared by the home page and the widget.
 */
import { t, type Lang } from '../i18n';
import { formatDate, formatIsoDate, stateName } from '../i18n/format';
import { LANG_INFO } from '../i18n/langs';
import type { Status } from '../status/engine';
import { countText } from '../status/report';
import { partialDateProblem, type Day } from '../data/dates';
import type { StatusInput } from '../status/input';
import { whatIfDeposit } from '../status/what-if';

export function headline(status: Status, lang: Lang): string {
	const { certain, possible } = status.counted;
	const eif = status.entryIntoForce;
	if (status.inForce && eif)
		return t(lang, 'count.inForce', { date: formatIsoDate(eif.date, lang) });
	return possible > 0
		? t(lang, 'count.headline.range', {
				certain,
				upper: certain + possible,
				required: status.required
			})
		: t(lang, 'count.headline', { certain, required: status.required });
}

/** "1 more needed", or '' once in force. */
export function remainingText(status: Status, lang: Lang): string {
	if (status.inForce) return '';
	return status.remaining === 1
		? t(lang, 'count.remaining.one')
		: t(lang, 'count.remaining.other', { remaining: status.remaining });
}

/**
 * What the depositary is known to hold at the status's date, and that entry into force
 * runs from its receipt, which the sources date for no other state.
 */
export function depositsText(status: Status, lang: Lang): string {
	const held = Object.values(status.states).filter((s) => s.deposited !== 'no' && s.dates.deposit);
	if (held.length === 0) return t(lang, 'deposits.none');
	const items = held.map((s) =>
		t(lang, 'deposits.item', {
			state: stateName(s.state, lang),
			date: formatDate(s.dates.deposit!.date, lang)
		})
	);
	const list = new Intl.ListFormat(LANG_INFO[lang].locale, { type: 'conjunction' }).format(items);
	const { certain, possible } = status.deposited;
	return t(lang, 'deposits.some', {
		count: possible ? countText(status.deposited) : certain,
		list
	});
}

/** True when the date of entry into force takes some instrument as received on its act of consent. */
export function assumesReceipt(status: Pick<Status, 'entryIntoForce'>): boolean {
	return (status.entryIntoForce?.instruments ?? []).some(
		(i) => i.receivedFrom === 'consent-assumed'
	);
}

/**
 * A state page's what-if in words: what its instrument would do if deposited on
 * `deposit` (status/what-if.ts). The server writes it for the day of the build, as a
 * worked example; the page's script writes it for the day the reader chooses.
 */
export function whatIfText(
	input: StatusInput,
	state: string,
	deposit: Day,
	lang: Lang
): { result: string; assumed: string | null } | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(deposit) || partialDateProblem(deposit)) return null;
	const outcome = whatIfDeposit(input, state, deposit);
	const required = input.treaty.entryIntoForce.instrumentsRequired;
	const result =
		outcome.completesCount && outcome.entryIntoForce
			? t(lang, 'whatif.fourteenth', {
					deposit: formatDate(deposit, lang),
					date: formatIsoDate(outcome.entryIntoForce.date, lang)
				})
			: t(lang, 'whatif.notYet', {
					count: outcome.countedThen,
					required,
					remaining: Math.max(0, required - outcome.countedThen)
				});
	const assumed =
		outcome.entryIntoForce && assumesReceipt({ entryIntoForce: outcome.entryIntoForce })
			? t(lang, 'count.assumed')
			: null;
	return { result, assumed };
}
