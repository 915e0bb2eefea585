/**
 * The submissions API and who may use it (docs/security.md, Authorisation; docs/contracts.md, HTTP
 * API), through real HTTP against the built app on SQLite and PostgreSQL: a county submitter
 * submits for its county only, into an open round only; a bad file answers 422 naming row and
 * column and stores nothing; a good one answers 201 and, once published, shows in `export rates`;
 * tokens that are revoked or expired, and a session after sign-out, open nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import type { Principal } from '../../src/lib/server/auth/permissions.ts';
import { reviewQueue } from '../../src/lib/server/review-queue-service.ts';
import { reviewSubmission } from '../../src/lib/server/review-service.ts';
import { createToken } from '../../src/lib/server/token-service.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toText } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli, formClient } from '../helpers/form-client.ts';

/** A hospital file: every hospital in 天河区 (440106), round 2024 unless said otherwise. */
const hospitals = (rows = 4, year = 2024, idPrefix = 'H') =>
	buildTable({ template: 'hospital', rows, year, idPrefix });

describe.each(DIALECTS)('the submissions API (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;
	let database: HimapDatabase;
	const tokens: Record<string, string> = {};

	/** The command line on this database; fails the test unless it exits 0. */
	const cli = async (argv: string[]) => {
		const r = await himap([...argv, '--db', db.url]);
		expect(r.code, r.err).toBe(0);
	};
	const upload = (text: string, auth: Record<string, string>, query = '') => {
		const form = new FormData();
		form.set('file', new Blob([text], { type: 'text/csv' }), 'survey.csv');
		return fetch(`${app.base}/api/v1/submissions${query}`, { method: 'POST', headers: auth, body: form });
	};
	const signedIn = (login: string) => formClient(app.base).signIn(login);
	const bearer = (login: string) => ({ authorization: `Bearer ${tokens[login]}` });
	const count = async (table: 'submissions' | 'responses' | 'audit_log') =>
		Number(
			(
				await database.db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const counts = async () => [await count('submissions'), await count('responses'), await count('audit_log')];

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		for (const [login, role, region] of [
			['admin', 'admin', null],
			['tianhe', 'submitter', '440106'],
			['liwan', 'submitter', '440103'],
			['guangdong', 'submitter', '440000'],
			['gz-reviewer', 'reviewer', '440100'],
			['reader', 'viewer', null],
			['researcher', 'analyst', null]
		] as const)
			await addUserByCli(db.url, login, role, region ?? undefined);
		await cli(['round', 'open', '2024']);
		app = await startApp(db, { env: { HIMAP_MAX_UPLOAD_MB: '1' } });
		database = openDatabase(db.url);
		for (const login of ['admin', 'tianhe', 'liwan', 'guangdong', 'gz-reviewer', 'reader', 'researcher'])
			tokens[login] = (
				await createToken(database, login, { name: 'test', expiresInDays: null }, 'admin')
			).token;
	});
	afterAll(async () => {
		await database?.close();
		await app?.stop();
		await db?.drop();
	});

	it('takes a county clerk’s file for its own county: 201 with the summary', async () => {
		const r = await upload(toText(hospitals()), bearer('tianhe'));
		expect(r.status, await r.clone().text()).toBe(201);
		const body = await r.json();
		expect(body.submission).toMatchObject({ rows: 4, new: 4, superseded: 0, years: [2024], dryRun: false });
		const line = await database.db
			.selectFrom('audit_log')
			.selectAll()
			.where('submission_id', '=', body.submission.submissionId)
			.executeTakeFirstOrThrow();
		expect([line.actor, line.region, line.year]).toEqual(['tianhe', '440106', 2024]);
		// The token's use is in the audit log too (once an hour per token at most).
		const used = await database.db
			.selectFrom('audit_log')
			.select('detail')
			.where('action', '=', 'token.use')
			.where('actor', '=', 'tianhe')
			.execute();
		expect(used.map((u) => JSON.parse(u.detail).request)).toEqual(['POST /api/v1/submissions']);
	});

	it('refuses a row for another county with 403 naming it, and stores nothing', async () => {
		const before = await counts();
		const file = set(hospitals(5, 2024, 'X'), 4, 'region_code', '440103');
		const r = await upload(toText(file), bearer('tianhe'));
		expect(r.status).toBe(403);
		expect(r.headers.get('content-type')).toBe('application/problem+json');
		const body = await r.json();
		expect(body.detail).toContain('440103');
		expect(body.errors[0]).toMatchObject({ row: 4, column: 'region_code', value: '440103' });
		expect(await counts()).toEqual(before);
	});

	it('lets a provincial commission submit for anything in its province', async () => {
		const file = set(hospitals(2, 2024, 'P'), 3, 'region_code', '440303');
		const r = await upload(toText(file), bearer('guangdong'), '?dryRun=true');
		expect(r.status, await r.clone().text()).toBe(200);
		expect((await r.json()).submission).toMatchObject({ dryRun: true, submissionId: null, rows: 2 });
	});

	it('answers a bad file 422 naming row and column, and stores nothing', async () => {
		const before = await counts();
		const file = set(hospitals(3, 2024, 'B'), 3, 'telemedicine', 'maybe');
		const r = await upload(toText(file), bearer('tianhe'));
		expect(r.status).toBe(422);
		const body = await r.json();
		expect(body.errors).toEqual([
			expect.objectContaining({ row: 3, column: 'telemedicine', value: 'maybe' })
		]);
		expect(await counts()).toEqual(before);
	});

	it('groups a mistake repeated on many rows under `groups`, keeping `errors` the first 200 as before', async () => {
		const file = hospitals(400, 2024, 'M');
		for (let row = 12; row <= 340; row++) set(file, row, 'telemedicine', 'maybe');
		for (const row of [345, 400, 401]) set(file, row, 'telemedicine', 'maybe');
		set(file, 20, 'region_code', '44010');
		const r = await upload(toText(file), bearer('tianhe'));
		expect(r.status).toBe(422);
		const body = await r.json();
		expect(body.errorCount).toBe(333);
		expect(body.errors).toHaveLength(200);
		expect(body.errors[0]).toMatchObject({ row: 12, column: 'telemedicine', code: 'not-boolean' });
		expect(body.groups).toEqual([
			expect.objectContaining({
				code: 'not-boolean',
				column: 'telemedicine',
				value: 'maybe',
				rows: [
					[12, 340],
					[345, 345],
					[400, 401]
				],
				count: 332,
				rowsTruncated: false
			}),
			expect.objectContaining({ code: 'not-region-code', column: 'region_code', rows: [[20, 20]], count: 1 })
		]);
	});

	it('refuses viewers, analysts and reviewers with 403, and nobody with 401', async () => {
		for (const login of ['reader', 'researcher', 'gz-reviewer']) {
			const r = await upload(toText(hospitals()), bearer(login));
			expect(r.status, login).toBe(403);
			expect((await r.json()).detail).toMatch(/may not submit/);
		}
		const anonymous = await upload(toText(hospitals()), {});
		expect(anonymous.status).toBe(401);
		expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
		for (const login of ['reader', 'researcher'])
			expect((await fetch(`${app.base}/api/v1/submissions`, { headers: bearer(login) })).status).toBe(403);
		expect((await fetch(`${app.base}/api/v1/submissions`)).status).toBe(401);
	});

	it('answers 409 for a round that is not open, and 413 for a file over the limit', async () => {
		const closed = await upload(toText(hospitals(2, 2023, 'C')), bearer('tianhe'));
		expect(closed.status).toBe(409);
		expect((await closed.json()).detail).toMatch(/round 2023 is not open/);
		const big = 'x'.repeat(1.5 * 1024 * 1024);
		const r = await upload(big, bearer('tianhe'));
		expect(r.status).toBe(413);
		expect((await r.json()).detail).toMatch(/upload limit of 1 MB/);
	});

	it('lists the submissions inside the caller’s region only', async () => {
		const seen = async (login: string) => {
			const r = await fetch(`${app.base}/api/v1/submissions?year=2024`, { headers: bearer(login) });
			expect(r.status).toBe(200);
			return ((await r.json()) as { submitted_by: string; region_code: string }[]).map((s) => s.region_code);
		};
		expect(await seen('tianhe')).toEqual(['440106']);
		expect(await seen('guangdong')).toEqual(['440106']);
		expect(await seen('gz-reviewer')).toEqual(['440106']);
		expect(await seen('admin')).toEqual(['440106']);
		expect(await seen('liwan')).toEqual([]);
	});

	it('refuses a revoked or expired token, and a session cookie after sign-out', async () => {
		const revoked = await createToken(database, 'tianhe', { name: 'old', expiresInDays: null }, 'admin');
		await database.db
			.updateTable('api_tokens')
			.set({ revoked_at: new Date().toISOString() })
			.where('name', '=', 'old')
			.execute();
		const expired = await createToken(database, 'tianhe', { name: 'short', expiresInDays: 1 }, 'admin');
		await database.db
			.updateTable('api_tokens')
			.set({ expires_at: new Date(Date.now() - 1000).toISOString() })
			.where('name', '=', 'short')
			.execute();
		for (const token of [revoked.token, expired.token, 'himap_not-a-token'])
			expect(
				(await fetch(`${app.base}/api/v1/submissions`, { headers: { authorization: `Bearer ${token}` } }))
					.status
			).toBe(401);

		const cookie = await signedIn('tianhe');
		expect((await fetch(`${app.base}/api/v1/submissions`, { headers: { cookie } })).status).toBe(200);
		const signOut = await fetch(`${app.base}/account?/signOut`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.base,
				accept: 'text/html',
				cookie,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: ''
		});
		expect(signOut.status).toBe(303);
		expect((await fetch(`${app.base}/api/v1/submissions`, { headers: { cookie } })).status).toBe(401);
	});

	it('refuses a file posted with a session cookie from another site', async () => {
		const cookie = await signedIn('tianhe');
		const before = await counts();
		const form = new FormData();
		form.set('file', new Blob([toText(hospitals(2, 2024, 'F'))]), 'f.csv');
		const r = await fetch(`${app.base}/api/v1/submissions`, {
			method: 'POST',
			headers: { origin: 'http://evil.example', cookie },
			body: form
		});
		expect(r.status).toBe(403);
		expect(await counts()).toEqual(before);
	});

	it('keeps an unpublished round from the public and viewers, then shows it once published', async () => {
		const rounds = async (auth: Record<string, string> = {}) =>
			(
				(await (await fetch(`${app.base}/api/v1/rounds`, { headers: auth })).json()) as {
					year: number;
					state: string;
				}[]
			).map((r) => `${r.year}:${r.state}`);
		expect(await rounds()).toEqual([]);
		expect(await rounds(bearer('reader'))).toEqual([]);
		expect(await rounds(bearer('tianhe'))).toEqual(['2024:open']);
		expect((await fetch(`${app.base}/api/v1/export/rates?year=2024`)).status).toBe(404);
		expect(
			(await fetch(`${app.base}/api/v1/export/responses?year=2024`, { headers: bearer('reader') })).status
		).toBe(404);
		const everything = await (await fetch(`${app.base}/api/v1/export/responses`)).text();
		expect(everything.trim().split('\n')).toHaveLength(1);
		// A submitter sees its own region's data in any round; another county sees none of it.
		const own = async (login: string) => {
			const r = await fetch(`${app.base}/api/v1/export/responses?year=2024&format=json`, {
				headers: bearer(login)
			});
			expect(r.status).toBe(200);
			const rows = (await r.json()) as { respondent_id: string; region_code: string }[];
			return [...new Set(rows.map((x) => `${x.region_code}:${x.respondent_id}`))];
		};
		expect(await own('tianhe')).toEqual(['440106:H0001', '440106:H0002', '440106:H0003', '440106:H0004']);
		expect(await own('gz-reviewer')).toHaveLength(4);
		expect(await own('liwan')).toEqual([]);

		// Figures are of approved data only: nothing is scored until the city's reviewer approves.
		expect(
			(await fetch(`${app.base}/api/v1/export/rates?year=2024`, { headers: bearer('admin') })).status
		).toBe(200);
		const database = openDatabase(db.url);
		try {
			const centre: Principal = { id: 0, login: 'centre', role: 'admin', region: null, via: 'session' };
			for (const s of await reviewQueue(database, centre))
				await reviewSubmission(database, centre, s.id, 'approve');
		} finally {
			await database.close();
		}
		await cli(['round', 'close', '2024']);
		await cli(['round', 'publish', '2024']);
		expect(await rounds()).toEqual(['2024:published']);
		let rates: Response;
		// Published rounds are scored in the background: 503 until the first run is stored.
		for (let i = 0; ; i++) {
			rates = await fetch(`${app.base}/api/v1/export/rates?year=2024&format=json`);
			if (rates.status !== 503 || i > 100) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		expect(rates.status).toBe(200);
		const telemedicine = (
			(await rates.json()) as { group: string; indicator: string; denominator: number }[]
		).find((r) => r.group === 'all' && r.indicator === 'telemedicine');
		expect(telemedicine?.denominator).toBe(4);
	});
});
