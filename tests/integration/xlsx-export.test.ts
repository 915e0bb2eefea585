/**
 * XLSX exports, read back as a researcher's spreadsheet would read them: the same header and rows
 * as the CSV, the same numbers as the JSON to the last bit, the codebook alongside, and an about
 * sheet saying where the numbers came from. Through the CLI on SQLite and PostgreSQL, and through
 * the HTTP API of the built app.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { EXPORT_TABLE_NAMES } from '../../src/lib/server/export-service.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Value = ExcelJS.CellValue;
const YEAR = '2024';

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await run(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
	return { code, out, err };
}

/** Every row of a sheet as an array of cell values, one per column, empty cells as null. */
function sheetRows(sheet: ExcelJS.Worksheet): Value[][] {
	const width = sheet.columnCount;
	const rows: Value[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row) => {
		rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
	});
	return rows;
}

const asCsvField = (v: Value) => (v === null ? '' : String(v));

describe.each(DIALECTS)('XLSX export on %s', (dialect) => {
	let db: TestDatabase;
	const dir = mkdtempSync(join(tmpdir(), 'himap-xlsx-'));

	async function exported(table: string, year?: string) {
		const where = year ? ['--year', year] : [];
		const file = join(dir, `${table}-${year ?? 'all'}.xlsx`);
		const xlsx = await cli('export', table, ...where, '--format', 'xlsx', '--out', file, '--db', db.url);
		expect(xlsx.code, xlsx.err).toBe(0);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(file);
		const csv = await cli('export', table, ...where, '--db', db.url);
		const json = await cli('export', table, ...where, '--format', 'json', '--db', db.url);
		return {
			workbook,
			csv: Papa.parse<string[]>(csv.out, { skipEmptyLines: true }).data,
			json: JSON.parse(json.out) as Record<string, string | number | null>[]
		};
	}

	beforeAll(async () => {
		db = await demoDatabase(dialect);
	});
	afterAll(async () => {
		rmSync(dir, { recursive: true, force: true });
		await db?.drop();
	});

	it.each(['provinces', 'rates'])(
		'%s: the CSV header and row count, the JSON values as typed cells in full precision',
		async (table) => {
			const { workbook, csv, json } = await exported(table, YEAR);
			expect(workbook.worksheets.map((w) => w.name)).toEqual([table, 'codebook', 'about']);
			const rows = sheetRows(workbook.getWorksheet(table)!);
			const header = csv[0];
			expect(rows[0]).toEqual(header);
			expect(rows.length).toBe(csv.length);
			expect(json.length).toBeGreaterThan(30);
			let numbers = 0;
			json.forEach((record, i) => {
				header.forEach((column, j) => {
					const expected = record[column] === '' ? null : record[column];
					expect(rows[i + 1][j], `${table} row ${i + 2} ${column}`).toBe(expected);
					if (typeof expected === 'number') numbers++;
				});
			});
			// Years, scores, counts: most cells of these tables are numbers.
			expect(numbers).toBeGreaterThan((json.length * header.length) / 3);
			expect(rows.slice(1).every((r) => r[header.indexOf('year')] === Number(YEAR))).toBe(true);
		}
	);

	it('puts the codebook beside the table, equal to the codebook CSV', async () => {
		const { workbook } = await exported('provinces', YEAR);
		const codebookCsv = (await exported('codebook')).csv;
		const rows = sheetRows(workbook.getWorksheet('codebook')!);
		expect(codebookCsv.length).toBeGreaterThan(50);
		expect(rows.map((r) => r.map(asCsvField))).toEqual(codebookCsv);
		expect(typeof rows[1][codebookCsv[0].indexOf('goalpost_upper')]).toBe('number');
	});

	it('exports the codebook itself without a second codebook sheet', async () => {
		const { workbook, csv } = await exported('codebook');
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['codebook', 'about']);
		expect(sheetRows(workbook.worksheets[0]).length).toBe(csv.length);
	});

	it('says in the about sheet which round, framework and method, when, and that the demo is synthetic', async () => {
		const before = Date.now();
		const { workbook, json } = await exported('provinces', YEAR);
		const about = Object.fromEntries(sheetRows(workbook.getWorksheet('about')!).slice(1));
		expect(about).toMatchObject({
			table: 'provinces',
			rounds: Number(YEAR),
			rows: json.length,
			framework_id: json[0].framework_id,
			framework_version: json[0].framework_version,
			method: json[0].method
		});
		expect(Date.parse(String(about.generated_at))).toBeGreaterThanOrEqual(before - 1000);
		expect(about.data).toMatch(/synthetic/);
	});
});

describe('XLSX over HTTP (the built app)', () => {
	let db: TestDatabase;
	let app: AppServer;
	beforeAll(async () => {
		db = await demoDatabase('sqlite');
		app = await startApp(db);
	});
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	it('serves a round of a table as a named workbook that opens, with the JSON values', async () => {
		const res = await fetch(`${app.base}/api/v1/export/provinces?year=${YEAR}&format=xlsx`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(res.headers.get('content-disposition')).toBe(
			`attachment; filename="himap-provinces-${YEAR}.xlsx"`
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await res.arrayBuffer());
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['provinces', 'codebook', 'about']);
		const json = await (await fetch(`${app.base}/api/v1/export/provinces?year=${YEAR}&format=json`)).json();
		const rows = sheetRows(workbook.worksheets[0]);
		expect(rows.length).toBe(json.length + 1);
		const composite = rows[0].indexOf('composite');
		expect(rows.slice(1).map((r) => r[composite])).toEqual(
			json.map((p: { composite: number }) => p.composite)
		);
	});

	it('names version, commit, framework and method in the headers and the CSV source line', async () => {
		const res = await fetch(`${app.base}/api/v1/export/disparity?year=${YEAR}&format=csv&source=1`);
		const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
		const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(res.headers.get('himap-version')).toBe(version);
		expect(res.headers.get('himap-commit')!.replace(/\+dirty$/, '')).toBe(head);
		expect(res.headers.get('himap-framework')).toBe('himap-default 1.0.0');
		expect(res.headers.get('himap-method')).toBe('goalposts/framework/arithmetic/winsorise');
		const [source, header] = (await res.text()).split('\r\n');
		expect(source).toContain(`HIMAP ${version} commit ${res.headers.get('himap-commit')}`);
		expect(header).toBe('year,dimension,measure,value,provinces,framework_id,framework_version,method');
		const codebook = await fetch(`${app.base}/api/v1/export/codebook?format=json`);
		expect(codebook.headers.get('himap-method')).toBe('goalposts/framework/arithmetic/winsorise');
	});

	it('names every format when given another', async () => {
		const res = await fetch(`${app.base}/api/v1/export/provinces?format=xls`, {
			headers: { accept: 'application/json' }
		});
		expect(res.status).toBe(400);
		expect((await res.json()).message).toBe('format must be one of csv, json, xlsx');
	});

	it('links every table as XLSX on the data page', async () => {
		const html = await (await fetch(`${app.base}/data?year=${YEAR}&lang=en`)).text();
		for (const table of EXPORT_TABLE_NAMES)
			expect(html).toContain(`/api/v1/export/${table}?format=xlsx&amp;year=${YEAR}`);
	});
});
