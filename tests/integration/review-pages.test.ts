/**
 * Review by level (docs/security.md, Review) through real HTTP against the built app on SQLite and
 * PostgreSQL: a county clerk (天河区 440106) submits; Guangzhou's reviewer (440100) finds it in
 * /review, returns it with a comment the clerk reads in /submissions and on its page; the clerk
 * sends a corrected file; the reviewer approves that one, and only then are its respondents scored.
 * Guangdong's reviewer sees it, Shenzhen's does not know it exists, a viewer is refused, and the
 * clerk never reviews its own file. Every move the state forbids answers 409 with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { createToken } from '../../src/lib/server/token-service.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toText, type SurveyTable } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli, formClient } from '../helpers/form-client.ts';
import { waitFor } from '../helpers/wait.ts';

const USERS = [
	['admin', 'admin', null],
	['tianhe', 'submitter', '440106'],
	['gz', 'reviewer', '440100'],
	['gd', 'reviewer', '440000'],
	['sz', 'reviewer', '440300'],
	['reader', 'viewer', null]
] as const;
type Login = (typeof USERS)[number][0];

/** How long background scoring may take, on a machine shared with other test runs. */
const SCORING_MS = 180_000;

/** The clerk's hospitals in 天河区, round 2025: T0001…T0003. */
const clerkFile = (): SurveyTable => buildTable({ template: 'hospital', rows: 3, year: 2025, idPrefix: 'T' });

