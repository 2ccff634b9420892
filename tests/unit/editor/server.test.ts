/**
 * The editor's server as a door: it answers only its own page on the loopback
 * interface. Each refusal is tried against a real server on a copy of the data, and
 * every file must stay byte for byte as it was.
 */
import { request } from 'node:http';
import { execFile } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDoc } from '../../../src/lib/record/plan';
import { startEditor, type Editor } from '../../../scripts/editor/server';
import { copyOfData, hashes, removeTemps, TSX } from '../../fixtures/data-copy';
import { testToday } from '../../fixtures/today';

const bundle = {
	files: new Map([
		['/index.html', { body: Buffer.from('<html><head></head></html>'), type: 'text/html' }]
	])
};
const TODAY = testToday;

interface Reply {
	status: number;
	body: string;
}

function call(
	editor: Editor,
	method: string,
	path: string,
	headers: Record<string, string>,
	body?: string,
	host = '127.0.0.1'
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host, port: editor.port, method, path, headers }, (res) => {
			let text = '';
			res.on('data', (c) => (text += c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
		});
		req.on('error', reject);
		if (body) req.write(body);
		req.end();
	});
}

/** Headers of the editor's own page: its host, its origin, its token. */
function own(editor: Editor): Record<string, string> {
	return {
		host: `127.0.0.1:${editor.port}`,
		origin: `http://127.0.0.1:${editor.port}`,
		'sec-fetch-site': 'same-origin',
		'content-type': 'application/json',
		'x-editor-token': editor.token
	};
}

async function record(editor: Editor) {
	const r = await call(editor, 'GET', '/api/record', own(editor));
	expect(r.status).toBe(200);
	return JSON.parse(r.body) as { files: Record<string, string>; hashes: Record<string, string> };
}

/** A save of RU's file with its first action redated. */
async function ruChange(editor: Editor) {
	const { files, hashes: base } = await record(editor);
	const ru = currentDoc(files['states/RU.json'])! as { actions: { date: string }[] };
	ru.actions[1].date = '2011-11-17';
	return JSON.stringify({ base, docs: { 'states/RU.json': ru } });
}

let dir: string;
let editor: Editor;
beforeAll(async () => {
	dir = copyOfData();
	editor = await startEditor({ dataDir: dir, port: 0, bundle, today: () => TODAY });
});
afterAll(async () => {
	await editor.close();
	removeTemps();
});

