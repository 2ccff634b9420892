/**
 * "Never sent twice": the map's geometry reaches the browser once, as SVG in the HTML. The
 * browser build of StatusMap must therefore not import the geometry or d3-geo. This builds
 * the component as the browser gets it (import.meta.env.SSR false, as in any client build)
 * and checks that the server-only import is gone, with everything else left external.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../fixtures/paths';

const ENTRY = join(ROOT, 'src/lib/components/map/StatusMap.svelte');

describe('the browser build of StatusMap', () => {
	it('has no import of the geometry, the markup builder or d3-geo', async () => {
		const out = (await build({
			configFile: false,
			logLevel: 'silent',
			root: ROOT,
			plugins: [svelte({ preprocess: vitePreprocess(), compilerOptions: { runes: true } })],
			build: {
				write: false,
				minify: false,
				lib: { entry: ENTRY, formats: ['es'], fileName: 'map' },
				rollupOptions: { external: (id) => !id.startsWith(ENTRY) }
			}
		})) as Rollup.RollupOutput[];
		const code = out
			.flatMap((o) => o.output)
			.map((chunk) => ('code' in chunk ? chunk.code : ''))
			.join('\n');
		// The component itself is there, with its placeholder for the server's shapes...
		expect(code).toContain('<!--shapes-->');
		expect(code).toContain('data-map-shapes');
		// ...but not what only the server may load.
		expect(code).not.toMatch(
			/map\/server-markup|geo\/markup|geo\/shapes|generated\/topology|d3-geo|topojson/
		);
	}, 60_000);
});
