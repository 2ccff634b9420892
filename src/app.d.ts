// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** svelte.config.js `kit.paths.base` (vite.config.ts `define`): '' at the origin's root. */
	const __SITE_BASE__: string;
}

export {};
