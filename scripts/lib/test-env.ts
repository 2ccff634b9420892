/**
 * What `npm test` needs besides Node, and what to do when some of it is missing: the
 * one list of the system packages (.ci/run and the README rely on it), and a pure
 * decision from what was found and what this user may do. scripts/test-env.ts does the
 * looking and the installing.
 */

export type Need = 'chromium' | 'nginx' | 'fonts-core' | 'fonts-cjk' | 'java' | 'pdf';

export interface Requirement {
	need: Need;
	/** Debian's package that provides it. */
	apt: string;
	/** What uses it, for the message. */
	why: string;
	/** The environment variable that names another copy, if any. */
	env?: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
	{ need: 'chromium', apt: 'chromium', why: 'the browser tests', env: 'CHROMIUM_PATH' },
	{ need: 'nginx', apt: 'nginx-light', why: 'the deployment test', env: 'NGINX_PATH' },
	// Without them Arabic and Chinese screenshots show boxes instead of text.
	{ need: 'fonts-core', apt: 'fonts-noto-core', why: 'Arabic text in screenshots' },
	{ need: 'fonts-cjk', apt: 'fonts-noto-cjk', why: 'Chinese text in screenshots' },
	{ need: 'java', apt: 'default-jre-headless', why: 'the HTML checker (vnu.jar)' },
	{ need: 'pdf', apt: 'poppler-utils', why: 'the print test (pdftotext, pdfinfo)' }
];

/** What was found for one need. */
export type Found =
	| 'present'
	| 'missing'
	/** Its environment variable names a file that is not there: apt cannot help. */
	| 'bad-env';

export interface Powers {
	/** apt-get is on this machine. */
	aptGet: boolean;
	/** The process runs as root. */
	root: boolean;
	/** `sudo -n true` succeeds: sudo without a password. */
	sudo: boolean;
	/** The user has not turned installing off (TEST_ENV_INSTALL=no). */
	allowed: boolean;
}

export type Plan =
	| { action: 'ready' }
	| { action: 'install'; packages: string[]; sudo: boolean }
	| { action: 'stop'; missing: Requirement[]; badEnv: Requirement[]; command: string | null };

/** The command line that installs `packages`, as a person would type it. */
export function aptCommand(packages: readonly string[], sudo: boolean): string {
	const s = sudo ? 'sudo ' : '';
	return `${s}apt-get update && ${s}apt-get install -y ${packages.join(' ')}`;
}

export function plan(found: Record<Need, Found>, powers: Powers): Plan {
	const missing = REQUIREMENTS.filter((r) => found[r.need] === 'missing');
	const badEnv = REQUIREMENTS.filter((r) => found[r.need] === 'bad-env');
	if (!missing.length && !badEnv.length) return { action: 'ready' };
	const packages = missing.map((r) => r.apt);
	const canInstall = powers.aptGet && powers.allowed && (powers.root || powers.sudo);
	// A wrong path in the environment would still be used after any install: stop first.
	if (canInstall && !badEnv.length) {
		return { action: 'install', packages, sudo: !powers.root };
	}
	return {
		action: 'stop',
		missing,
		badEnv,
		command: packages.length ? aptCommand(packages, !powers.root) : null
	};
}

/**
 * The message for a plan that stops: what is missing, and the one line that installs it.
 * `attempted`: apt-get ran and these are still missing.
 */
export function stopMessage(
	p: Extract<Plan, { action: 'stop' }>,
	powers: Powers,
	attempted = false
): string {
	const lines = ['npm test needs programs that this machine does not have:'];
	for (const r of p.badEnv) {
		lines.push(`  - ${r.env} names a file that does not exist (${r.why}): fix or unset it`);
	}
	for (const r of p.missing) lines.push(`  - ${r.apt} (${r.why})`);
	if (p.command) {
		const why = attempted
			? 'apt-get did not install them (see its output above). Try by hand:'
			: !powers.aptGet
				? 'apt-get is not available here: install the equivalent packages, or on Debian or Ubuntu run'
				: !powers.allowed
					? 'TEST_ENV_INSTALL=no: install them yourself with'
					: 'Installing needs root or sudo without a password. Run';
		lines.push('', why, '', `  ${p.command}`);
	}
	const envs = p.missing.filter((r) => r.env).map((r) => r.env);
	if (envs.length) lines.push('', `Or point ${envs.join(' / ')} at an existing copy.`);
	lines.push('', 'Then run npm test again.');
	return lines.join('\n');
}
