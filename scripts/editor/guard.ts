/**
 * Who may talk to the editor's server. It can write the record, so it is a door that
 * opens only for its own page:
 * - every request must be addressed to the loopback host and port it listens on (a
 *   DNS-rebinding page under another name is refused, even from this machine);
 * - every call to its API must carry the token made for this run, which only its own
 *   page holds (another site open in the same browser cannot read it);
 * - every write must come from its own origin, as the browser states it (Origin and,
 *   where sent, Sec-Fetch-Site), and be JSON, which no plain form can send.
 * Pure: it decides from the request's headers, so each rule is tested on its own.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardContext {
	port: number;
	token: string;
}

export interface RequestFacts {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
}

export type Verdict = { ok: true } | { ok: false; status: number; reason: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The origins the editor's own page can have: its loopback names with its port. */
export function ownOrigins(port: number): string[] {
	return LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
}

function header(facts: RequestFacts, name: string): string | undefined {
	const value = facts.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

function sameToken(given: string | undefined, token: string): boolean {
	if (!given) return false;
	const a = Buffer.from(given);
	const b = Buffer.from(token);
	return a.length === b.length && timingSafeEqual(a, b);
}

export function checkRequest(facts: RequestFacts, ctx: GuardContext): Verdict {
	const host = header(facts, 'host')?.toLowerCase();
	if (!host || !LOOPBACK_NAMES.map((n) => `${n}:${ctx.port}`).includes(host)) {
		return { ok: false, status: 421, reason: `unknown host ${JSON.stringify(host ?? '')}` };
	}
	const api = facts.path.startsWith('/api/');
	const write = !['GET', 'HEAD'].includes(facts.method);
	if (write) {
		const origin = header(facts, 'origin');
		if (!origin || !ownOrigins(ctx.port).includes(origin)) {
			return {
				ok: false,
				status: 403,
				reason: `a write from another origin (${origin ?? 'none'})`
			};
		}
		const site = header(facts, 'sec-fetch-site');
		if (site && site !== 'same-origin') {
			return { ok: false, status: 403, reason: `a write from a ${site} page` };
		}
		const type = header(facts, 'content-type') ?? '';
		if (!/^application\/json(;|$)/.test(type)) {
			return { ok: false, status: 415, reason: 'a write that is not JSON' };
		}
	}
	if ((api || write) && !sameToken(header(facts, 'x-editor-token'), ctx.token)) {
		return { ok: false, status: 403, reason: 'a request without this run’s token' };
	}
	return { ok: true };
}

/**
 * The data files a request may name: the three top files and states/XX.json. Any other
 * name, a path with "..", an absolute path, is refused before the file system is asked.
 */
export function isDataFileName(name: string): boolean {
	return /^(treaty|members|sources)\.json$/.test(name) || /^states\/[A-Z]{2}\.json$/.test(name);
}
