import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The widget's one inline script (src/lib/embed/early.js: its options that change the first
 * paint), allowed by the hash of its text; the widget page writes that text as it is.
 * @type {`sha256-${string}`}
 */
const widgetEarlyScript = `sha256-${createHash('sha256')
	.update(readFileSync(new URL('./src/lib/embed/early.js', import.meta.url)))
	.digest('base64')}`;

/**
 * The loader of the site's own script (src/lib/site/loader.js), written into the pages that
 * have no SvelteKit client, likewise allowed by its hash.
 * @type {`sha256-${string}`}
 */
const siteLoaderScript = `sha256-${createHash('sha256')
	.update(readFileSync(new URL('./src/lib/site/loader.js', import.meta.url)))
	.digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: true }),
		// Styles come in the page, not as stylesheets to fetch before the first paint: every
		// page's CSS is a few KiB compressed (docs/PERFORMANCE.md).
		inlineStyleThreshold: 32 * 1024,
		// Root-relative addresses, so that 404.html works at whatever address it is served for.
		paths: { relative: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Nothing links to the "not found" pages: they are listed here to be prerendered.
			entries: ['*', '/404', '/ru/404', '/zh/404', '/ar/404']
		},
		// Prerendered pages get this policy as a <meta> tag, with a hash of each inline
		// script SvelteKit writes, and of our own two: no 'unsafe-inline' for scripts anywhere. Styles allow
		// inline because Svelte writes style attributes (the progress bar's widths).
		// frame-ancestors cannot be set in a <meta> tag: the server sets it (docs/DEPLOY.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', widgetEarlyScript, siteLoaderScript],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
