/**
 * `npm run edit` as a person starts it: it prints its address, answers there (on
 * 127.0.0.1), and stops cleanly on Ctrl-C; a bad option is a usage error.
 */
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfData, removeTemps, TSX } from '../../fixtures/data-copy';
import { ROOT } from '../../fixtures/paths';
import { runScript } from '../../helpers/scripts';

afterAll(() => removeTemps());

describe('npm run edit', () => {
	it('prints its address, serves its page there, and stops on Ctrl-C', async () => {
		const dir = copyOfData();
		const child = spawn(process.execPath, [TSX, 'scripts/edit.ts', '--port', '0', '--data', dir], {
			cwd: ROOT
		});
		let out = '';
		child.stdout.on('data', (c) => (out += c));
		const url = await new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 60_000);
			child.stdout.on('data', () => {
				const m = /open at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
				if (m) {
					clearTimeout(timer);
					resolve(m[1]);
				}
			});
		});
		const page = await fetch(url);
		expect(page.status).toBe(200);
		expect(await page.text()).toMatch(/<meta name="editor-token" content="[0-9a-f]{48}">/);
		const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		child.kill('SIGINT');
		await expect(exit).resolves.toBe(0);
		expect(out).toContain('Stopping the editor.');
		await expect(fetch(url)).rejects.toThrow();
	}, 90_000);

	it('refuses a port that is not one, naming the option (exit 2)', async () => {
		const r = await runScript('edit', ['--port', '99999']);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--port: expected a number from 0 to 65535, got "99999"');
	}, 30_000);
});
