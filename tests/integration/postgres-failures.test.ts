/**
 * The server and the CLI when PostgreSQL goes away: the app's own connections are terminated
 * (`pg_terminate_backend`, what a failover or restart does to them), or the server is not there
 * at all. The process must survive; a request in flight fails with a 503 that says why and shows
 * no stack; the next requests succeed on new connections; an import cut off says so in one line
 * and exits 3, having stored nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHospitalFile } from '../../bench/hospital-file.ts';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, toBytes } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { tableChecksum } from '../helpers/checksum.ts';
import { freshDatabase, PG_ADMIN_URL, type TestDatabase } from '../helpers/databases.ts';
import { adminClient, terminateBackends } from '../helpers/pg-admin.ts';
import { waitFor } from '../helpers/wait.ts';

let db: TestDatabase;
let app: AppServer;
let dir: string;

beforeAll(async () => {
	db = await freshDatabase('postgres');
	dir = mkdtempSync(join(tmpdir(), 'himap-pg-fail-'));
	for (const template of ['regional', 'hospital'] as const) {
		const file = join(dir, `${template}.csv`);
		writeFileSync(file, toBytes(buildTable({ template, rows: 40 })));
		expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
	}
	await publish(db.url, 2024);
	app = await startApp(db);
});
afterAll(async () => {
	await app?.stop();
	await db?.drop();
	rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${app.base}${path}`);

/** A problem+json body that says what happened and gives away nothing of the server's insides. */
async function expectProblem(res: Response, status: number) {
	expect(res.status).toBe(status);
	expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
	const body = await res.json();
	expect(body.status).toBe(status);
	expect(JSON.stringify(body)).not.toMatch(/\bat .*\(|node_modules|\/src\/|\.ts:\d/);
	return body;
}

describe('the server when PostgreSQL drops its connections', () => {
	it('keeps running, and the next requests get new connections', async () => {
		expect((await get('/?lang=en')).status).toBe(200);
		expect(await terminateBackends(db.url)).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, 300));
		expect(app.alive()).toBe(true);
		expect((await get('/api/v1/health')).status).toBe(200);
		expect((await get('/cities?lang=en')).status).toBe(200);
		expect((await get('/api/v1/export/provinces?year=2024')).status).toBe(200);
		expect(app.log()).not.toMatch(/Unhandled 'error' event|uncaught/i);
	});

	it('fails only the requests in flight: 503 with Retry-After and no stack, then serves again', async () => {
		// Hold a lock the export's first query must wait for, so it is in flight when the connections go.
		const blocker = await adminClient(db.url);
		await blocker.query('begin');
		await blocker.query('lock table score_runs in access exclusive mode');
		const inFlight = get('/api/v1/export/provinces?year=2024');
		const name = new URL(db.url).pathname.slice(1);
		const admin = await adminClient();
		await waitFor('the export to wait on the lock', async () => {
			const { rows } = await admin.query(
				`select 1 from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and application_name = 'himap'`,
				[name]
			);
			return rows.length > 0;
		});
		await admin.end();
		await terminateBackends(db.url, blocker);
		const res = await inFlight;
		expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
		const body = await expectProblem(res, 503);
		expect(body.detail).toMatch(
			/\(the connection to the database was lost\)\. Nothing is lost.*\[[0-9a-f]{8}\]$/
		);
		expect(body.id).toMatch(/^[0-9a-f]{8}$/);
		await blocker.query('rollback');
		await blocker.end();
		expect(app.alive()).toBe(true);
		expect((await get('/api/v1/export/provinces?year=2024')).status).toBe(200);
		expect((await get('/?lang=en')).status).toBe(200);
	});
});

describe('an import when PostgreSQL drops its connection', () => {
	it('says so in one line, exits 3 and stores nothing', async () => {
		const file = join(dir, 'big.csv');
		await writeHospitalFile(file, 200_000, 2023);
		const before = await tableChecksum(db.url);
		const child = spawn(process.execPath, ['bin/himap.js', 'import', file, '--db', db.url], {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
		const name = new URL(db.url).pathname.slice(1);
		const admin = await adminClient();
		// Rows written, transaction not committed: the import is halfway.
		await waitFor('the import to be writing', async () => {
			const { rows } = await admin.query(
				`select 1 from pg_stat_activity where datname = $1 and application_name = 'himap' and backend_xid is not null`,
				[name]
			);
			return rows.length > 0;
		});
		await admin.end();
		await terminateBackends(db.url);
		expect(await exited).toBe(3);
		expect(stdout).toBe('');
		const lines = stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^himap import: the connection to the database was lost \(.+\); nothing was stored; run the command again once the database is back$/
		);
		expect(await tableChecksum(db.url)).toBe(before);
	});
});

describe('a PostgreSQL server that is not there', () => {
	const nowhere: TestDatabase = {
		dialect: 'postgres',
		url: 'postgres://postgres@127.0.0.1:9/nowhere',
		drop: async () => {}
	};

	it('the server starts, answers 503 saying what is wrong, and keeps running', async () => {
		const down = await startApp(nowhere, { healthy: false });
		try {
			const health = await fetch(`${down.base}/api/v1/health`);
			expect(health.status).toBe(503);
			const report = await health.json();
			expect(report.status).toBe('unavailable');
			expect(report.checks[0]).toMatchObject({ name: 'database', ok: false });
			// The kind of failure, not the driver's words: no host or port in an unauthenticated answer.
			expect(report.checks[0].detail).toMatch(
				/^the database cannot be reached; retrying with back-off since /
			);
			expect(JSON.stringify(report)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
			const page = await fetch(`${down.base}/?lang=en`);
			expect(page.status).toBe(503);
			expect(page.headers.get('retry-after')).toMatch(/^\d+$/);
			expect(await page.text()).toContain('Temporarily unavailable');
			await expectProblem(await fetch(`${down.base}/api/v1/export/provinces`), 503);
			expect(down.alive()).toBe(true);
		} finally {
			await down.stop();
		}
	});

	it('a database that appears after the server started is migrated and served at the next probe', async () => {
		const name = `himap_late_${process.pid}`;
		const url = new URL(PG_ADMIN_URL);
		url.pathname = `/${name}`;
		const late: TestDatabase = { dialect: 'postgres', url: url.toString(), drop: async () => {} };
		const admin = await adminClient();
		await admin.query(`DROP DATABASE IF EXISTS ${name}`);
		const server = await startApp(late, { healthy: false });
		try {
			expect((await fetch(`${server.base}/api/v1/health`)).status).toBe(503);
			expect((await fetch(`${server.base}/?lang=en`)).status).toBe(503);
			await admin.query(`CREATE DATABASE ${name}`);
			// The health check probes at once: it migrates, then answers.
			const health = await fetch(`${server.base}/api/v1/health`);
			expect(health.status, JSON.stringify(await health.clone().json())).toBe(200);
			const page = await fetch(`${server.base}/?lang=en`);
			expect(page.status).toBe(200);
			const { rows } = await admin.query(`select count(*)::int as n from pg_database where datname = $1`, [
				name
			]);
			expect(rows[0].n).toBe(1);
		} finally {
			await server.stop();
			await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	});

	it('the CLI exits 3 with one line', async () => {
		const r = await himap(['export', 'provinces', '--db', nowhere.url]);
		expect(r.code).toBe(3);
		expect(r.errLines).toHaveLength(1);
		expect(r.errLines[0]).toMatch(
			/^himap export: the database cannot be reached \(.*ECONNREFUSED.*\); check that the database server is running/
		);
	});
});
