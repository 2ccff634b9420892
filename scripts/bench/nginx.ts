/**
 * Runs Debian's nginx with the deployment's own configuration (deploy/*.conf, filled in
 * by deploy/configure.sh) on a free loopback port, as the current user, with every file
 * it writes in a temporary directory. Used by the nginx e2e test and by `npm run bench`,
 * so both measure what a deployment serves: the same headers, the same compression.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, createConnection, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const CONFIGURE = fileURLToPath(new URL('../../deploy/configure.sh', import.meta.url));

export interface Nginx {
	url: string;
	/** The generated configuration, for messages. */
	conf: string;
	/** What nginx wrote to stderr so far. */
	log: () => string;
	close: () => Promise<void>;
}

/** A port the system just handed out on 127.0.0.1 (free a moment ago). */
export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => ok(port));
		});
	});
}

function accepts(port: number): Promise<boolean> {
	return new Promise((ok) => {
		const socket = createConnection({ port, host: '127.0.0.1' });
		socket.once('connect', () => {
			socket.destroy();
			ok(true);
		});
		socket.once('error', () => ok(false));
	});
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
	return new Promise((ok) => {
		const timer = setTimeout(() => ok(false), ms);
		child.once('exit', () => {
			clearTimeout(timer);
			ok(true);
		});
	});
}

async function stop(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	// SIGQUIT: graceful shutdown of the master and its workers.
	child.kill('SIGQUIT');
	if (await exited(child, 5000)) return;
	child.kill('SIGKILL');
	await exited(child, 5000);
}

async function startOnce(root: string): Promise<Nginx | { retry: string }> {
	const prefix = mkdtempSync(join(tmpdir(), 'cica-nginx-'));
	// Run as root (CI containers), the master hands requests to workers of another user
	// unless told otherwise; they must read the checkout wherever it is, so they stay root
	// here. A real deployment runs its workers as www-data.
	chmodSync(prefix, 0o755);
	const port = await freePort();
	const conf = execFileSync(
		'sh',
		[CONFIGURE, join(prefix, 'conf'), `127.0.0.1:${port}`, resolve(root), prefix],
		{ encoding: 'utf8' }
	).trim();
	const directives = 'daemon off;' + (process.getuid?.() === 0 ? ' user root;' : '');
	const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', directives], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.setEncoding('utf8');
	child.stderr!.on('data', (chunk: string) => (stderr += chunk));
	const cleanUp = async () => {
		await stop(child);
		rmSync(prefix, { recursive: true, force: true });
	};
	// Up to 10 s for nginx to listen; it exits at once on a configuration error.
	for (let i = 0; i < 200; i++) {
		if (child.exitCode !== null || child.signalCode !== null) break;
		if (await accepts(port)) {
			return { url: `http://127.0.0.1:${port}`, conf, log: () => stderr, close: cleanUp };
		}
		await new Promise((ok) => setTimeout(ok, 50));
	}
	await cleanUp();
	if (/Address already in use/.test(stderr)) return { retry: stderr };
	throw new Error(`nginx did not start with ${conf}:\n${stderr}`);
}

/** nginx serving `root` (a built site) with deploy/*.conf. Throws if nginx is missing. */
export async function startNginx(root = 'build'): Promise<Nginx> {
	if (!existsSync(NGINX)) {
		throw new Error(
			`nginx not found at ${NGINX}: install Debian's nginx (apt-get install -y nginx-light, ` +
				'as npm test does first) or set NGINX_PATH'
		);
	}
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`${root}/index.html not found: run \`npm run build\` first`);
	}
	// Another process may take the free port before nginx binds it: try a few ports.
	let last = '';
	for (let attempt = 0; attempt < 3; attempt++) {
		const started = await startOnce(root);
		if (!('retry' in started)) return started;
		last = started.retry;
	}
	throw new Error(`nginx could not bind a free port:\n${last}`);
}