describe.each(DIALECTS)('review by level (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;
	let database: HimapDatabase;
	const dir = mkdtempSync(join(tmpdir(), 'himap-review-'));
	const tokens: Partial<Record<Login, string>> = {};
	const cookies: Partial<Record<Login, string>> = {};
	let first = 0;
	let second = 0;
	const COMMENT = 'Row 3: telemedicine cannot be "no" for a tertiary hospital — check and send again.';

	const bearer = (login: Login) => ({ authorization: `Bearer ${tokens[login]}` });
	const upload = async (table: SurveyTable, name: string) => {
		const form = new FormData();
		form.set('file', new Blob([toText(table)], { type: 'text/csv' }), name);
		const r = await fetch(`${app.base}/api/v1/submissions`, {
			method: 'POST',
			headers: bearer('tianhe'),
			body: form
		});
		expect(r.status, await r.clone().text()).toBe(201);
		return ((await r.json()) as { submission: { submissionId: number } }).submission.submissionId;
	};
	const page = (login: Login, path: string) =>
		formClient(app.base).get(path, { cookie: cookies[login], language: 'en' });
	const post = (login: Login, path: string, fields: Record<string, string>) =>
		formClient(app.base).post(path, fields, { cookie: cookies[login], language: 'en' });
	const apiGet = (login: Login, id: number) =>
		fetch(`${app.base}/api/v1/submissions/${id}`, { headers: bearer(login) });
	const review = (login: Login, id: number, body: unknown) =>
		fetch(`${app.base}/api/v1/submissions/${id}/review`, {
			method: 'POST',
			headers: { ...bearer(login), 'content-type': 'application/json' },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		});
	/** The 2025 respondents the admin's export holds once background scoring has caught up (slow on a busy machine). */
	const scoredRespondents = (what: string, until: (ids: string[]) => boolean = () => true) =>
		waitFor(
			what,
			async () => {
				const r = await fetch(`${app.base}/api/v1/export/respondents?year=2025&format=json`, {
					headers: bearer('admin')
				});
				if (r.status !== 200 || r.headers.get('himap-scores') !== 'current') return null;
				const ids = ((await r.json()) as { respondent_id: string }[]).map((row) => row.respondent_id);
				return until(ids) && ids;
			},
			SCORING_MS
		);

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		for (const [login, role, region] of USERS) await addUserByCli(db.url, login, role, region ?? undefined);
		expect((await himap(['round', 'open', '2025', '--db', db.url])).code).toBe(0);
		// Approved data already in the round (an operator's import), elsewhere in Guangzhou: the round
		// has scores before the clerk's file is approved, so its absence from them means something.
		const liwan = buildTable({ template: 'hospital', rows: 3, year: 2025, idPrefix: 'P' });
		for (const row of liwan.rows) row.region_code = '440103';
		writeFileSync(join(dir, 'liwan.csv'), toText(liwan));
		const imported = await himap(['import', join(dir, 'liwan.csv'), '--db', db.url]);
		expect(imported.code, imported.err).toBe(0);
		app = await startApp(db);
		database = openDatabase(db.url);
		for (const [login] of USERS) {
			tokens[login] = (
				await createToken(database, login, { name: 'test', expiresInDays: null }, 'admin')
			).token;
			cookies[login] = await formClient(app.base).signIn(login);
		}
	});
	afterAll(async () => {
		await database?.close();
		await app?.stop();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('puts a clerk’s file in the queue of the level above, and nobody else’s', async () => {
		first = await upload(set(clerkFile(), 4, 'telemedicine', 'no'), 'tianhe-first.csv');
		for (const login of ['gz', 'gd', 'admin'] as const) {
			const r = await page(login, '/review');
			expect(r.status, login).toBe(200);
			const html = await r.text();
			expect(html, login).toContain(`/submissions/${first}`);
			expect(html, login).toContain('tianhe-first.csv');
			expect(html, login).toContain('Tianhe');
		}
		expect(await (await page('sz', '/review')).text()).not.toContain(`/submissions/${first}`);
		expect((await page('tianhe', '/review')).status).toBe(403);
		expect((await page('reader', '/review')).status).toBe(403);
		expect((await page('reader', '/submissions')).status).toBe(403);
		const anonymous = await formClient(app.base).get('/review');
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toMatch(/^\/login/);
		expect((await page('gz', '/review')).headers.get('cache-control')).toBe('private, no-store');
		// The header names one's work on signed-in pages.
		expect(await (await page('gz', '/account')).text()).toMatch(/href="[./]*review">Review</);
		expect(await (await page('tianhe', '/account')).text()).toMatch(
			/href="[./]*submissions">My submissions</
		);

		// Outside the caller's region it does not exist; a viewer sees no submissions at all.
		expect((await apiGet('sz', first)).status).toBe(404);
		expect((await page('sz', `/submissions/${first}`)).status).toBe(404);
		expect((await review('sz', first, { action: 'approve' })).status).toBe(404);
		expect((await apiGet('reader', first)).status).toBe(403);
		expect((await review('reader', first, { action: 'approve' })).status).toBe(403);
		// Guangdong's reviewer sees it (and may review it); the clerk sees it but may not.
		expect(await (await apiGet('gd', first)).json()).toMatchObject({
			reviewer: true,
			actions: ['approve', 'return']
		});
		expect(await (await apiGet('tianhe', first)).json()).toMatchObject({
			reviewer: false,
			actions: [],
			submission: { status: 'submitted', current_rows: 3 }
		});
		const own = await review('tianhe', first, { action: 'approve' });
		expect(own.status).toBe(403);
		expect((await own.json()).detail).toMatch(/may not review/);
	});

	it('returns it with a comment the clerk reads; every move its state forbids answers 409', async () => {
		const bare = await post('gz', `/submissions/${first}?/return`, { comment: '  ', shown: 'submitted' });
		expect(bare.status).toBe(409);
		expect(await bare.text()).toContain('a comment is required');

		const returned = await post('gz', `/submissions/${first}?/return`, {
			comment: COMMENT,
			shown: 'submitted'
		});
		expect(returned.status).toBe(200);
		expect(await returned.text()).toContain('Returned to the unit with your comment.');
		const line = await database.db
			.selectFrom('audit_log')
			.selectAll()
			.where('submission_id', '=', first)
			.where('action', '=', 'submission.return')
			.executeTakeFirstOrThrow();
		expect(line.actor).toBe('gz');
		expect(JSON.parse(line.value_before!)).toEqual({ status: 'submitted' });
		expect(JSON.parse(line.value_after!)).toEqual({ status: 'returned' });
		expect(JSON.parse(line.detail).comment).toBe(COMMENT);

		const history = await (await page('tianhe', '/submissions')).text();
		expect(history).toContain(`/submissions/${first}`);
		expect(history).toContain(COMMENT);
		const mine = await (await page('tianhe', `/submissions/${first}`)).text();
		expect(mine).toContain('Returned by gz on');
		expect(mine.match(/data-review-comment[^>]*>([^<]*)</)?.[1]).toBe(COMMENT);
		expect(mine).toMatch(/href="[./]*\/?submit">Correct the file and submit it again</);
		expect(mine).not.toContain('action="?/approve"');

		// The reviewer, on a page read before it was returned: refused, told why, the comment kept.
		const stale = await post('gz', `/submissions/${first}?/return`, {
			comment: 'late thought',
			shown: 'submitted'
		});
		expect(stale.status).toBe(409);
		const staleHtml = await stale.text();
		expect(staleHtml).toContain('It has been reviewed meanwhile: it is now “Returned”.');
		expect(staleHtml).toContain('late thought');
		const zh = await formClient(app.base).post(
			`/submissions/${first}?/approve`,
			{ shown: 'submitted' },
			{ cookie: cookies.gz, language: 'zh-CN' }
		);
		expect(await zh.text()).toContain('此期间已有人审核');

		for (const [body, reason] of [
			[{ action: 'approve' }, /only a submitted one is approved/],
			[{ action: 'return', comment: 'again' }, /returned already/],
			[{ action: 'reopen', comment: 'why' }, /only approved data is reopened/]
		] as const) {
			const r = await review('gz', first, body);
			expect(r.status, body.action).toBe(409);
			expect(r.headers.get('content-type')).toBe('application/problem+json');
			expect((await r.json()).detail, body.action).toMatch(reason);
		}
		for (const body of ['not json', { action: 'bless' }, { action: 'return', comment: 5 }, [1]])
			expect((await review('gz', first, body)).status, JSON.stringify(body)).toBe(400);
	});

	it(
		'takes the corrected file, scores it only once approved, and locks the replaced one',
		{ timeout: 4 * SCORING_MS },
		async () => {
			second = await upload(clerkFile(), 'tianhe-corrected.csv');
			const replaced = (await (await apiGet('gz', first)).json()) as { submission: { current_rows: number } };
			expect(replaced.submission.current_rows).toBe(0);
			const before = await scoredRespondents('2025 to be scored with the corrected file waiting');
			expect(before).toContain('P0001');
			expect(before).not.toContain('T0001');
			const waiting = await (await page('tianhe', `/submissions/${second}`)).text();
			expect(waiting).toContain('waiting for approval');

			const approved = await post('gz', `/submissions/${second}?/approve`, { shown: 'submitted' });
			expect(approved.status).toBe(200);
			expect(await approved.text()).toContain('Approved.');
			const stored = await (await apiGet('tianhe', second)).json();
			expect(stored).toMatchObject({ submission: { status: 'approved', reviewed_by: 'gz' } });
			expect((await review('gz', second, { action: 'approve' })).status).toBe(409);
			// The first file: every row replaced by the second; nothing of it is left to approve.
			const old = await review('admin', first, { action: 'approve' });
			expect(old.status).toBe(409);

			const after = await scoredRespondents('the approved respondents to be scored', (ids) =>
				ids.includes('T0001')
			);
			expect(after).toEqual(expect.arrayContaining(['P0001', 'T0001', 'T0002', 'T0003']));
			await waitFor(
				'the submission to show its scores',
				async () => {
					const { rows } = (await (await apiGet('tianhe', second)).json()) as {
						rows: { composite: number | null }[];
					};
					return rows.length === 3 && rows.every((r) => r.composite !== null);
				},
				SCORING_MS
			);
			const history = await (await page('tianhe', `/submissions/${second}`)).text();
			expect(history).toContain('Approved by gz on');
			expect(history).not.toContain('waiting for approval');
		}
	);

	it('reopens approved data only with a comment, and the unit reads it', async () => {
		const bare = await review('gd', second, { action: 'reopen', comment: '' });
		expect(bare.status).toBe(409);
		expect((await bare.json()).detail).toMatch(/comment is required/);
		const reopened = await review('gd', second, {
			action: 'reopen',
			comment: 'Bed counts disagree with the census.'
		});
		expect(reopened.status).toBe(200);
		expect(await reopened.json()).toMatchObject({
			id: second,
			status: 'returned',
			reviewed_by: 'gd',
			review_comment: 'Bed counts disagree with the census.'
		});
		const html = await (await page('tianhe', `/submissions/${second}`)).text();
		expect(html).toContain('Returned by gd on');
		expect(html).toContain('Bed counts disagree with the census.');
		expect(html).toContain('Reopened');
		const zh = await (
			await formClient(app.base).get(`/submissions/${second}?lang=zh-CN`, { cookie: cookies.tianhe })
		).text();
		expect(zh).toContain('审核记录');
		expect(zh).toContain('已退回');
	});
});
