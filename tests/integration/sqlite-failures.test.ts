/**
 * Honest failure on SQLite: a path whose directory does not exist opens nothing (and creates
 * nothing); a database file deleted, replaced or damaged under a running server, or a disk
 * nearly full, makes the health check answer 503 saying so; a bug is exit 4, not 1.
 */
import { spawn } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdtempSync,
	openSync,
	readSync,
	rmSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, toBytes } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { freshDatabase, type TestDatabase } from '../helpers/databases.ts';

let dir: string;
let file: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'himap-sqlite-fail-'));
	file = join(dir, 'regional.csv');
	writeFileSync(file, toBytes(buildTable({ template: 'regional', rows: 12 })));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh SQLite database with one scored file in it. */
async function seeded(): Promise<TestDatabase> {
	const db = await freshDatabase('sqlite');
	expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
	await publish(db.url, 2024);
	return db;
}

const health = async (app: AppServer) => {
	const res = await fetch(`${app.base}/api/v1/health`);
	return { status: res.status, body: await res.json() };
};
const failedCheck = (body: { checks: { ok: boolean; detail: string }[] }) =>
	body.checks.find((c) => !c.ok)?.detail ?? '';

describe('a SQLite path whose directory does not exist', () => {
	it('the CLI exits 3 with one line and creates nothing', async () => {
		const missing = join(dir, 'no', 'such', 'himap.db');
		const r = await himap(['import', file, '--db', `sqlite:${missing}`]);
		expect(r.code).toBe(3);
		expect(r.errLines).toEqual([
			`himap import: the directory ${join(dir, 'no', 'such')} of sqlite:${missing} does not exist; create it, or correct the path (--db or DATABASE_URL); no database was created`
		]);
		expect(existsSync(join(dir, 'no'))).toBe(false);
	});

	it('the server refuses to start, in one line, exit 3', async () => {
		const missing = join(dir, 'gone', 'himap.db');
		const server = spawn(process.execPath, ['build/index.js'], {
			env: { ...process.env, PORT: '0', DATABASE_URL: `sqlite:${missing}` },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		server.stderr.on('data', (c) => (stderr += c));
		const code = await new Promise((resolve) => server.on('exit', resolve));
		expect(code).toBe(3);
		expect(stderr.trim().split('\n')).toEqual([
			expect.stringMatching(
				/^himap: cannot start: the directory .*gone of sqlite:.* does not exist; create it/
			)
		]);
		expect(existsSync(join(dir, 'gone'))).toBe(false);
	});
});

describe('the health check on SQLite', () => {
	let db: TestDatabase;
	let app: AppServer | undefined;
	beforeAll(async () => {
		db = await seeded();
	});
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	it('says ok, and which checks passed', async () => {
		app = await startApp(db);
		const { status, body } = await health(app);
		expect(status).toBe(200);
		expect(body.status).toBe('ok');
		expect(body.checks.map((c: { name: string }) => c.name)).toEqual([
			'database',
			'file',
			'disk',
			'writable'
		]);
	});

	it('answers 503 when the disk holding the database is nearly full', async () => {
		const low = await startApp(db, {
			env: { HIMAP_MIN_FREE_MB: String(1024 * 1024 * 1024) },
			healthy: false
		});
		try {
			const { status, body } = await health(low);
			expect(status).toBe(503);
			expect(failedCheck(body)).toMatch(
				/^only \d+ MB free on the disk holding .*; imports and scoring will fail/
			);
		} finally {
			await low.stop();
		}
	});

	it('answers 503 when the file is damaged, deleted, or replaced by another', async () => {
		const path = db.url.slice('sqlite:'.length);
		// Damaged: the header overwritten in place (same file, same inode).
		const fd = openSync(path, 'r+');
		const header = Buffer.alloc(16);
		readSync(fd, header, 0, 16, 0);
		writeSync(fd, Buffer.from('not a database!!'), 0, 16, 0);
		let r = await health(app!);
		expect(r.status).toBe(503);
		expect(failedCheck(r.body)).toMatch(/is no longer a SQLite database/);
		writeSync(fd, header, 0, 16, 0);
		closeSync(fd);
		expect((await health(app!)).status).toBe(200);

		rmSync(path);
		r = await health(app!);
		expect(r.status).toBe(503);
		expect(failedCheck(r.body)).toMatch(/was deleted while the server had it open/);
		// A CLI import now makes a new, different file at the same path: still not the one the server reads.
		expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
		r = await health(app!);
		expect(r.status).toBe(503);
		expect(failedCheck(r.body)).toMatch(
			/was replaced by another file since the server opened it; restart the server/
		);
		expect(app!.alive()).toBe(true);
	});
});

describe('a bug', () => {
	it('is exit 4 and one line, not the exit code of an invalid file', async () => {
		const db = await seeded();
		try {
			// What no code path writes: a submission whose answer key is not JSON.
			const raw = new SqliteDatabase(db.url.slice('sqlite:'.length));
			raw.prepare(`update submissions set answer_columns = '{oops'`).run();
			raw.close();
			const r = await himap(['export', 'responses', '--db', db.url]);
			expect(r.code).toBe(4);
			expect(r.errLines).toHaveLength(1);
			expect(r.errLines[0]).toMatch(
				/^himap export: internal error: .*JSON.*; this is a bug in HIMAP, please report it/
			);
		} finally {
			await db.drop();
		}
	});
});
