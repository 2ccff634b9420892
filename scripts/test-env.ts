/**
 * The first step of `npm test`: makes sure the machine has what the tests use besides
 * Node (Chromium, nginx, the Noto fonts, Java for the HTML checker, poppler's pdftotext
 * for the print test). Missing packages are installed with apt-get when this user may
 * (root, or sudo without a password); otherwise it prints the apt-get line to run and
 * exits 1 before any test runs.
 *
 *   npm run test:env              (TEST_ENV_INSTALL=no: never install, only report)
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import {
	REQUIREMENTS,
	plan,
	stopMessage,
	type Found,
	type Need,
	type Powers
} from './lib/test-env';
import { CHROMIUM } from '../tests/e2e/lib/browser';
import { NGINX } from './bench/nginx';

function runs(cmd: string, args: string[]): { ok: boolean; output: string } {
	const r = spawnSync(cmd, args, { encoding: 'utf8' });
	return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** A program the tests run from a fixed path, unless an environment variable names another. */
function program(path: string, env: string): Found {
	if (executable(path)) return 'present';
	return process.env[env] ? 'bad-env' : 'missing';
}

/** A Noto font covering `lang`, as fontconfig sees it, or Debian's file for it. */
function notoFont(lang: string, debianFile: string): Found {
	if (existsSync(debianFile)) return 'present';
	const list = runs('fc-list', [`:lang=${lang}`, 'family']);
	return list.ok && /Noto/.test(list.output) ? 'present' : 'missing';
}

/** The print test reads its PDFs back with poppler's pdftotext and pdfinfo, on the PATH. */
function poppler(): Found {
	const found = ['pdftotext', 'pdfinfo'].every((cmd) => runs('sh', ['-c', `command -v ${cmd}`]).ok);
	return found ? 'present' : 'missing';
}

/** vnu.jar needs Java 11 or later on the PATH. */
function java(): Found {
	const r = runs('java', ['-version']);
	const major = /version "(?:1\.)?(\d+)/.exec(r.output)?.[1];
	return r.ok && Number(major) >= 11 ? 'present' : 'missing';
}

function look(): Record<Need, Found> {
	return {
		chromium: program(CHROMIUM, 'CHROMIUM_PATH'),
		nginx: program(NGINX, 'NGINX_PATH'),
		'fonts-core': notoFont('ar', '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf'),
		'fonts-cjk': notoFont('zh-cn', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
		java: java(),
		pdf: poppler()
	};
}

function powers(): Powers {
	const root = process.getuid?.() === 0;
	return {
		aptGet: runs('sh', ['-c', 'command -v apt-get']).ok,
		root,
		sudo: !root && runs('sudo', ['-n', 'true']).ok,
		allowed: process.env.TEST_ENV_INSTALL !== 'no'
	};
}

function install(packages: string[], sudo: boolean): boolean {
	const as = (argv: string[]) => (sudo ? ['sudo', '-n', ...argv] : argv);
	const step = (argv: string[]) => {
		const [cmd, ...args] = as(argv);
		console.log(`$ ${[cmd, ...args].join(' ')}`);
		return spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
	};
	// Slim Debian images drop the man directories, and the JRE's postinst fails without them.
	if (packages.includes('default-jre-headless')) step(['mkdir', '-p', '/usr/share/man/man1']);
	return (
		step(['apt-get', 'update', '-qq']) &&
		step(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', ...packages])
	);
}

function main(): number {
	const how = powers();
	let next = plan(look(), how);
	const attempted = next.action === 'install';
	if (next.action === 'install') {
		console.log(`Installing what the tests need: ${next.packages.join(' ')}`);
		install(next.packages, next.sudo);
		// Whatever apt-get said, what counts is what is there now.
		next = plan(look(), { ...how, allowed: false });
	}
	if (next.action === 'stop') {
		console.error(stopMessage(next, how, attempted));
		return 1;
	}
	const names = REQUIREMENTS.map((r) => r.apt).join(', ');
	console.log(`Test environment ready (${names}).`);
	return 0;
}

process.exitCode = main();
