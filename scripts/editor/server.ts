/**
 * The editor's local server: its page (built into memory), the record as it is on
 * disk, and a save. It listens on 127.0.0.1 only and answers only its own page (see
 * guard.ts). Started by `npm run edit` (scripts/edit.ts) and, in-process, by the tests.
 */
import { randomBytes, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { today as todayOf } from '../../src/lib/data/dates';
import { dataRoot } from '../../src/lib/server/read-data';
import { removeStaleTemps, type WriteHooks } from '../../src/lib/server/write';
import { join } from 'node:path';
import type { Bundle } from './bundle';
import { checkRequest } from './guard';
import { save, snapshot, type SaveRequest } from './store';

/** A save is a few documents; anything far larger is not one. */
const MAX_BODY = 8 * 1024 * 1024;

export interface EditorOptions {
	dataDir: string;
	/** 0 picks a free port. */
	port: number;
	bundle: Bundle;
	/** The day taken as today (tests); the real today by default. */
	today?: () => string;
	/** Test seam for the writer (a full disk, a kill between the phases). */
	hooks?: WriteHooks;
	token?: string;
}

export interface Editor {
	url: string;
	port: number;
	token: string;
	root: string;
	close: () => Promise<void>;
}

const SECURITY_HEADERS = {
	'content-security-policy':
		"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'cache-control': 'no-store',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	'x-frame-options': 'DENY'
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
	res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
	res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
	send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<string | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY) {
				resolve(null);
				req.destroy();
			} else chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

export async function startEditor(options: EditorOptions): Promise<Editor> {
	const root = dataRoot(options.dataDir);
	const token = options.token ?? randomBytes(24).toString('hex');
	const today = options.today ?? (() => todayOf());
	// The page is the same for every request of this run; only the token is added.
	const index = options.bundle.files
		.get('/index.html')!
		.body.toString('utf8')
		.replace('<head>', `<head>\n<meta name="editor-token" content="${token}">`);
	// Which data folder this is, for the page's draft: not the path itself.
	const folderId = createHash('sha256').update(root).digest('hex').slice(0, 16);
	removeStaleTemps([root, join(root, 'states')]);
	let port = 0;

	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const verdict = checkRequest(
			{ method: req.method ?? 'GET', path: url.pathname, headers: req.headers },
			{ port, token }
		);
		if (!verdict.ok)
			return send(
				res,
				verdict.status,
				`Refused: ${verdict.reason}.\n`,
				'text/plain; charset=utf-8'
			);

		if (req.method === 'GET' && url.pathname === '/')
			return send(res, 200, index, 'text/html; charset=utf-8');
		const asset = options.bundle.files.get(url.pathname);
		if (req.method === 'GET' && asset && url.pathname.startsWith('/assets/')) {
			return send(res, 200, asset.body, asset.type);
		}
		if (req.method === 'GET' && url.pathname === '/api/record') {
			const record = snapshot(root);
			return sendJson(res, 200, { ...record, today: today(), folder: options.dataDir, folderId });
		}
		if (req.method === 'POST' && url.pathname === '/api/save') {
			const body = await readBody(req);
			if (body === null)
				return sendJson(res, 413, { kind: 'bad-request', message: 'the request is too large' });
			let request: SaveRequest;
			try {
				request = JSON.parse(body);
			} catch {
				return sendJson(res, 400, { kind: 'bad-request', message: 'the request is not JSON' });
			}
			const result = save(root, request, { today: today(), hooks: options.hooks });
			const status = {
				saved: 200,
				unchanged: 200,
				conflict: 409,
				refused: 422,
				'bad-request': 400,
				'disk-error': 507
			}[result.kind];
			return sendJson(res, status, result);
		}
		send(res, 404, 'Not found.\n', 'text/plain; charset=utf-8');
	};

	const server: Server = createServer((req, res) => {
		handle(req, res).catch((err) => {
			if (!res.headersSent)
				sendJson(res, 500, { kind: 'disk-error', message: String(err?.message ?? err) });
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => resolve());
	});
	port = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${port}/`,
		port,
		token,
		root,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}
