/**
 * The error downloads of a staged upload (issue #13, errors a clerk can fix) through the built app
 * on SQLite and PostgreSQL: its uploader gets the list as CSV and the own file as XLSX with the bad
 * cells marked, in the language asked; anyone else, an unknown id and an expired upload get 404.
 * The staged upload is written as the upload page keeps it: the import's outcome in
 * `staged_uploads`, the file under the staging directory named by the id.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../src/lib/server/import-service.ts';
import { buildTable, set, toBytes } from '../fixtures/survey-builders.ts';
import { DIALECTS } from '../helpers/databases.ts';
import { appWithUsers, type AppWithUsers } from '../helpers/form-client.ts';

const staging = mkdtempSync(join(tmpdir(), 'himap-staging-'));
// The app finds staged files here (server/staging-store.ts); it inherits the test's environment.
process.env.HIMAP_STAGING_DIR = staging;

describe.each(DIALECTS)('error downloads of a staged upload (%s)', (dialect) => {
	let setup: AppWithUsers;
	const ids = { tianhe: '', expired: '' };
	let cookies: Record<string, string>;

	async function stage(login: string, expiresInMinutes: number): Promise<string> {
		const table = buildTable({ template: 'hospital', rows: 12, year: 2024, idPrefix: 'T' });
		for (const row of [3, 4, 5, 9]) set(table, row, 'telemedicine', 'maybe');
		const bytes = toBytes(table, { headers: 'zh', encoding: 'gb18030', eol: '\r\n' });
		const result = await importSurveyBytes(setup.database, bytes, {
			fileName: '天河区医院.csv',
			submittedBy: login,
			dryRun: true
		});
		expect(result.ok).toBe(false);
		const id = randomBytes(16).toString('hex');
		writeFileSync(join(staging, id), bytes);
		const now = Date.now();
		await setup.database.db
			.insertInto('staged_uploads')
			.values({
				id,
				login,
				file_name: '天河区医院.csv',
				size: bytes.length,
				sha256: '0'.repeat(64),
				created_at: new Date(now).toISOString(),
				expires_at: new Date(now + expiresInMinutes * 60_000).toISOString(),
				state: 'checked',
				source_version: '',
				outcome: JSON.stringify(result),
				submission_id: null
			})
			.execute();
		return id;
	}

	beforeAll(async () => {
		setup = await appWithUsers(dialect, [
			['tianhe', 'submitter', '440106'],
			['liwan', 'submitter', '440103']
		]);
		ids.tianhe = await stage('tianhe', 30);
		ids.expired = await stage('tianhe', -1);
		cookies = { tianhe: await setup.web.signIn('tianhe'), liwan: await setup.web.signIn('liwan') };
	});
	afterAll(async () => {
		await setup?.stop();
	});

	it('gives the uploader the list as CSV in the language asked', async () => {
		const r = await setup.web.get(`/submit/${ids.tianhe}/errors.csv?lang=zh-CN`, { cookie: cookies.tianhe });
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(r.headers.get('cache-control')).toMatch(/no-store/);
		expect(r.headers.get('content-disposition')).toContain(encodeURIComponent('天河区医院-errors.csv'));
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());
		expect(text.split('\r\n')).toEqual([
			'\uFEFF行,列,填写的值,处数,如何更正',
			'"3–5, 9",远程医疗,maybe,4,“maybe”不是“是/否”，请填写 是 或 否（也可填 有/无、yes/no、1/0）',
			''
		]);
		const en = await setup.web.get(`/submit/${ids.tianhe}/errors.csv?lang=en`, { cookie: cookies.tianhe });
		expect(await en.text()).toContain('"3–5, 9",远程医疗,maybe,4,"""maybe"" is not a yes/no value');
	});

	it('gives the uploader the own file as XLSX with the bad cells marked', async () => {
		const r = await setup.web.get(`/submit/${ids.tianhe}/errors.xlsx?lang=zh-CN`, { cookie: cookies.tianhe });
		expect(r.status).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await r.arrayBuffer());
		const sheet = workbook.worksheets[0];
		const column = (sheet.getRow(1).values as string[]).indexOf('远程医疗');
		const noted: number[] = [];
		sheet.eachRow((row, n) => row.eachCell((cell) => void (cell.note && noted.push(n))));
		expect(noted).toEqual([3, 4, 5, 9]);
		expect(String(sheet.getCell(3, column).note)).toMatch(/^“maybe”不是“是\/否”/);
	});

	it('answers 404 to anyone else, for an unknown id and for an expired upload', async () => {
		for (const [path, cookie] of [
			[`/submit/${ids.tianhe}/errors.csv`, cookies.liwan],
			[`/submit/${ids.tianhe}/errors.xlsx`, cookies.liwan],
			[`/submit/${'0'.repeat(32)}/errors.csv`, cookies.tianhe],
			[`/submit/${ids.expired}/errors.csv`, cookies.tianhe],
			[`/submit/${ids.expired}/errors.xlsx`, cookies.tianhe]
		]) {
			const r = await setup.web.get(path, { cookie });
			expect(r.status, path).toBe(404);
		}
		const anonymous = await setup.web.get(`/submit/${ids.tianhe}/errors.csv`);
		expect(anonymous.status).not.toBe(200);
	});
});

afterAll(() => rmSync(staging, { recursive: true, force: true }));
