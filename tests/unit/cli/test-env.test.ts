/** What `npm test`'s first step decides from what the machine has and what the user may do. */
import { describe, expect, it } from 'vitest';
import {
	REQUIREMENTS,
	aptCommand,
	plan,
	stopMessage,
	type Found,
	type Need,
	type Powers
} from '../../../scripts/lib/test-env';

const ALL: Record<Need, Found> = {
	chromium: 'present',
	nginx: 'present',
	'fonts-core': 'present',
	'fonts-cjk': 'present',
	java: 'present',
	pdf: 'present'
};
const with_ = (changes: Partial<Record<Need, Found>>) => ({ ...ALL, ...changes });
const ROOT: Powers = { aptGet: true, root: true, sudo: false, allowed: true };
const USER: Powers = { aptGet: true, root: false, sudo: false, allowed: true };

describe('plan', () => {
	it('runs the tests when everything is there, whoever the user is', () => {
		expect(plan(ALL, ROOT)).toEqual({ action: 'ready' });
		expect(plan(ALL, { ...USER, aptGet: false })).toEqual({ action: 'ready' });
	});

	it('installs only the missing packages, as root without sudo', () => {
		expect(plan(with_({ chromium: 'missing', 'fonts-cjk': 'missing' }), ROOT)).toEqual({
			action: 'install',
			packages: ['chromium', 'fonts-noto-cjk'],
			sudo: false
		});
	});

	it('installs poppler-utils for the print test when pdftotext is missing', () => {
		expect(plan(with_({ pdf: 'missing' }), ROOT)).toEqual({
			action: 'install',
			packages: ['poppler-utils'],
			sudo: false
		});
	});

	it('installs through sudo when sudo needs no password', () => {
		expect(plan(with_({ java: 'missing' }), { ...USER, sudo: true })).toEqual({
			action: 'install',
			packages: ['default-jre-headless'],
			sudo: true
		});
	});

	it('stops with the command to run when the user may not install', () => {
		const p = plan(with_({ nginx: 'missing', java: 'missing' }), USER);
		expect(p).toMatchObject({
			action: 'stop',
			command: 'sudo apt-get update && sudo apt-get install -y nginx-light default-jre-headless'
		});
	});

	it('stops without apt-get, even as root', () => {
		const p = plan(with_({ chromium: 'missing' }), { ...ROOT, aptGet: false });
		expect(p).toMatchObject({
			action: 'stop',
			command: 'apt-get update && apt-get install -y chromium'
		});
	});

	it('stops when installing is turned off (TEST_ENV_INSTALL=no)', () => {
		expect(plan(with_({ java: 'missing' }), { ...ROOT, allowed: false }).action).toBe('stop');
	});

	it('stops on a path in the environment that is not there: an install would not be used', () => {
		const p = plan(with_({ chromium: 'bad-env', java: 'missing' }), ROOT);
		expect(p.action).toBe('stop');
		if (p.action !== 'stop') return;
		expect(p.badEnv.map((r) => r.env)).toEqual(['CHROMIUM_PATH']);
		expect(p.command).toBe('apt-get update && apt-get install -y default-jre-headless');
		// Only the path is wrong: there is nothing to install.
		const only = plan(with_({ nginx: 'bad-env' }), ROOT);
		expect(only).toMatchObject({ action: 'stop', command: null });
	});
});

describe('stopMessage', () => {
	it('names each missing package and what needs it, then the command line', () => {
		const p = plan(with_({ 'fonts-core': 'missing', nginx: 'missing' }), USER);
		if (p.action !== 'stop') throw new Error(`expected a stop, got ${p.action}`);
		const text = stopMessage(p, USER);
		expect(text).toContain('  - nginx-light (the deployment test)');
		expect(text).toContain('  - fonts-noto-core (Arabic text in screenshots)');
		expect(text).toContain('root or sudo without a password');
		expect(text).toContain(
			'  sudo apt-get update && sudo apt-get install -y nginx-light fonts-noto-core'
		);
		expect(text).toContain('Or point NGINX_PATH at an existing copy.');
	});

	it('says when apt-get ran and the packages are still missing', () => {
		const off = { ...ROOT, allowed: false };
		const p = plan(with_({ chromium: 'missing' }), off);
		if (p.action !== 'stop') throw new Error(`expected a stop, got ${p.action}`);
		expect(stopMessage(p, off, true)).toContain('apt-get did not install them');
		expect(stopMessage(p, off)).toContain('TEST_ENV_INSTALL=no');
	});
});

describe('the package list', () => {
	it('has one Debian package per need, and the command keeps their order', () => {
		expect(REQUIREMENTS.map((r) => r.need).sort()).toEqual(Object.keys(ALL).sort());
		expect(aptCommand(['a', 'b'], false)).toBe('apt-get update && apt-get install -y a b');
	});
});
