/**
 * The site's settings that are not data, read from the environment at build time and
 * documented in docs/DEPLOY.md. One place, so a deployment sets each once.
 */
import { parseContact } from '../corrections';

/**
 * CORRECTIONS_CONTACT: where missions send corrections (an e-mail address, or an https
 * address of a form). Unset: no "report a correction" link. Set but not one of those:
 * the build fails, naming it, rather than publishing a link that goes nowhere.
 */
export function correctionsContact(
	env: Record<string, string | undefined> = process.env
): string | null {
	const value = env.CORRECTIONS_CONTACT;
	if (value === undefined || value.trim() === '') return null;
	const contact = parseContact(value);
	if (!contact) {
		throw new Error(
			`CORRECTIONS_CONTACT: expected an e-mail address or an https:// address, got ${JSON.stringify(value)}`
		);
	}
	return contact;
}
