/**
 * The "report a correction" link on each state's page: a message prefilled with what the
 * record keepers need to act (the state, the record's revision, the page's address), to
 * the contact set at build time (CORRECTIONS_CONTACT, see docs/DEPLOY.md): an e-mail
 * address, or the address of a web form that takes `subject` and `body` parameters.
 * With no contact set, there is no link.
 */
export interface CorrectionMessage {
	subject: string;
	body: string;
}

/** The contact as given, checked: an e-mail address or an https address; else null. */
export function parseContact(value: string | undefined): string | null {
	const v = value?.trim() ?? '';
	if (/^[^\s@<>":/]+@[^\s@<>":/]+\.[^\s@<>":/]+$/.test(v)) return v;
	try {
		const url = new URL(v);
		return url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** The link that opens the prefilled message. */
export function correctionHref(contact: string, message: CorrectionMessage): string {
	const query = `subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`;
	if (contact.includes('@') && !contact.startsWith('https:')) return `mailto:${contact}?${query}`;
	return `${contact}${contact.includes('?') ? '&' : '?'}${query}`;
}
