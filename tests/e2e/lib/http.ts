/**
 * Plain HTTP requests for the tests that look at responses as a server sends them: no
 * redirect followed, no Accept-Encoding added, nothing decompressed (unlike fetch).
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

export interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The body as sent (still compressed when content-encoding says so). */
	raw: Buffer;
	text: () => string;
}

/**
 * A plain GET that neither adds Accept-Encoding nor decompresses, unlike fetch. The path
 * is sent exactly as written: a URL parser would turn "/\x" into "//x".
 */
export function get(
	base: string,
	path: string,
	headers: Record<string, string> = {}
): Promise<Reply> {
	return new Promise((ok, fail) => {
		const req = request(base, { path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const raw = Buffer.concat(chunks);
				const body = () => (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw);
				ok({
					status: res.statusCode ?? 0,
					headers: res.headers,
					raw,
					text: () => body().toString('utf8')
				});
			});
			res.on('error', fail);
		});
		req.setTimeout(10_000, () => req.destroy(new Error(`GET ${path}: timed out`)));
		req.on('error', fail);
		req.end();
	});
}

export const header = (r: Reply, name: string) => String(r.headers[name] ?? '');

/** Whether a body has a string or matches a pattern (failures then don't print whole pages). */
export const has = (text: string, needle: string | RegExp) =>
	typeof needle === 'string' ? text.includes(needle) : needle.test(text);
