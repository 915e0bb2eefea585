import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExportSink, ReaderGone } from './sink.ts';
import {
	buildWorkbook,
	columnWidths,
	displayWidth,
	MAX_SHEET_ROWS,
	sheetName,
	SheetTooLargeError,
	XlsxStream
} from './xlsx.ts';

async function read(bytes: Uint8Array<ArrayBuffer>) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer);
	return workbook;
}

describe('buildWorkbook', () => {
	const values = [
		0.1 + 0.2,
		1 / 3,
		-0.5,
		1e-300,
		123456789.12345679,
		Number.MAX_SAFE_INTEGER,
		2024,
		'=1+1',
		'+86 10',
		'@SUM(A1)',
		'北京市',
		'a "quoted", text\nwith a line break'
	];

	it('stores numbers as numbers in full precision and text as text, never as a formula', async () => {
		const workbook = await read(
			await buildWorkbook([{ name: 'cells', columns: ['v'], rows: values.map((v) => ({ v })) }])
		);
		const sheet = workbook.getWorksheet('cells')!;
		expect(sheet.getCell('A1').value).toBe('v');
		values.forEach((v, i) => {
			const cell = sheet.getCell(`A${i + 2}`);
			expect(cell.value, String(v)).toBe(v);
			expect(cell.type).toBe(typeof v === 'number' ? ExcelJS.ValueType.Number : ExcelJS.ValueType.String);
		});
	});

	it.each([
		['null', null],
		['undefined', undefined],
		['empty text', ''],
		['NaN', Number.NaN],
		['Infinity', Number.POSITIVE_INFINITY]
	])('writes %s as an empty cell', async (_, v) => {
		const sheet = (
			await read(await buildWorkbook([{ name: 's', columns: ['a', 'b'], rows: [{ a: v, b: 1 }] }]))
		).worksheets[0];
		expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.Null);
		expect(sheet.getCell('B2').value).toBe(1);
	});

	it('keeps sheets in order, the header bold and frozen, number formats on data cells', async () => {
		const workbook = await read(
			await buildWorkbook([
				{
					name: 'rates',
					columns: ['group', 'percent'],
					rows: [{ group: 'all', percent: 96.875 }],
					numberFormats: { percent: '0.0' }
				},
				{ name: 'about', columns: ['field', 'value'], rows: [] }
			])
		);
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['rates', 'about']);
		const sheet = workbook.getWorksheet('rates')!;
		expect(sheet.getCell('A1').font?.bold).toBe(true);
		expect(sheet.getCell('A2').font?.bold).not.toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.getCell('B2').numFmt).toBe('0.0');
		expect(sheet.getCell('B2').value).toBe(96.875);
		expect(sheet.getColumn(1).width).toBeGreaterThan(0);
	});

	it('refuses a table with more rows than an Excel sheet holds, before writing any', async () => {
		const rows = new Array<Record<string, number>>(MAX_SHEET_ROWS);
		await expect(buildWorkbook([{ name: 'responses', columns: ['v'], rows }])).rejects.toThrow(
			SheetTooLargeError
		);
		await expect(buildWorkbook([{ name: 'responses', columns: ['v'], rows }])).rejects.toThrow(
			'responses has 1,048,576 rows, more than an Excel sheet holds (1,048,575)'
		);
	});
});

describe('sheetName', () => {
	it.each([
		['provinces', 'provinces'],
		['a'.repeat(40), 'a'.repeat(31)],
		['rates: 2024/2025 [draft]?*', 'rates_ 2024_2025 _draft___']
	])('%s → %s', (name, expected) => expect(sheetName(name)).toBe(expected));
});

describe('column widths', () => {
	it('counts CJK characters double', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('北京市')).toBe(6);
		expect(displayWidth(null)).toBe(0);
	});

	it('fits the widest of header and values, within bounds', () => {
		const widths = columnWidths({
			name: 's',
			columns: ['id', 'province_name', 'composite', 'note'],
			rows: [
				{ id: 1, province_name: '新疆生产建设兵团', composite: 75.93306878306878, note: 'x'.repeat(500) }
			]
		});
		expect(widths).toEqual([6, 18, 14, 60]);
	});
});

describe('XlsxStream when the reader leaves', () => {
	it('stops with ReaderGone instead of waiting for a zip nobody reads', async () => {
		const out = new Writable({
			highWaterMark: 1024,
			write(chunk: Buffer, _e, done) {
				received += chunk.length;
				// The client goes away after the first 100 KB.
				if (received > 100_000) this.destroy(Object.assign(new Error('aborted'), { name: 'AbortError' }));
				else setImmediate(done);
			}
		});
		let received = 0;
		const workbook = await XlsxStream.open(new ExportSink(out));
		async function* rows() {
			for (let b = 0; b < 500; b++)
				yield Array.from({ length: 2000 }, (_, i) => ({ id: `H${b}-${i}`, value: Math.sqrt(b * 2000 + i) }));
		}
		await expect(workbook.sheet({ name: 'big', columns: ['id', 'value'] }, rows())).rejects.toThrow(
			ReaderGone
		);
	});
});
