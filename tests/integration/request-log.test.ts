/**
 * The server's log (src/lib/server/log.ts, docs/operations.md): the built server writes one JSON
 * line per request on standard error — route, path, status, time, whether the page cache served
 * it — and an error reaches the user only as an id, the same id its line in the log carries.
 */
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import type { TestDatabase } from '../helpers/databases.ts';
import { waitFor } from '../helpers/wait.ts';

type Line = Record<string, unknown> & { level: string; msg: string };

/** The JSON lines of the server's log so far; any other line fails the test. */
function lines(app: AppServer): Line[] {
	return app
		.log()
		.split('\n')
		.filter(Boolean)
		.map((text) => {
			try {
				return JSON.parse(text) as Line;
			} catch {
				throw new Error(`not a JSON log line: ${text}`);
			}
		});
}

/** The request line of the n-th request to a path (lines reach the test a moment after the answer). */
const requestLine = (app: AppServer, path: string, nth = 0) =>
	waitFor(`the log line of request ${nth + 1} to ${path}`, async () => {
		const found = lines(app).filter((l) => l.msg === 'request' && l.path === path);
		return found[nth];
	});

// A stack frame ("at load (file.js:12:5)"), a module path or a source position: none may reach the reader.
const STACK = /\bat [^\s()]+ \([^)]*\)|node_modules|\/src\/|\/build\/|\.(ts|js):\d/;

async function serve(prepare?: (sqlitePath: string) => void) {
	const db = await demoDatabase('sqlite');
	prepare?.(db.url.slice('sqlite:'.length));
	const app = await startApp(db, { env: { HIMAP_LOG_LEVEL: 'debug' } });
	return { db, app };
}

describe('one log line per request', () => {
	let db: TestDatabase;
	let app: AppServer;
	beforeAll(async () => ({ db, app } = await serve()));
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	it('a page: rendered once, then served from the cache', async () => {
		for (let i = 0; i < 2; i++) expect((await fetch(`${app.base}/cities?lang=en`)).status).toBe(200);
		const first = await requestLine(app, '/cities');
		const second = await requestLine(app, '/cities', 1);
		expect(first).toMatchObject({
			level: 'info',
			name: 'himap',
			method: 'GET',
			route: '/cities',
			path: '/cities',
			query: 'lang=en',
			status: 200,
			cache: 'miss'
		});
		expect(second).toMatchObject({ route: '/cities', status: 200, cache: 'hit' });
		for (const line of [first, second]) {
			expect(line.ms).toBeTypeOf('number');
			expect(new Date(line.time as string).toISOString()).toBe(line.time);
			expect(line).not.toHaveProperty('errorId');
		}
	});

	it('a page that does not exist, and one whose route rejects the address', async () => {
		expect((await fetch(`${app.base}/no/such/page`)).status).toBe(404);
		expect((await fetch(`${app.base}/province/99?lang=en`)).status).toBe(404);
		expect(await requestLine(app, '/no/such/page')).toMatchObject({ route: null, status: 404 });
		expect(await requestLine(app, '/province/99')).toMatchObject({
			route: '/province/[code]',
			status: 404
		});
	});

	it('an export: the route of the API, no page cache', async () => {
		const res = await fetch(`${app.base}/api/v1/export/provinces?year=2024&format=csv`);
		expect(res.status).toBe(200);
		await res.text();
		const line = await requestLine(app, '/api/v1/export/provinces');
		expect(line).toMatchObject({
			route: '/api/v1/export/[table]',
			query: 'year=2024&format=csv',
			status: 200
		});
		expect(line).not.toHaveProperty('cache');
	});

	it('a health check at debug; junk in a URL cut short', async () => {
		const junk = 'x'.repeat(5_000);
		await fetch(`${app.base}/cities/${junk}?junk=${junk}`);
		const line = await waitFor('the line of the long URL', async () =>
			lines(app).find((l) => String(l.path).startsWith('/cities/xxx'))
		);
		expect(String(line.path).length).toBeLessThanOrEqual(201);
		expect(String(line.query).length).toBeLessThanOrEqual(201);
		expect(await requestLine(app, '/api/v1/health')).toMatchObject({
			level: 'debug',
			route: '/api/v1/health',
			status: 200
		});
	});
});