describe('the editor answers only its own page', () => {
	it('listens on the loopback interface only', async () => {
		const outside = Object.values(networkInterfaces())
			.flat()
			.find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
		if (outside)
			await expect(call(editor, 'GET', '/', own(editor), undefined, outside)).rejects.toThrow(
				/ECONNREFUSED/
			);
		// Either way, the socket is bound to 127.0.0.1 alone.
		expect(editor.url).toBe(`http://127.0.0.1:${editor.port}/`);
	});

	it('refuses a request under another host name (DNS rebinding), reads included', async () => {
		const before = hashes(dir);
		for (const path of ['/', '/api/record']) {
			const r = await call(editor, 'GET', path, {
				...own(editor),
				host: `attacker.example:${editor.port}`
			});
			expect(r.status).toBe(421);
		}
		const write = await call(
			editor,
			'POST',
			'/api/save',
			{ ...own(editor), host: `attacker.example:${editor.port}` },
			await ruChange(editor)
		);
		expect(write.status).toBe(421);
		expect(hashes(dir)).toEqual(before);
	});

	it('refuses the API without this run’s token, or with another', async () => {
		expect(
			(await call(editor, 'GET', '/api/record', { host: `127.0.0.1:${editor.port}` })).status
		).toBe(403);
		const body = await ruChange(editor);
		const before = hashes(dir);
		const r = await call(
			editor,
			'POST',
			'/api/save',
			{ ...own(editor), 'x-editor-token': 'guessed' },
			body
		);
		expect(r).toEqual({ status: 403, body: 'Refused: a request without this run’s token.\n' });
		expect(hashes(dir)).toEqual(before);
	});

	it('refuses a write from another origin, even with the token', async () => {
		const body = await ruChange(editor);
		const before = hashes(dir);
		const foreign: Record<string, string>[] = [
			{ origin: 'https://attacker.example' },
			{ origin: 'null' },
			{ origin: '' },
			{ 'sec-fetch-site': 'cross-site' },
			{ 'sec-fetch-site': 'same-site' }
		];
		for (const headers of foreign) {
			const r = await call(editor, 'POST', '/api/save', { ...own(editor), ...headers }, body);
			expect(r.status, JSON.stringify(headers)).toBe(403);
		}
		// A plain form cannot send JSON: a text/plain body is refused before it is read.
		const form = await call(
			editor,
			'POST',
			'/api/save',
			{ ...own(editor), 'content-type': 'text/plain' },
			body
		);
		expect(form.status).toBe(415);
		expect(hashes(dir)).toEqual(before);
	});

	it('refuses a file name outside the data folder', async () => {
		const { hashes: base } = await record(editor);
		const before = hashes(dir);
		for (const name of [
			'../outside.json',
			'/etc/passwd',
			'states/../../x.json',
			'states/kz.json',
			'package.json'
		]) {
			const r = await call(
				editor,
				'POST',
				'/api/save',
				own(editor),
				JSON.stringify({ base, docs: { [name]: { a: 1 } } })
			);
			expect(r.status, name).toBe(400);
			expect(JSON.parse(r.body).message).toBe(`not a data file: ${JSON.stringify(name)}`);
		}
		expect(hashes(dir)).toEqual(before);
	});

	it('never writes through a link that leads out of the data folder', async () => {
		const linked = copyOfData();
		const outside = `${linked}-outside.json`;
		cpSync(join(linked, 'states/KZ.json'), outside);
		unlinkSync(join(linked, 'states/KZ.json'));
		symlinkSync(outside, join(linked, 'states/KZ.json'));
		const other = await startEditor({ dataDir: linked, port: 0, bundle, today: () => TODAY });
		try {
			const { hashes: base, files } = await record(other);
			expect(files['states/KZ.json']).toBeUndefined();
			const outsideBefore = readFileSync(outside, 'utf8');
			const kz = JSON.parse(outsideBefore);
			kz.actions[0].date = '2011-11-27';
			const r = await call(
				other,
				'POST',
				'/api/save',
				own(other),
				JSON.stringify({ base, docs: { 'states/KZ.json': kz } })
			);
			expect(r.status).toBe(422);
			expect(JSON.parse(r.body).refusal.lines).toEqual([
				'states/KZ.json: the file is a symbolic link; data files must be plain files inside the data folder'
			]);
			expect(readFileSync(outside, 'utf8')).toBe(outsideBefore);
		} finally {
			await other.close();
		}
	});
});

