import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs, runCli, UsageError } from '../../../scripts/lib/args';

const SPEC = { values: ['--as-of', '--data'], switches: ['--json'] };

describe('parseArgs', () => {
	it('reads values, inline values, switches and positional arguments', () => {
		const r = parseArgs(['--as-of', '2025-03-17', '--data=dir', '--json', 'extra'], SPEC);
		expect(r.values).toEqual({ '--as-of': '2025-03-17', '--data': 'dir' });
		expect([...r.switches]).toEqual(['--json']);
		expect(r.positional).toEqual(['extra']);
	});

	it('keeps an "=" inside an inline value', () => {
		expect(parseArgs(['--data=a=b'], SPEC).values['--data']).toBe('a=b');
	});

	it('refuses an unknown flag, naming the known ones', () => {
		expect(() => parseArgs(['--asof', 'x'], SPEC)).toThrow(
			new UsageError('unknown option --asof (expected one of: --as-of, --data, --json)')
		);
	});

	it('refuses a flag without its value', () => {
		expect(() => parseArgs(['--data'], SPEC)).toThrow('--data needs a value');
		expect(() => parseArgs(['--data', '--json'], SPEC)).toThrow('--data needs a value');
		expect(() => parseArgs(['--data='], SPEC)).toThrow('--data needs a value');
	});

	it('throws UsageError, which the CLI maps to exit 2', () => {
		expect(() => parseArgs(['--nope'], SPEC)).toThrow(UsageError);
	});
});

describe('runCli', () => {
	afterEach(() => {
		process.exitCode = undefined;
		vi.restoreAllMocks();
	});

	it('sets the exit code the body returns', async () => {
		await runCli('usage', () => 0);
		expect(process.exitCode).toBe(0);
		await runCli('usage', async () => 1);
		expect(process.exitCode).toBe(1);
	});

	it('maps a usage error to exit 2 with the usage line', async () => {
		const err = vi.spyOn(console, 'error').mockImplementation(() => {});
		await runCli('usage: thing', () => {
			throw new UsageError('bad flag');
		});
		expect(process.exitCode).toBe(2);
		expect(err).toHaveBeenCalledWith('error: bad flag\n\nusage: thing');
	});

	it('maps any other error to exit 1 with its message', async () => {
		const err = vi.spyOn(console, 'error').mockImplementation(() => {});
		await runCli('usage', () => {
			throw new Error('states/KZ.json: broken');
		});
		expect(process.exitCode).toBe(1);
		expect(err).toHaveBeenCalledWith('states/KZ.json: broken');
	});
});
