/**
 * The audit log page and its export through real HTTP against the built app, on SQLite and
 * PostgreSQL (docs/security.md, Administration): filtered by who, what, region, round and days,
 * paged by id; exported as CSV (BOM, formula-looking cells neutralised) or JSON with the same
 * filters, by session or token; shown verbatim and escaped whatever was typed; and no request of
 * any method to the page or the API changes a line.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { createToken } from '../../src/lib/server/token-service.ts';
import type { AppServer } from '../helpers/app-server.ts';
import { DIALECTS } from '../helpers/databases.ts';
import { alertText, appWithUsers, type AppWithUsers, type FormClient } from '../helpers/form-client.ts';

/** Lines of March 2020, before anything the tests do: the filters' fixtures. */
const FIXTURE = [
	{ at: '2020-03-01T10:00:00.000Z', actor: 'auditor-a', action: 'user.add', region: '440106', year: null },
	{ at: '2020-03-02T10:00:00.000Z', actor: 'auditor-a', action: 'user.role', region: '440000', year: null },
	{ at: '2020-03-03T23:59:59.999Z', actor: 'auditor-a', action: 'round.open', region: null, year: 2019 },
	{ at: '2020-03-04T00:00:00.000Z', actor: 'auditor-b', action: 'login', region: null, year: null },
	{
		at: '2020-03-05T10:00:00.000Z',
		actor: 'auditor-b',
		action: 'login.failure',
		region: '429004',
		year: null
	},
	{ at: '2020-03-06T10:00:00.000Z', actor: 'auditor-b', action: 'import', region: '110101', year: 2019 },
	{
		at: '2020-03-07T10:00:00.000Z',
		actor: "=cmd|' /C calc'!A0",
		action: 'login.failure',
		region: null,
		year: null
	}
];
const MARCH = 'from=2020-03-01&to=2020-03-31';
const FORMULA = encodeURIComponent("=cmd|' /C calc'!A0");