describe('an error the user sees as an id', () => {
	let db: TestDatabase;
	let app: AppServer;
	// What no code path writes: stored results, and a submission's answer key, that are not JSON.
	// Reading them is a bug, not a failure of the database (which is a 503).
	beforeAll(
		async () =>
			({ db, app } = await serve((path) => {
				const raw = new SqliteDatabase(path);
				raw.prepare(`update score_run_results set body = '{oops'`).run();
				raw.prepare(`update submissions set answer_columns = '{oops'`).run();
				raw.close();
			}))
	);
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	/** The error line with this id: the stack is in the log, as a field. */
	const errorLine = (id: string) =>
		waitFor(`the error line ${id}`, async () =>
			lines(app).find((l) => l.msg !== 'request' && l.errorId === id)
		);

	it.each([
		['en', 'Something went wrong', 'Reference'],
		['zh-CN', '出错了', '错误编号']
	])('a page (%s) shows the id, and the log has the error under it', async (lang, title, reference) => {
		const res = await fetch(`${app.base}/?lang=${lang}`);
		expect(res.status).toBe(500);
		const html = await res.text();
		expect(html).toContain(title);
		const id = html.match(new RegExp(`${reference} <code data-error-id="">([0-9a-f]{8})</code>`))?.[1];
		expect(id).toMatch(/^[0-9a-f]{8}$/);
		expect(html).not.toMatch(STACK);
		expect(html).not.toMatch(/JSON|oops|SyntaxError/);

		const error = await errorLine(id!);
		expect(error).toMatchObject({ level: 'error', method: 'GET', route: '/', path: '/', status: 500 });
		const err = error.err as { type: string; message: string; stack: string };
		expect(err.type).toBe('SyntaxError');
		expect(err.stack).toMatch(/JSON/);
		expect(err.stack).toMatch(/\n\s+at /);
		const requests = lines(app).filter((l) => l.msg === 'request' && l.errorId === id);
		expect(requests).toEqual([expect.objectContaining({ level: 'warn', route: '/', status: 500 })]);
	});

	it('the API answers problem+json carrying the id, whatever the client accepts', async () => {
		for (const accept of ['application/json', 'text/html', '*/*']) {
			const res = await fetch(`${app.base}/api/v1/export/provinces?format=csv`, { headers: { accept } });
			expect(res.status).toBe(500);
			expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			const text = await res.text();
			expect(text).not.toMatch(STACK);
			const body = JSON.parse(text);
			expect(body).toMatchObject({ status: 500, title: 'Internal error' });
			expect(body.id).toMatch(/^[0-9a-f]{8}$/);
			expect(body.detail).toMatch(new RegExp(`\\[${body.id}\\]$`));
			expect(await errorLine(body.id)).toMatchObject({
				route: '/api/v1/export/[table]',
				path: '/api/v1/export/provinces'
			});
		}
	});

	it('an export that fails after its first bytes: cut short, and logged as a JSON line', async () => {
		// The connection closes before the end: before the headers, or after some rows.
		const got = await fetch(`${app.base}/api/v1/export/responses?format=csv`)
			.then((res) => res.text())
			.then(
				() => 'whole',
				() => 'cut short'
			);
		expect(got).toBe('cut short');
		const line = await waitFor('the line of the stopped export', async () =>
			lines(app).find((l) => l.level === 'error' && l.table === 'responses')
		);
		expect(line.msg).toMatch(/^export responses stopped: .*JSON/);
		expect((line.err as { stack: string }).stack).toMatch(/\n\s+at /);
	});
});
