/**
 * The editor's page, built with Vite and Svelte (the project's own tools) into memory
 * when `npm run edit` starts: nothing is written to disk, so nothing of the editor can
 * end up in build/ or on the public site. Takes a few seconds, once per run.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Bundle {
	/** Built files by their address ("/index.html", "/assets/main-abc123.js"). */
	files: Map<string, { body: Buffer; type: string }>;
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	svg: 'image/svg+xml'
};

export async function buildEditor(): Promise<Bundle> {
	const result = await build({
		root: `${ROOT}src/editor`,
		configFile: false,
		// The language catalogues are imported both ways (site and editor): Rolldown says so at
		// length on every start, and nothing else it warns of matters for a local page.
		logLevel: 'error',
		base: '/',
		plugins: [svelte({ configFile: `${ROOT}svelte.config.js` })],
		resolve: { alias: { $lib: `${ROOT}src/lib` } },
		build: {
			write: false,
			outDir: 'out',
			emptyOutDir: false,
			modulePreload: false,
			// One script and one style sheet: the page starts in one round trip.
			assetsInlineLimit: 0,
			chunkSizeWarningLimit: 2000,
			reportCompressedSize: false
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const files: Bundle['files'] = new Map();
	for (const output of outputs) {
		for (const item of output.output) {
			const body = Buffer.from(item.type === 'chunk' ? item.code : item.source);
			const ext = item.fileName.split('.').pop() ?? '';
			files.set(`/${item.fileName}`, { body, type: TYPES[ext] ?? 'application/octet-stream' });
		}
	}
	if (!files.has('/index.html')) throw new Error('the editor build produced no index.html');
	return { files };
}