describe.each(DIALECTS)('the audit log page and export (%s)', (dialect) => {
	let app: AppServer;
	let database: HimapDatabase;
	let web: FormClient;
	let boss: string;
	const auditLog = () => database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
	const page = async (query: string, language: 'en' | 'zh-CN' = 'en') => {
		const r = await web.get(`/admin/audit?${query}`, { cookie: boss, language });
		expect(r.status).toBe(200);
		const html = await r.text();
		const total = /data-total="(\d+)"/.exec(html)?.[1];
		const ids = [...html.matchAll(/<tr data-id="(\d+)"/g)].map((m) => Number(m[1]));
		return { html, total: total === undefined ? null : Number(total), ids };
	};

	let setup: AppWithUsers;
	beforeAll(async () => {
		setup = await appWithUsers(dialect, [
			['boss', 'admin'],
			['viewer1', 'viewer']
		]);
		({ app, database, web } = setup);
		await database.db
			.insertInto('audit_log')
			.values(
				FIXTURE.map((f) => ({
					...f,
					submission_id: null,
					detail: JSON.stringify({ note: '=HYPERLINK("x")' }),
					value_before: null,
					value_after: null
				}))
			)
			.execute();
		boss = await web.signIn('boss');
	});
	afterAll(() => setup?.stop());

	it.each([
		['actor=auditor-a', 3],
		['actor=auditor-a&action=user.', 2],
		['actor=auditor-b&action=login', 2],
		['action=login.', 2],
		['action=LOGIN', 0],
		['action=user._', 0],
		['region=440000', 2],
		['region=440100', 1],
		['region=420000', 1],
		['region=110000', 1],
		['region=000000', 4],
		['year=2019', 2],
		['year=2019&region=110101', 1],
		['', 7]
	])('filters March 2020 by %s: %i lines', async (query, count) => {
		const { total, ids } = await page(`${MARCH}&${query}`);
		expect(total).toBe(count);
		expect(ids).toHaveLength(count);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));
	});

	it.each([
		['from=2020-03-03&to=2020-03-03', 1],
		['from=2020-03-04&to=2020-03-04', 1],
		['from=2020-03-04', null],
		['to=2020-03-02', 2]
	])('takes whole UTC days: %s', async (query, count) => {
		const { total } = await page(query);
		// From a day on, the tests' own sign-ins count too: more than March's four.
		if (count === null) expect(total).toBeGreaterThan(4);
		else expect(total).toBe(count);
	});

	it.each([
		['region=4401', 'Region: not a province, city or county code'],
		['year=19', 'Round: a round is a year such as 2024.'],
		['from=2020-02-30', 'From day: write a day as YYYY-MM-DD.'],
		['from=2020-03-05&to=2020-03-01', 'To day: the last day comes before the first.'],
		['before=0', 'not a page of the log']
	])('says what is wrong with %s and shows no lines', async (query, why) => {
		const { html, total, ids } = await page(query);
		expect(alertText(html)).toContain(why);
		expect([total, ids]).toEqual([null, []]);
		expect((await web.get(`/api/v1/admin/audit?${query}`, { cookie: boss })).status).toBe(400);
	});

	it('pages 100 lines at a time by id, newest first, each line once', async () => {
		const at = '2021-01-01T00:00:00.000Z';
		await database.db
			.insertInto('audit_log')
			.values(
				Array.from({ length: 205 }, () => ({
					at,
					actor: 'pager',
					action: 'test.page',
					submission_id: null,
					detail: '{}'
				}))
			)
			.execute();
		const seen: number[] = [];
		let query = 'actor=pager';
		for (const size of [100, 100, 5]) {
			const { html, total, ids } = await page(query);
			expect([total, ids.length]).toEqual([205, size]);
			seen.push(...ids);
			const older = /href="[^"]*\?actor=pager&amp;before=(\d+)"/.exec(html);
			if (size < 100) expect(older).toBeNull();
			else {
				expect(Number(older![1])).toBe(ids[ids.length - 1]);
				query = `actor=pager&before=${older![1]}`;
			}
		}
		expect(new Set(seen).size).toBe(205);
		expect(seen).toEqual([...seen].sort((a, b) => b - a));
	});

	it('exports the filtered lines as CSV with a BOM, a formula-looking cell neutralised, and as JSON', async () => {
		const r = await web.get(`/api/v1/admin/audit?${MARCH}&action=login.&format=csv`, { cookie: boss });
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(r.headers.get('content-disposition')).toBe('attachment; filename="himap-audit.csv"');
		const bytes = new Uint8Array(await r.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes.slice(3));
		const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
		expect(rows.map((row) => [row.actor, row.action, row.region])).toEqual([
			["'=cmd|' /C calc'!A0", 'login.failure', ''],
			['auditor-b', 'login.failure', '429004']
		]);
		expect(text.split('\r\n')[0]).toBe('id,at,actor,action,region,year,before,after,submission_id,detail');
		expect(rows[0].detail).toBe('{"note":"=HYPERLINK(\\"x\\")"}');
		const json = await (
			await web.get(`/api/v1/admin/audit?actor=${FORMULA}&format=json`, { cookie: boss })
		).json();
		expect(json).toEqual([
			expect.objectContaining({
				actor: "=cmd|' /C calc'!A0",
				detail: { note: '=HYPERLINK("x")' },
				before: null
			})
		]);
		// The page's export link carries the same filters.
		expect((await page(`${MARCH}&action=login.`)).html).toMatch(
			/href="[./]*\/api\/v1\/admin\/audit\?action=login\.&amp;from=2020-03-01&amp;to=2020-03-31&amp;format=csv"/
		);
	});

	it('exports every line of a long log, batch after batch, to an admin’s token; a viewer’s token is refused', async () => {
		await database.db
			.insertInto('audit_log')
			.values(
				Array.from({ length: 2500 }, (_, k) => ({
					at: '2022-01-01T00:00:00.000Z',
					actor: 'bulk',
					action: 'test.bulk',
					submission_id: null,
					detail: JSON.stringify({ k })
				}))
			)
			.execute();
		const { token } = await createToken(database, 'boss', { name: 'export', expiresInDays: null }, 'boss');
		const r = await fetch(`${app.base}/api/v1/admin/audit?actor=bulk&format=csv`, {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(r.status).toBe(200);
		const rows = Papa.parse<Record<string, string>>((await r.text()).slice(1), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows.map((row) => JSON.parse(row.detail).k)).toEqual(
			Array.from({ length: 2500 }, (_, k) => 2499 - k)
		);
		const viewer = await createToken(database, 'viewer1', { name: 'v', expiresInDays: null }, 'viewer1');
		const refused = await fetch(`${app.base}/api/v1/admin/audit`, {
			headers: { authorization: `Bearer ${viewer.token}` }
		});
		expect(refused.status).toBe(403);
	});

	it('stores and shows what was typed verbatim, as text: sign-in attempts and filters alike', async () => {
		for (const login of ["'; DROP TABLE users;--", '<script>alert(1)</script>'])
			expect((await web.post('/login', { login, password: 'not the password at all' })).status).toBe(400);
		const sql = await page(`actor=${encodeURIComponent("'; DROP TABLE users;--")}`);
		expect(sql.total).toBe(1);
		expect(sql.html).toMatch(/<td[^>]*>'; DROP TABLE users;--<\/td>/);
		const html = await page(`actor=${encodeURIComponent('<script>alert(1)</script>')}`);
		expect(html.total).toBe(1);
		expect(html.html).toMatch(/<td[^>]*>&lt;script>alert\(1\)&lt;\/script><\/td>/);
		expect(html.html).toContain('value="&lt;script>alert(1)&lt;/script>"');
		expect(html.html).not.toContain('<script>alert(1)</script>');
		const nothing = await page(
			`action=${encodeURIComponent("'; DROP TABLE users;--")}&region=${encodeURIComponent('<b>44</b>')}`
		);
		expect(nothing.html).toContain(`value="'; DROP TABLE users;--"`);
		expect(nothing.html).toContain('value="&lt;b>44&lt;/b>"');
		expect(await database.db.selectFrom('users').select('login').orderBy('login').execute()).toEqual([
			{ login: 'boss' },
			{ login: 'viewer1' }
		]);
		const zh = await page('region=x', 'zh-CN');
		expect(alertText(zh.html)).toContain('地区：不是省、市或县的代码');
	});

	it('changes no line, whatever method reaches the page or the API, by session or token', async () => {
		const { token } = await createToken(database, 'boss', { name: 'methods', expiresInDays: null }, 'boss');
		const bearer = { authorization: `Bearer ${token}` };
		const uses = () =>
			database.db
				.selectFrom('audit_log')
				.select('id')
				.where('action', '=', 'token.use')
				.execute()
				.then((r) => r.length);
		const used = await uses();
		// The token's first use is logged (token.use, at most hourly): let it be written before comparing.
		expect((await fetch(`${app.base}/api/v1/admin/audit?actor=nobody`, { headers: bearer })).status).toBe(
			200
		);
		await expect.poll(uses).toBe(used + 1);
		const before = await auditLog();
		const last = before[before.length - 1].id;
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'])
			for (const path of [
				'/admin/audit',
				`/admin/audit?actor=boss`,
				'/api/v1/admin/audit',
				'/api/v1/admin/audit?format=csv'
			]) {
				const fields = { id: String(last), actor: 'forged', detail: '{}' };
				const session = await web.post(path, fields, { cookie: boss, method });
				expect(session.status, `${method} ${path}`).toBe(405);
				if (path.startsWith('/api/')) {
					const withToken = await fetch(`${app.base}${path}`, {
						method,
						headers: bearer,
						body: JSON.stringify(fields)
					});
					expect(withToken.status, `${method} ${path} (token)`).toBe(405);
				}
			}
		expect(await auditLog()).toEqual(before);
	});
});
