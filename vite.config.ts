import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import svelteConfig from './svelte.config.js';
import { WIDGET_SCRIPT_FILE, WIDGET_SCRIPT_SOURCE } from './src/lib/embed/assets.js';
import { SITE_SCRIPT_FILE, SITE_SCRIPT_SOURCE } from './src/lib/site/assets.js';

/**
 * A script of our own for pages that ship no SvelteKit client (csr = false): the widget's
 * (src/lib/embed/widget.ts) and the site's (src/lib/site/page.ts). Each is built on its
 * own, after the site's client and into the same output: one file under a fixed name the
 * prerendered page can give, with nothing shared with SvelteKit's chunks; what it loads
 * later (the chart, the live parts of the home page) comes in hashed chunks of its own.
 * The site's script may mount Svelte components: they are compiled here without their
 * styles, which the prerendered page already carries (same file, same scoped class).
 */
function ownScript(entry: string, file: string, chunks: string, withSvelte = false): Plugin {
	let client = false;
	let outDir = '';
	return {
		name: `cica-own-script:${file}`,
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
				plugins: withSvelte
					? [svelte({ emitCss: false, compilerOptions: { css: 'external' } }), noCss()]
					: [],
				define: DEFINE,
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				build: {
					outDir,
					emptyOutDir: false,
					copyPublicDir: false,
					// A library build: an ES module of its own, without Vite's preloading helper;
					// minified as the site's scripts are (a library build would keep the spaces).
					lib: { entry, formats: ['es'], fileName: () => file },
					rollupOptions: {
						// A lazy chunk may import what it shares with the script from the script
						// itself, rather than both from a third file.
						preserveEntrySignatures: false,
						output: { chunkFileNames: `_app/immutable/${chunks}/[hash].js`, minify: true }
					}
				}
			});
		}
	};
}

/** Stylesheets imported by components are in the prerendered page already: none is emitted. */
function noCss(): Plugin {
	return {
		name: 'cica-no-css',
		enforce: 'pre',
		load(id) {
			if (/\.css(\?|$)/.test(id)) return '';
		}
	};
}

/** The site's base path, for src/lib/paths.ts in every build, the pages' own scripts' too. */
const DEFINE = { __SITE_BASE__: JSON.stringify(svelteConfig.kit?.paths?.base ?? '') };

export default defineConfig({
	define: DEFINE,
	plugins: [
		sveltekit(),
		ownScript(WIDGET_SCRIPT_SOURCE, WIDGET_SCRIPT_FILE, 'widget'),
		ownScript(SITE_SCRIPT_SOURCE, SITE_SCRIPT_FILE, 'site', true)
	],
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
