/**
 * XLSX wherever a CSV is taken (docs/contracts.md, Survey CSV templates): the template a clerk
 * downloads, filled in, imports through `himap import` and `POST /api/v1/submissions` with the same
 * rows as the same table sent as CSV; a damaged or password-protected workbook is refused with a
 * clear message, and the database is left as it was.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toText } from '../fixtures/survey-builders.ts';
import { filledTemplate } from '../fixtures/survey-xlsx.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { queryRows, tableChecksum } from '../helpers/checksum.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli, formClient } from '../helpers/form-client.ts';

const dir = mkdtempSync(join(tmpdir(), 'himap-xlsx-'));
const file = (name: string, bytes: Uint8Array | string) => {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
};

/** What a stored round holds, respondent by respondent, independent of how the file was sent. */
const stored = async (url: string, year: number) =>
	(
		await queryRows<{ respondent_id: string; answers: unknown }>(
			url,
			`select respondent_id, survey, respondent_group, name, region_code, answers from responses where year = ${year} and superseded_by is null order by respondent_id`
		)
	).map((r) => JSON.stringify(r));

describe.each(DIALECTS)('XLSX survey files (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		await addUserByCli(db.url, 'tianhe', 'submitter', '440106');
		expect((await himap(['round', 'open', '2025', '--db', db.url])).code).toBe(0);
	});
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	it('imports a filled-in template through the CLI with the same rows as the CSV', async () => {
		const table = buildTable({ template: 'regional', rows: 7, year: 2022, values: 'zh' });
		const csv = await himap(['import', file('r.csv', toText(table)), '--no-score', '--db', db.url]);
		expect(csv.code, csv.err).toBe(0);
		const fromCsv = await stored(db.url, 2022);
		const again = buildTable({ template: 'regional', rows: 7, year: 2023, values: 'zh' });
		const xlsx = await himap([
			'import',
			file('r.xlsx', await filledTemplate(again, 'zh')),
			'--no-score',
			'--db',
			db.url
		]);
		expect(xlsx.code, xlsx.err).toBe(0);
		expect(xlsx.out).toMatch(/stored 7 regional respondents .*encoding xlsx/);
		expect(await stored(db.url, 2023)).toEqual(fromCsv);
		const [submission] = await queryRows<{ encoding: string }>(
			db.url,
			`select encoding from submissions where file_name = 'r.xlsx'`
		);
		expect(submission.encoding).toBe('xlsx');
	});

	it('names the sheet row of an error, as the clerk sees it', async () => {
		const table = set(buildTable({ template: 'hospital', rows: 5, year: 2022 }), 4, 'it_staff', 'many');
		const before = await tableChecksum(db.url);
		const r = await himap([
			'import',
			file('h.xlsx', await filledTemplate(table)),
			'--no-score',
			'--db',
			db.url
		]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/^row 4, column it_staff: /m);
		expect(await tableChecksum(db.url)).toBe(before);
	});

	it.each([
		[
			'damaged',
			() => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]),
			/Excel file cannot be read/
		],
		[
			'password-protected',
			() =>
				Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]),
			/password-protected/
		]
	])('refuses a %s workbook with a clear message, storing nothing', async (name, bytes, message) => {
		const before = await tableChecksum(db.url);
		const r = await himap(['import', file(`${name}.xlsx`, bytes()), '--no-score', '--db', db.url]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(message);
		expect(await tableChecksum(db.url)).toBe(before);
	});

	it('imports the same workbook through the API as the CSV', async () => {
		// Started here, after the command-line tests: its background scoring would change the tables they compare.
		app = await startApp(db);
		const cookie = await formClient(app.base).signIn('tianhe');
		const post = async (body: Uint8Array | string, name: string) => {
			const form = new FormData();
			form.set('file', new Blob([typeof body === 'string' ? body : new Uint8Array(body)]), name);
			return fetch(`${app.base}/api/v1/submissions`, {
				method: 'POST',
				headers: { cookie, origin: app.base },
				body: form
			});
		};
		const table = buildTable({ template: 'hospital', rows: 4, year: 2025, idPrefix: 'X' });
		const xlsx = await post(await filledTemplate(table, 'zh'), 'h.xlsx');
		expect(xlsx.status, await xlsx.clone().text()).toBe(201);
		const body = await xlsx.json();
		expect(body.submission).toMatchObject({ rows: 4, new: 4, encoding: 'xlsx', template: 'hospital' });
		const again = await post(toText(table), 'h.csv');
		expect(again.status).toBe(201);
		expect((await again.json()).submission).toMatchObject({ rows: 4, new: 0, superseded: 4 });
		const broken = await post(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(500, 1)]), 'b.xlsx');
		expect(broken.status).toBe(422);
		expect(JSON.stringify(await broken.json())).toMatch(/Excel file cannot be read/);
	});
});
