/**
 * XLSX workbooks for exports: one sheet per table, header row bold and frozen, columns sized to
 * their contents. Cells keep their JSON types — numbers as numbers in full precision, text as
 * text, null and empty text as an empty cell — so a string such as "=1+1" is stored as text and
 * never run as a formula (the CSV export has to neutralise it instead).
 *
 * Written with exceljs's streaming writer into memory: rows are serialised and zipped as they are
 * added instead of held as cell objects, which is what keeps a 160,000-row sheet affordable.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from '../../exports/csv-format.ts';

export interface Sheet {
	name: string;
	columns: readonly string[];
	rows: readonly Record<string, Cell>[];
	/** Excel number formats by column: how a value is shown; the stored value keeps full precision. */
	numberFormats?: Record<string, string>;
}

/** Rows in an Excel sheet, the header included. */
export const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_NAME = 31;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
// How many rows to look at when sizing a column: enough to see the typical value, cheap on big sheets.
const WIDTH_SAMPLE = 1000;

export class SheetTooLargeError extends Error {
	constructor(
		readonly sheet: string,
		readonly rows: number
	) {
		super(
			`${sheet} has ${rows.toLocaleString('en')} rows, more than an Excel sheet holds (${(MAX_SHEET_ROWS - 1).toLocaleString('en')})`
		);
	}
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
	return name.replace(/[:\\/?*[\]]/g, '_').slice(0, MAX_SHEET_NAME);
}

/** A cell as Excel stores it: finite numbers and text as they are; anything else an empty cell. */
function xlsxValue(value: Cell): string | number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	// An empty string would be a text cell that looks blank but is not (ISBLANK is false).
	return value || null;
}

// Hangul, CJK, full-width forms: two columns each on screen.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Characters a value takes on screen. */
export function displayWidth(value: Cell): number {
	if (value === null || value === undefined) return 0;
	let width = 0;
	for (const ch of String(value)) width += WIDE.test(ch) ? 2 : 1;
	return width;
}

/** A width for each column: the widest of the header and a sample of values, within bounds. */
export function columnWidths(sheet: Sheet): number[] {
	const sample = sheet.rows.slice(0, WIDTH_SAMPLE);
	return sheet.columns.map((column) => {
		let widest = displayWidth(column);
		for (const row of sample) {
			const value = row[column];
			// General format shows about 11 significant digits of a long number, whatever it stores.
			const width = typeof value === 'number' ? Math.min(displayWidth(value), 12) : displayWidth(value);
			if (width > widest) widest = width;
		}
		return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
	});
}

export async function buildWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
	for (const sheet of sheets)
		if (sheet.rows.length + 1 > MAX_SHEET_ROWS) throw new SheetTooLargeError(sheet.name, sheet.rows.length);
	const chunks: Buffer[] = [];
	const stream = new PassThrough();
	stream.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise((resolve, reject) => {
		stream.on('end', resolve);
		stream.on('error', reject);
	});
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream,
		useStyles: true,
		useSharedStrings: true
	});
	workbook.creator = 'HIMAP';
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		const widths = columnWidths(sheet);
		worksheet.columns = sheet.columns.map((column, i) => ({
			key: column,
			width: widths[i],
			style: sheet.numberFormats?.[column] ? { numFmt: sheet.numberFormats[column] } : {}
		}));
		const header = worksheet.addRow([...sheet.columns]);
		header.font = { bold: true };
		header.commit();
		for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((c) => xlsxValue(row[c]))).commit();
		worksheet.commit();
	}
	await workbook.commit();
	await done;
	// A plain Uint8Array over an ArrayBuffer is what both fs and a fetch Response take.
	const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}
