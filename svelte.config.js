import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: true }),
		// Root-relative addresses, so that 404.html works at whatever address it is served for.
		paths: { relative: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Nothing links to the "not found" pages: they are listed here to be prerendered.
			entries: ['*', '/404', '/ru/404', '/zh/404', '/ar/404']
		},
		// Prerendered pages get this policy as a <meta> tag, with a hash of each inline
		// script SvelteKit writes: no 'unsafe-inline' for scripts anywhere. Styles allow
		// inline because Svelte writes style attributes (the progress bar's widths).
		// frame-ancestors cannot be set in a <meta> tag: the server sets it (docs/DEPLOY.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
