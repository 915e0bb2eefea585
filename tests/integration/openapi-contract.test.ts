/**
 * The OpenAPI document (src/lib/server/http/openapi.ts) against the API it describes, through real
 * HTTP against the built app on SQLite and PostgreSQL: the document is valid OpenAPI 3.1 (the OAI
 * meta-schema, through @seriousme/openapi-schema-validator) and its schemas valid JSON Schema
 * 2020-12; every endpoint's real answers — success and each error — have a documented status,
 * content type and required headers, and a body that fits the documented schema
 * (tests/helpers/openapi-check.ts); and the routes under src/routes/api and the document's paths
 * are the same, so neither can grow without the other.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { openApiDocument } from '../../src/lib/server/http/openapi.ts';
import type { OpenApiDocument } from '../../src/lib/openapi/document.ts';
import { createToken } from '../../src/lib/server/token-service.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toText } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli } from '../helpers/form-client.ts';
import { ContractChecker, documentedOperations, routeOperations } from '../helpers/openapi-check.ts';

// The audit export is written on its own branch and documented here ahead of it: its checks run
// once its route is in the tree (both branches merged), and are skipped before.
const AUDIT_ROUTE = routeOperations().includes('GET /api/v1/admin/audit');

describe('the OpenAPI document and the routes', () => {
	it('documents every API route, and every documented operation has its route', () => {
		const routes = routeOperations();
		const documented = documentedOperations(openApiDocument()).filter(
			(op) => AUDIT_ROUTE || op !== 'GET /api/v1/admin/audit'
		);
		expect(routes).toContain('GET /api/v1/openapi.json');
		expect(new Set(documented)).toEqual(new Set(routes));
	});
});

describe.each(DIALECTS)('the API against its OpenAPI document (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;
	let database: HimapDatabase;
	let doc: OpenApiDocument;
	let contract: ContractChecker;
	const dir = mkdtempSync(join(tmpdir(), 'himap-openapi-'));
	const tokens: Record<string, string> = {};

	/** The command line on this database; fails the test unless it exits 0. */
	const cli = async (argv: string[]) => {
		const r = await himap([...argv, '--db', db.url]);
		expect(r.code, r.err).toBe(0);
	};
	const bearer = (login: string) => ({ authorization: `Bearer ${tokens[login]}` });
	const get = (path: string, headers: Record<string, string> = {}) =>
		fetch(`${app.base}${path}`, { headers });
	const upload = (
		text: string | null,
		headers: Record<string, string>,
		query = '',
		fields: Record<string, string> = {}
	) => {
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) form.set(k, v);
		if (text !== null) form.set('file', new Blob([text], { type: 'text/csv' }), 'survey.csv');
		return fetch(`${app.base}/api/v1/submissions${query}`, { method: 'POST', headers, body: form });
	};
	const hospitals = (year: number, prefix: string, rows = 3) =>
		buildTable({ template: 'hospital', rows, year, idPrefix: prefix });

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		for (const [login, role, region] of [
			['admin', 'admin', null],
			['tianhe', 'submitter', '440106'],
			['gz', 'reviewer', '440100'],
			['reader', 'viewer', null],
			['researcher', 'analyst', null]
		] as const)
			await addUserByCli(db.url, login, role, region ?? undefined);
		// A published round with answers of both surveys, scored by the import: every table has rows
		// to show (sensitivity's rank intervals need a province of 30 respondents).
		for (const [name, table] of [
			['regional.csv', buildTable({ template: 'regional', rows: 6, year: 2023 })],
			['hospital.csv', hospitals(2023, 'H', 30)]
		] as const) {
			writeFileSync(join(dir, name), toText(table));
			await cli(['import', join(dir, name)]);
		}
		for (const step of ['open', 'close', 'publish']) await cli(['round', step, '2023']);
		await cli(['round', 'open', '2024']);
		app = await startApp(db, { env: { HIMAP_MAX_UPLOAD_MB: '1' } });
		database = openDatabase(db.url);
		for (const login of ['admin', 'tianhe', 'gz', 'reader', 'researcher'])
			tokens[login] = (
				await createToken(database, login, { name: 'test', expiresInDays: null }, 'admin')
			).token;
		const served = await get('/api/v1/openapi.json');
		doc = (await served.clone().json()) as OpenApiDocument;
		contract = new ContractChecker(doc);
		await contract.check('/api/v1/openapi.json', 'get', served);
	});
	afterAll(async () => {
		await database?.close();
		await app?.stop();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves a valid OpenAPI 3.1 document, cacheable, with the version of the package', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>);
		expect(result.errors ?? []).toEqual([]);
		expect(validator.version).toBe('3.1');
		expect(doc.info.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
		expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
		const first = await get('/api/v1/openapi.json');
		expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
		const etag = first.headers.get('etag')!;
		await contract.check('/api/v1/openapi.json', 'get', first);
		const again = await get('/api/v1/openapi.json', { 'if-none-match': etag });
		expect(again.status).toBe(304);
		await contract.check('/api/v1/openapi.json', 'get', again);
	});

	it('health and rounds answer as documented', async () => {
		const health = await get('/api/v1/health');
		expect(health.status).toBe(200);
		expect(await contract.check('/api/v1/health', 'get', health)).toMatchObject({
			status: 'ok',
			database: dialect
		});
		const anonymous = await get('/api/v1/rounds');
		expect(anonymous.status).toBe(200);
		expect(await contract.check('/api/v1/rounds', 'get', anonymous)).toEqual([
			expect.objectContaining({ year: 2023, state: 'published', hasData: true })
		]);
		const clerk = await get('/api/v1/rounds', bearer('tianhe'));
		expect(
			((await contract.check('/api/v1/rounds', 'get', clerk)) as { state: string }[]).map((r) => r.state)
		).toEqual(['open', 'published']);
	});

	it('serves every export table in CSV and JSON with the columns its schema documents', async () => {
		const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
		const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
		const path = '/api/v1/export/{table}';
		const tables = contract.operation(path, 'get').parameters!.find((p) => p.name === 'table')!.schema
			.enum as string[];
		expect(tables).toEqual(
			expect.arrayContaining(['rates', 'respondents', 'provinces', 'disparity', 'submissions'])
		);
		for (const table of tables) {
			const auth = table === 'submissions' ? bearer('researcher') : {};
			const row = doc.components.schemas[`ExportRow_${table}`];
			const csv = await get(`/api/v1/export/${table}?year=2023&format=csv`, auth);
			expect(csv.status, table).toBe(200);
			const text = (await contract.check(path, 'get', csv)) as string;
			expect(text.split('\r\n')[0], table).toBe(Object.keys(row.properties!).join(','));
			expect(csv.headers.get('himap-version'), table).toBe(version);
			// The commit of the checkout the built app runs from (server/build-info.ts).
			expect(csv.headers.get('himap-commit')!.replace(/\+dirty$/, ''), table).toBe(head);
			expect(csv.headers.get('himap-framework'), table).toMatch(/^\S+ \S+$/);
			expect(csv.headers.get('himap-method'), table).toMatch(/^(\w+\/\w+\/\w+\/\w+|none)$/);
			const json = await get(`/api/v1/export/${table}?year=2023&format=json`, auth);
			expect(json.status, table).toBe(200);
			const rows = (await contract.check(path, 'get', json)) as unknown[];
			expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
			// The operation's schema admits any table's rows; each must fit its own table's.
			contract.fitEach(`ExportRow_${table}`, rows);
		}
		const xlsx = await get('/api/v1/export/rates?year=2023&format=xlsx');
		expect(xlsx.status).toBe(200);
		await contract.check(path, 'get', xlsx);
	});

	it('answers export errors as documented: 400, 401, 403, 404', async () => {
		const path = '/api/v1/export/{table}';
		for (const [url, status, auth] of [
			['/api/v1/export/rates?format=pdf', 400, {}],
			['/api/v1/export/rates?year=24', 400, {}],
			['/api/v1/export/provinces?weights=magic', 400, {}],
			['/api/v1/export/submissions', 401, {}],
			['/api/v1/export/submissions', 403, bearer('reader')],
			['/api/v1/export/no-such-table', 404, {}],
			// 2024 is open, not published: as if it did not exist, for the public and viewers alike.
			['/api/v1/export/rates?year=2024', 404, {}],
			['/api/v1/export/rates?year=2024', 404, bearer('reader')]
		] as const) {
			const r = await get(url, auth);
			expect(r.status, url).toBe(status);
			await contract.check(path, 'get', r);
		}
	});

	it('answers a survey file as documented: 201, 200 for a dry run, and every refusal', async () => {
		const path = '/api/v1/submissions';
		const answers: [string, number, Response][] = [
			['stored', 201, await upload(toText(hospitals(2024, 'A')), bearer('tianhe'))],
			['dry run (query)', 200, await upload(toText(hospitals(2024, 'B')), bearer('tianhe'), '?dryRun=true')],
			[
				'dry run (field)',
				200,
				await upload(toText(hospitals(2024, 'B')), bearer('tianhe'), '', { dryRun: 'true' })
			],
			['no file', 400, await upload(null, bearer('tianhe'), '', { note: 'no file' })],
			[
				'not multipart',
				400,
				await fetch(`${app.base}${path}`, {
					method: 'POST',
					headers: { ...bearer('tianhe'), 'content-type': 'text/csv' },
					body: 'x'
				})
			],
			['no credentials', 401, await upload(toText(hospitals(2024, 'C')), {})],
			['a viewer', 403, await upload(toText(hospitals(2024, 'D')), bearer('reader'))],
			[
				'another county',
				403,
				await upload(toText(set(hospitals(2024, 'E'), 3, 'region_code', '440103')), bearer('tianhe'))
			],
			['a published round', 409, await upload(toText(hospitals(2023, 'F')), bearer('tianhe'))],
			['over the limit', 413, await upload('x'.repeat(1.5 * 1024 * 1024), bearer('tianhe'))],
			[
				'a bad value',
				422,
				await upload(toText(set(hospitals(2024, 'G'), 3, 'telemedicine', 'maybe')), bearer('tianhe'))
			]
		];
		const bodies: Record<string, unknown> = {};
		for (const [what, status, r] of answers) {
			expect(r.status, what).toBe(status);
			bodies[what] = await contract.check(path, 'post', r);
		}
		expect(bodies['stored']).toMatchObject({ submission: { dryRun: false, rows: 3, years: [2024] } });
		expect(bodies['dry run (field)']).toMatchObject({ submission: { dryRun: true, submissionId: null } });
		// A dry run previews what storing would change (server/preview/): three hospitals new to 2024.
		expect(bodies['dry run (query)']).toMatchObject({
			preview: { years: [2024], counts: { rows: 3, new: 3, superseding: 0 }, changes: { count: 0 } }
		});
		expect(bodies['another county']).toMatchObject({ errors: [{ row: 3, column: 'region_code' }] });
		expect(bodies['a bad value']).toMatchObject({
			errorCount: 1,
			errors: [{ row: 3, column: 'telemedicine', code: 'not-boolean' }],
			groups: [{ code: 'not-boolean', column: 'telemedicine', value: 'maybe', rows: [[3, 3]], count: 1 }]
		});
	});

	it('lists submissions as documented: 200, 400, 401, 403', async () => {
		const path = '/api/v1/submissions';
		for (const [url, status, auth] of [
			['/api/v1/submissions?year=2023', 200, bearer('admin')],
			['/api/v1/submissions', 200, bearer('tianhe')],
			['/api/v1/submissions?year=x', 400, bearer('admin')],
			['/api/v1/submissions', 401, {}],
			['/api/v1/submissions', 403, bearer('reader')],
			['/api/v1/submissions', 403, bearer('researcher')]
		] as const) {
			const r = await get(url, auth);
			expect(r.status, url).toBe(status);
			const body = await contract.check(path, 'get', r);
			if (status === 200) expect((body as unknown[]).length, url).toBeGreaterThan(0);
		}
	});

	it('answers one submission and a review move as documented: 200, 400, 401, 403, 404, 409', async () => {
		const stored = await upload(toText(hospitals(2024, 'K')), bearer('tianhe'));
		expect(stored.status).toBe(201);
		const id = ((await stored.json()) as { submission: { submissionId: number } }).submission.submissionId;
		const one = '/api/v1/submissions/{id}';
		for (const [url, status, auth] of [
			[`/api/v1/submissions/${id}`, 200, bearer('gz')],
			[`/api/v1/submissions/${id}`, 200, bearer('tianhe')],
			[`/api/v1/submissions/${id}`, 401, {}],
			[`/api/v1/submissions/${id}`, 403, bearer('reader')],
			['/api/v1/submissions/999999', 404, bearer('gz')],
			['/api/v1/submissions/abc', 404, bearer('admin')]
		] as const) {
			const r = await get(url, auth);
			expect(r.status, url).toBe(status);
			const body = await contract.check(one, 'get', r);
			if (status === 200) expect(body, url).toMatchObject({ submission: { id, status: 'submitted' } });
		}
		const path = '/api/v1/submissions/{id}/review';
		const move = (auth: Record<string, string>, body: string, at = id) =>
			fetch(`${app.base}/api/v1/submissions/${at}/review`, {
				method: 'POST',
				headers: { ...auth, 'content-type': 'application/json' },
				body
			});
		const answers: [string, number, Response][] = [
			['not JSON', 400, await move(bearer('gz'), 'approve')],
			['an unknown action', 400, await move(bearer('gz'), '{"action":"bless"}')],
			['no credentials', 401, await move({}, '{"action":"approve"}')],
			['its own file', 403, await move(bearer('tianhe'), '{"action":"approve"}')],
			['a viewer', 403, await move(bearer('reader'), '{"action":"approve"}')],
			['no such submission', 404, await move(bearer('gz'), '{"action":"approve"}', 999999)],
			['returned without a comment', 409, await move(bearer('gz'), '{"action":"return","comment":" "}')],
			['approved', 200, await move(bearer('gz'), '{"action":"approve"}')],
			['approved again', 409, await move(bearer('gz'), '{"action":"approve"}')]
		];
		const bodies: Record<string, unknown> = {};
		for (const [what, status, r] of answers) {
			expect(r.status, what).toBe(status);
			bodies[what] = await contract.check(path, 'post', r);
		}
		expect(bodies['approved']).toMatchObject({ id, status: 'approved', reviewed_by: 'gz' });
		expect(bodies['approved again']).toMatchObject({ detail: expect.stringMatching(/approved already/) });
	});

	it.skipIf(!AUDIT_ROUTE)('exports the audit log as documented: 200, 400, 401, 403', async () => {
		const path = '/api/v1/admin/audit';
		for (const [url, status, auth] of [
			[`${path}?format=csv`, 200, bearer('admin')],
			[`${path}?format=json&year=2023`, 200, bearer('admin')],
			[`${path}?format=xml`, 400, bearer('admin')],
			[path, 401, {}],
			[path, 403, bearer('tianhe')]
		] as const) {
			const r = await get(url, auth);
			expect(r.status, url).toBe(status);
			const body = await contract.check(path, 'get', r);
			if (url.includes('json')) expect((body as unknown[]).length).toBeGreaterThan(0);
		}
	});
});
