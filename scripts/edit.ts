/**
 * npm run edit [-- --port N] [--data DIR] [--open]
 * Starts the record editor: a page in the browser to add, correct and remove what the
 * data records, checked as it is typed, previewed before it is saved, and saved the
 * way `npm run record` saves. It listens on this computer only (127.0.0.1) and stops
 * with Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { DEFAULT_DATA_DIR, DataDirError } from '../src/lib/server/read-data';
import { parseArgs, runCli, UsageError } from './lib/args';
import { buildEditor } from './editor/bundle';
import { startEditor } from './editor/server';

const USAGE = `usage: npm run edit [-- --port N] [--data DIR] [--open]

  --port N      the port to listen on (default 5180; 0 picks a free one)
  --data DIR    the data directory (default: data)
  --open        also open the editor in the default browser`;

runCli(USAGE, async () => {
	const { values, switches, positional } = parseArgs(process.argv.slice(2), {
		values: ['--port', '--data'],
		switches: ['--open']
	});
	if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
	const portText = values['--port'] ?? '5180';
	if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
		throw new UsageError(`--port: expected a number from 0 to 65535, got "${portText}"`);
	}
	const dataDir = values['--data'] ?? DEFAULT_DATA_DIR;
	console.log('Preparing the editor…');
	const bundle = await buildEditor();
	let editor;
	try {
		editor = await startEditor({ dataDir, port: Number(portText), bundle });
	} catch (err) {
		if (err instanceof DataDirError) throw new UsageError(`--data: ${err.message}`);
		const code = (err as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE')
			throw new UsageError(
				`--port: port ${portText} is in use (expected a free port, or --port 0)`
			);
		throw err;
	}
	console.log(`The record editor is open at ${editor.url}`);
	console.log(`Editing ${editor.root}. Press Ctrl-C to stop.`);
	if (switches.has('--open')) {
		const opener =
			process.platform === 'darwin'
				? 'open'
				: process.platform === 'win32'
					? 'explorer'
					: 'xdg-open';
		spawn(opener, [editor.url], { stdio: 'ignore', detached: true })
			.on('error', () => console.log(`Could not open a browser: open ${editor.url} yourself.`))
			.unref();
	}
	await new Promise<void>((resolve) => {
		const stop = () => {
			console.log('\nStopping the editor. Unsaved changes stay in the browser as a draft.');
			editor.close().then(resolve);
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	return 0;
});