describe('saving', () => {
	it('saves a valid change with a new revision and history line, and only that file', async () => {
		const copy = copyOfData();
		const ed = await startEditor({ dataDir: copy, port: 0, bundle, today: () => TODAY });
		try {
			const before = hashes(copy);
			const r = await call(ed, 'POST', '/api/save', own(ed), await ruChange(ed));
			expect(r.status).toBe(200);
			const after = hashes(copy);
			const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
			expect(changed).toEqual(['states/RU.json']);
			const ru = JSON.parse(readFileSync(join(copy, 'states/RU.json'), 'utf8'));
			expect(ru.revision).toBe(2);
			expect(ru.history.at(-1)).toMatchObject({ revision: 2, date: TODAY });
			expect(ru.actions[1].date).toBe('2011-11-17');
		} finally {
			await ed.close();
		}
	});

	it('refuses an invalid change with the validator’s message, writing nothing', async () => {
		const { files, hashes: base } = await record(editor);
		const uz = currentDoc(files['states/UZ.json'])! as { actions: unknown[] };
		uz.actions.push({
			type: 'deposit',
			date: '2025-03-01',
			sources: [{ id: 'voice-of-asia-2025-4' }]
		});
		const before = hashes(dir);
		const r = await call(
			editor,
			'POST',
			'/api/save',
			own(editor),
			JSON.stringify({ base, docs: { 'states/UZ.json': uz } })
		);
		expect(r.status).toBe(422);
		expect(JSON.parse(r.body).refusal.lines).toEqual([
			'states/UZ.json: actions[0].type: deposit without an act of consent (ratification, acceptance, approval, accession) (expected an act of consent recorded first, got none)'
		]);
		expect(hashes(dir)).toEqual(before);
	});

	it('writes no byte when the documents say what the files say', async () => {
		const { files, hashes: base } = await record(editor);
		const docs = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, currentDoc(t)]));
		const before = hashes(dir);
		const r = await call(editor, 'POST', '/api/save', own(editor), JSON.stringify({ base, docs }));
		expect(JSON.parse(r.body).kind).toBe('unchanged');
		expect(hashes(dir)).toEqual(before);
	});

	it('refuses a save over a file changed on disk since it was read, and names it', async () => {
		const body = await ruChange(editor);
		const other = readFileSync(join(dir, 'states/IN.json'), 'utf8').replace(
			'"revision": 1',
			'"revision": 1 '
		);
		writeFileSync(join(dir, 'states/IN.json'), other);
		const before = hashes(dir);
		const r = await call(editor, 'POST', '/api/save', own(editor), body);
		expect(r.status).toBe(409);
		const reply = JSON.parse(r.body);
		expect(reply.changed).toEqual([{ file: 'states/IN.json', now: other }]);
		expect(hashes(dir)).toEqual(before);
	});

	it('reports a disk that refuses the write, and writes nothing, no temporary file either', async () => {
		const copy = copyOfData();
		const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
			code: 'ENOSPC'
		});
		let n = 0;
		const ed = await startEditor({
			dataDir: copy,
			port: 0,
			bundle,
			today: () => TODAY,
			// The second file of the save meets a full disk.
			hooks: {
				beforeEach: () => {
					if (n++ === 1) throw full;
				}
			}
		});
		try {
			const { files, hashes: base } = await record(ed);
			const treaty = currentDoc(files['treaty.json'])! as { recordedTo: { date: string } };
			treaty.recordedTo.date = '2025-07-21';
			const ru = currentDoc(files['states/RU.json'])! as { note?: string };
			ru.note = 'A note.';
			const before = hashes(copy);
			const r = await call(
				ed,
				'POST',
				'/api/save',
				own(ed),
				JSON.stringify({ base, docs: { 'treaty.json': treaty, 'states/RU.json': ru } })
			);
			expect(r.status).toBe(507);
			expect(JSON.parse(r.body)).toEqual({
				kind: 'disk-error',
				message: 'ENOSPC: ENOSPC: no space left on device, write'
			});
			expect(hashes(copy)).toEqual(before);
			expect(
				readdirSync(copy)
					.concat(readdirSync(join(copy, 'states')))
					.filter((f) => f.endsWith('.tmp'))
			).toEqual([]);
		} finally {
			await ed.close();
		}
	});
});

describe('a save killed half way', () => {
	it('leaves the old files whole, and the next start removes its temporary files', async () => {
		const copy = copyOfData();
		const before = hashes(copy);
		// A process that saves two files and is killed between writing them and renaming them.
		const script = `
			import { save, snapshot } from './scripts/editor/store.ts';
			import { currentDoc } from './src/lib/record/plan.ts';
			const now = snapshot(${JSON.stringify(copy)});
			const treaty = currentDoc(now.files['treaty.json']);
			treaty.recordedTo.date = '2025-07-21';
			const ru = currentDoc(now.files['states/RU.json']);
			ru.note = 'A note.';
			save(${JSON.stringify(copy)}, { base: now.hashes, docs: { 'treaty.json': treaty, 'states/RU.json': ru } }, {
				hooks: { afterTemps: () => process.kill(process.pid, 'SIGKILL') }
			});
		`;
		// tsx runs the script in a child process: its death shows as exit status 128 + 9.
		const killed = await new Promise<string>((resolve) =>
			execFile(process.execPath, [TSX, '--eval', script], (err) => {
				const e = err as { signal?: string; code?: number } | null;
				resolve(
					e?.signal === 'SIGKILL' || e?.code === 137 ? 'killed' : `ended: ${JSON.stringify(e)}`
				);
			})
		);
		expect(killed).toBe('killed');
		const temps = () =>
			readdirSync(copy)
				.concat(readdirSync(join(copy, 'states')))
				.filter((f) => f.endsWith('.tmp'));
		expect(temps()).toHaveLength(2);
		// The data files are as they were: old, never a mix.
		const after = hashes(copy);
		for (const file of Object.keys(before)) expect(after[file], file).toBe(before[file]);
		const next = await startEditor({ dataDir: copy, port: 0, bundle, today: () => TODAY });
		await next.close();
		expect(temps()).toEqual([]);
	}, 30_000);
});
