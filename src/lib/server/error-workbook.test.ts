/**
 * The error downloads on real files: a GB18030 CSV with Chinese headers and an XLSX of the same
 * rows, their errors found by the real import; read back with exceljs, exactly the bad cells are
 * filled and carry a note saying what to do in the clerk's language. And the CSV report.
 */
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, headerFor, set, toBytes, type SurveyTable } from '../../../tests/fixtures/survey-builders.ts';
import type { IssueGroup } from '../survey/issue-groups.ts';
import { issueText } from '../views/issue-text.ts';
import { openDatabase, type HimapDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { errorReportCsv } from './error-report.ts';
import { writeErrorWorkbook, type UploadKind } from './error-workbook.ts';
import { importSurveyBytes, type ImportResult } from './import-service.ts';

let dir: string;
let database: HimapDatabase;
let table: SurveyTable;
let result: ImportResult & { ok: false };

/** The cells broken: [row, English column, value]. Rows 3–5 repeat one mistake. */
const BROKEN = [
	[3, 'tech_ai', 'maybe'],
	[4, 'tech_ai', 'maybe'],
	[5, 'tech_ai', 'maybe'],
	[7, 'it_staff', '3.5'],
	[9, 'region_code', '12345']
] as const;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'himap-errwb-'));
	database = openDatabase(`sqlite:${join(dir, 'himap.db')}`);
	await migrateToLatest(database.db);
	table = base.regionalZh(10);
	for (const [row, column, value] of BROKEN) set(table, row, column, value);
	const bytes = toBytes(table, { headers: 'zh', encoding: 'gb18030', eol: '\r\n' });
	writeFileSync(join(dir, 'upload.csv'), bytes);
	const r = await importSurveyBytes(database, bytes, { fileName: 'upload.csv', submittedBy: 'test' });
	if (r.ok) throw new Error('the file should have errors');
	result = r;
	// The same rows as the clerk's own workbook.
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('填报');
	sheet.addRow(headerFor(table, { headers: 'zh' }));
	for (const row of table.rows) sheet.addRow(table.columns.map((c) => row[c]));
	await workbook.xlsx.writeFile(join(dir, 'upload.xlsx'));
});

afterAll(async () => {
	await database?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function marked(kind: UploadKind, groups: IssueGroup[]) {
	const path = join(dir, `marked-${kind}.xlsx`);
	const out = createWriteStream(path);
	await writeErrorWorkbook(join(dir, `upload.${kind}`), kind, groups, 'zh-CN', out);
	await finished(out);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(path);
	return workbook.worksheets[0];
}

describe('the marked workbook', () => {
	it.each(['csv', 'xlsx'] as const)(
		'from a %s upload: fill and note on exactly the bad cells',
		async (kind) => {
			expect(result.groups.map((g) => g.count)).toEqual([3, 1, 1]);
			const sheet = await marked(kind, result.groups);
			const header = headerFor(table, { headers: 'zh' });
			expect(sheet.rowCount).toBe(table.rows.length + 1);
			const found: [number, string, string | undefined, string][] = [];
			sheet.eachRow((row, rowNumber) => {
				row.eachCell((cell, col) => {
					const fill = cell.fill as ExcelJS.FillPattern | undefined;
					if (fill?.pattern === 'solid' || cell.note)
						found.push([rowNumber, table.columns[col - 1], fill?.fgColor?.argb, String(cell.note)]);
				});
			});
			const expected = BROKEN.map(([row, column]) => {
				const group = result.groups.find((g) => g.column === header[table.columns.indexOf(column)])!;
				return [row, column, 'FFFFC7CE', issueText(group, 'zh-CN')];
			});
			expect(found).toEqual(expected);
			expect(found[0][3]).toMatch(/^“maybe”不是“是\/否”/);
			// The clerk's values are all there, as written.
			expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
			expect(sheet.getCell(7, table.columns.indexOf('it_staff') + 1).value).toBe('3.5');
			expect(sheet.getCell(9, table.columns.indexOf('name') + 1).value).toBe(table.rows[7].name);
		}
	);
});

describe('the CSV report', () => {
	it('one line per mistake in the clerk’s language, UTF-8 with a BOM, formulas neutralised', () => {
		const header = headerFor(table, { headers: 'zh' });
		const text = errorReportCsv(
			{
				...result,
				groups: [
					...result.groups,
					{ ...result.groups[0], value: '=HYPERLINK("x")', rows: [[11, 11]], count: 1 }
				]
			},
			'zh-CN'
		);
		expect(text.startsWith('\uFEFF行,列,填写的值,处数,如何更正\r\n')).toBe(true);
		const lines = Papa.parse<string[]>(text.slice(1).trimEnd()).data;
		const column = (name: string) => header[table.columns.indexOf(name)];
		expect(lines.slice(1)).toEqual([
			['3–5', column('tech_ai'), 'maybe', '3', issueText(result.groups[0], 'zh-CN')],
			['7', column('it_staff'), '3.5', '1', issueText(result.groups[1], 'zh-CN')],
			['9', column('region_code'), '12345', '1', issueText(result.groups[2], 'zh-CN')],
			['11', column('tech_ai'), `'=HYPERLINK("x")`, '1', expect.stringMatching(/不是“是\/否”/)]
		]);
	});
});
