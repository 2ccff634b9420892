import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { WIDGET_SCRIPT_FILE, WIDGET_SCRIPT_SOURCE } from './src/lib/embed/assets.js';

/**
 * The widget's own script (src/lib/embed/widget.ts). The widget page has no SvelteKit
 * client (csr = false), so its script is built on its own, after the site's client and
 * into the same output: one file under a fixed name the prerendered page can give, with
 * nothing shared with the site's chunks; the chart it loads for view=timeline comes in
 * hashed chunks of its own.
 */
function widgetScript(): Plugin {
	let client = false;
	let outDir = '';
	return {
		name: 'cica-widget-script',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
			outDir = config.build.outDir;
		},
		async closeBundle() {
			if (!client) return;
			await build({
				configFile: false,
				logLevel: 'warn',
				publicDir: false,
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				build: {
					outDir,
					emptyOutDir: false,
					copyPublicDir: false,
					// A library build: an ES module of its own, without Vite's preloading helper;
					// minified as the site's scripts are (a library build would keep the spaces).
					lib: { entry: WIDGET_SCRIPT_SOURCE, formats: ['es'], fileName: () => WIDGET_SCRIPT_FILE },
					rollupOptions: {
						// The chart's chunk may import what it shares with the script from the script
						// itself, rather than both from a third file.
						preserveEntrySignatures: false,
						output: { chunkFileNames: '_app/immutable/widget/[hash].js', minify: true }
					}
				}
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), widgetScript()],
	// Pre-bundled for dev, so the chart's first dynamic import does not reload the page.
	optimizeDeps: { include: ['chart.js'] },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// Server code has every language's catalogue; so do the tests.
					setupFiles: ['src/lib/i18n/all.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					setupFiles: ['src/lib/i18n/all.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
