/**
 * A small static file server for the built site, resolving addresses the way static
 * hosts do ("/states/kz" → states/kz.html, "/" → index.html), so the e2e tests run
 * against exactly the files that would be deployed.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/atom+xml; charset=utf-8',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.sha256': 'text/plain; charset=utf-8'
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

export function resolveFile(root: string, pathname: string): string | null {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export async function serveStatic(dir = 'build', port = 0): Promise<StaticServer> {
	const root = resolve(dir);
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`${dir}/index.html not found: run \`npm run build\` before the e2e tests`);
	}
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = resolveFile(root, url.pathname);
		if (!file) {
			const notFound = join(root, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}
