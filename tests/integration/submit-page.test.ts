/**
 * Submitting in the browser (issue #13), against the built app on SQLite and PostgreSQL, as a
 * browser does it: a county clerk posts a file from /submit, is sent to the check's page, and
 * confirms or cancels there. A file with errors stores nothing; a confirmed one is stored waiting
 * for review; a check is its uploader's alone, expires, and is made again when the data changed.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toBytes, toText } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { dumpTables } from '../helpers/checksum.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli, formClient, type FormClient } from '../helpers/form-client.ts';

const hospitals = (rows: number, idPrefix = 'H') =>
	buildTable({ template: 'hospital', rows, year: 2024, idPrefix });

/** Everything the database holds but the staged uploads (a check keeps its outcome there, and only there). */
async function surveyData(url: string): Promise<string> {
	const tables = await dumpTables(url);
	tables.delete('staged_uploads');
	return JSON.stringify([...tables], (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

/** The issue table's rows, as text: "row column value what-to-do". */
const issueRows = (html: string) =>
	(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '')
		.split('</tr>')
		.map((r) =>
			r
				.replace(/<!--[\s\S]*?-->/g, '')
				.replace(/<[^>]*>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter(Boolean);

describe.each(DIALECTS)('the upload page (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;
	let database: HimapDatabase;
	let web: FormClient;
	const staging = mkdtempSync(join(tmpdir(), 'himap-staging-'));
	const cookies: Record<string, string> = {};

	const upload = (
		login: string,
		bytes: Uint8Array | string,
		name: string,
		headers: Record<string, string> = {}
	) => {
		const form = new FormData();
		form.set('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
		return fetch(`${app.base}/submit/upload`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: cookies[login], origin: app.base, accept: 'text/html', ...headers },
			body: form
		});
	};
	/** Uploads and follows the 303: the check's id. */
	const check = async (login: string, bytes: Uint8Array | string, name = 'survey.csv') => {
		const r = await upload(login, bytes, name);
		expect(r.status, await r.clone().text()).toBe(303);
		const id = /^\/submit\/([0-9a-f]{32})$/.exec(r.headers.get('location') ?? '')?.[1];
		expect(id).toBeTruthy();
		return id!;
	};
	const page = (login: string, id: string, language: 'en' | 'zh-CN' = 'en') =>
		web.get(`/submit/${id}`, { cookie: cookies[login], language });
	const act = (login: string, id: string, action: 'confirm' | 'cancel') =>
		web.post(`/submit/${id}?/${action}`, {}, { cookie: cookies[login] });
	const submissionCount = async () =>
		Number(
			(
				await database.db
					.selectFrom('submissions')
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		await addUserByCli(db.url, 'tianhe', 'submitter', '440106');
		await addUserByCli(db.url, 'liwan', 'submitter', '440103');
		expect((await himap(['round', 'open', '2024', '--db', db.url])).code).toBe(0);
		app = await startApp(db, { env: { HIMAP_MAX_UPLOAD_MB: '2', HIMAP_STAGING_DIR: staging } });
		database = openDatabase(db.url);
		web = formClient(app.base);
		for (const login of ['tianhe', 'liwan']) cookies[login] = await web.signIn(login);
	});
	afterAll(async () => {
		await database?.close();
		await app?.stop();
		await db?.drop();
	});

	it('sends a signed-out visitor to sign in first', async () => {
		const r = await web.get('/submit');
		expect(r.status).toBe(303);
		expect(r.headers.get('location')).toBe('/login?next=%2Fsubmit');
	});

	it('shows the upload form, which needs no script', async () => {
		const r = await web.get('/submit', { cookie: cookies.tianhe, language: 'zh-CN' });
		expect(r.status).toBe(200);
		expect(r.headers.get('cache-control')).toMatch(/no-store/);
		const html = await r.text();
		expect(html).toMatch(
			/<form[^>]*method="post"[^>]*action="\/submit\/upload"[^>]*enctype="multipart\/form-data"/
		);
		expect(html).toMatch(/<input[^>]*type="file"[^>]*name="file"/);
		expect(html).toContain('href="/templates/regional.xlsx?lang=zh-CN"');
		expect(html).toContain('报送调查数据');
	});

	it('lists both errors of a GB18030 file, and stores nothing', async () => {
		const before = await surveyData(db.url);
		const table = set(set(hospitals(5), 3, 'it_staff', 'many'), 5, 'it_staff_bachelor_pct', '250');
		const id = await check('tianhe', toBytes(table, { encoding: 'gb18030', headers: 'zh' }));
		const r = await page('tianhe', id);
		expect(r.status).toBe(200);
		const html = await r.text();
		expect(html).toContain('data-errors="2"');
		const rows = issueRows(html);
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(/^3 信息化人员数 many /);
		expect(rows[1]).toMatch(/^5 本科及以上占比 250 /);
		expect(html).toContain('Upload a corrected file');
		expect(html).not.toContain('?/confirm');
		expect(await surveyData(db.url)).toBe(before);
		// It cannot be confirmed, but is kept until it expires: the clerk's workbook is made from it.
		expect(readdirSync(staging)).toContain(id);
		const workbook = await web.get(`/submit/${id}/errors.xlsx`, { cookie: cookies.tianhe });
		expect([workbook.status, workbook.headers.get('content-type')]).toEqual([
			200,
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		]);
	});

	it('previews a good file, and stores it on confirmation, waiting for review', async () => {
		const before = await surveyData(db.url);
		const id = await check('tianhe', toText(hospitals(4)));
		expect(readdirSync(staging)).toContain(id);
		const html = await (await page('tianhe', id)).text();
		expect(html).toMatch(/data-count="rows"[^>]*>4</);
		expect(html).toMatch(/data-count="new"[^>]*>4</);
		expect(html).toContain('?/confirm');
		expect(await surveyData(db.url)).toBe(before);
		const r = await act('tianhe', id, 'confirm');
		expect(r.status).toBe(303);
		const submissionId = Number(/^\/submissions\/(\d+)$/.exec(r.headers.get('location') ?? '')?.[1]);
		const stored = await database.db
			.selectFrom('submissions')
			.selectAll()
			.where('id', '=', submissionId)
			.executeTakeFirstOrThrow();
		expect(stored).toMatchObject({ status: 'submitted', submitted_by: 'tianhe', row_count: 4 });
		expect(readdirSync(staging)).not.toContain(id);
		// Confirmed once: the page says so, and a second confirmation stores nothing more.
		const count = await submissionCount();
		expect(await (await page('tianhe', id)).text()).toContain(`href="/submissions/${submissionId}"`);
		expect((await act('tianhe', id, 'confirm')).status).toBe(200);
		expect(await submissionCount()).toBe(count);
	});

	it('throws a cancelled file away', async () => {
		const before = await surveyData(db.url);
		const id = await check('tianhe', toText(hospitals(3, 'C')));
		const r = await act('tianhe', id, 'cancel');
		expect(r.status).toBe(303);
		expect(r.headers.get('location')).toBe('/submit?cancelled');
		expect(readdirSync(staging)).not.toContain(id);
		expect((await act('tianhe', id, 'confirm')).status).toBe(200);
		expect(await surveyData(db.url)).toBe(before);
	});

	it('keeps a check from everyone but its uploader, as if it did not exist', async () => {
		const id = await check('tianhe', toText(hospitals(2, 'P')));
		const unknown = await page('liwan', 'f'.repeat(32));
		expect(unknown.status).toBe(404);
		const theirs = await page('liwan', id);
		expect(theirs.status).toBe(404);
		// The same page but for the address itself (the language switch links back to it).
		expect((await theirs.text()).replaceAll(id, 'f'.repeat(32))).toBe(await unknown.text());
		const before = await surveyData(db.url);
		expect((await act('liwan', id, 'confirm')).status).toBe(404);
		expect((await act('liwan', id, 'cancel')).status).toBe(404);
		expect(await surveyData(db.url)).toBe(before);
		expect((await page('tianhe', id)).status).toBe(200);
	});

	it('forgets an expired check', async () => {
		const id = await check('tianhe', toText(hospitals(2, 'E')));
		await database.db
			.updateTable('staged_uploads')
			.set({ expires_at: new Date(Date.now() - 1000).toISOString() })
			.where('id', '=', id)
			.execute();
		const r = await page('tianhe', id, 'zh-CN');
		expect(r.status).toBe(404);
		expect(await r.text()).toContain('找不到该检查文件');
		const before = await surveyData(db.url);
		expect((await act('tianhe', id, 'confirm')).status).toBe(404);
		expect(await surveyData(db.url)).toBe(before);
		// The next upload clears it away, file and all.
		await check('tianhe', toText(hospitals(1, 'N')));
		expect(readdirSync(staging)).not.toContain(id);
		expect(
			await database.db.selectFrom('staged_uploads').select('id').where('id', '=', id).execute()
		).toEqual([]);
	});

	it('checks the file again when the data changed since, and stores nothing until confirmed again', async () => {
		const id = await check('tianhe', toText(hospitals(3, 'V')));
		// Another county's respondent stored meanwhile: the check is out of date.
		await submitOther();
		const count = await submissionCount();
		const r = await act('tianhe', id, 'confirm');
		expect(r.status).toBe(200);
		expect(await r.text()).toContain('The data changed since you checked this file');
		expect(await submissionCount()).toBe(count);
		const again = await act('tianhe', id, 'confirm');
		expect(again.status).toBe(303);
		expect(await submissionCount()).toBe(count + 1);
	});

	/** liwan's own county's file, through the API: new responses in the database. */
	async function submitOther() {
		const form = new FormData();
		const table = buildTable({ template: 'regional', rows: 1, year: 2024, idPrefix: 'L' });
		table.rows[0].region_code = '440103';
		table.rows[0].level = 'county';
		form.set('file', new Blob([toText(table)]), 'liwan.csv');
		const r = await fetch(`${app.base}/api/v1/submissions`, {
			method: 'POST',
			headers: { cookie: cookies.liwan, origin: app.base },
			body: form
		});
		expect(r.status, await r.clone().text()).toBe(201);
	}

	it.each([
		['en', 'text/html', /larger than the upload limit of 2 MB/],
		['zh-CN', 'text/html', /文件超过上传上限 2 MB/],
		['zh-CN', 'application/x-ndjson', /"error":"文件超过上传上限 2 MB/]
	] as const)('refuses a file over the limit with 413, in %s (%s)', async (language, accept, message) => {
		const before = await surveyData(db.url);
		const r = await upload('tianhe', Buffer.alloc(3 * 1024 * 1024, 0x41), 'big.csv', {
			accept,
			'accept-language': language
		});
		expect(r.status).toBe(413);
		expect(await r.text()).toMatch(message);
		expect(await surveyData(db.url)).toBe(before);
	});

	it('streams the check’s progress to the page’s script', async () => {
		const r = await upload('tianhe', toText(hospitals(6000, 'S')), 'many.csv', {
			accept: 'application/x-ndjson'
		});
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toMatch(/application\/x-ndjson/);
		const lines = (await r.text())
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as { phase?: string; rows?: number; done?: boolean; id?: string });
		const progress = lines.filter((l) => l.phase === 'validating').map((l) => l.rows!);
		expect(progress[0]).toBe(0);
		// A line every 5,000 rows or 250 ms, whichever comes first: at least one before the end.
		expect(Math.max(...progress)).toBeGreaterThan(0);
		expect([...progress].sort((a, b) => a - b)).toEqual(progress);
		const last = lines.at(-1)!;
		expect(last.done).toBe(true);
		const html = await (await page('tianhe', last.id!)).text();
		expect(html).toMatch(/data-count="rows"[^>]*>6,000</);
	});
});
