/**
 * "Never sent twice": the map's geometry reaches the browser once, as SVG in the HTML. No
 * page that shows the map has SvelteKit's client, and the site's own script, built as
 * vite.config.ts builds it (its lazy parts included: the live components that draw the
 * map's caption and tooltips again, and restyle its shapes), must not carry the geometry,
 * the markup builder or d3-geo.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../fixtures/paths';

describe("the browser build of the site's own script", () => {
	it('has no import of the geometry, the markup builder or d3-geo', async () => {
		const out = (await build({
			configFile: false,
			logLevel: 'silent',
			root: ROOT,
			plugins: [
				svelte({
					preprocess: vitePreprocess(),
					emitCss: false,
					compilerOptions: { runes: true, css: 'external' }
				})
			],
			define: { __SITE_BASE__: "''" },
			resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
			build: {
				write: false,
				minify: false,
				lib: { entry: join(ROOT, 'src/lib/site/page.ts'), formats: ['es'], fileName: 'site' },
				rollupOptions: { external: ['chart.js'] }
			}
		})) as Rollup.RollupOutput[];
		const code = out
			.flatMap((o) => o.output)
			.map((chunk) => ('code' in chunk ? chunk.code : ''))
			.join('\n');
		// The live part that restyles the map is there, and the components it mounts...
		expect(code).toContain('data-map-shapes');
		expect(code).toContain('data-tip');
		// ...but not what only the server may load.
		expect(code).not.toMatch(
			/map\/server-markup|geo\/markup|geo\/shapes|generated\/topology|d3-geo|topojson|geoPath/
		);
	}, 60_000);
});
