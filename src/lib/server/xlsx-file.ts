/**
 * Reads an uploaded XLSX as the same stream of records a CSV gives (survey-file.ts), with exceljs's
 * streaming reader: the zip is read as it arrives, one row at a time, so memory stays flat however
 * large the sheet (only its shared strings are kept, as exceljs must). The data is the workbook's
 * first sheet — or the first after the template's guide sheet, should a clerk have moved that to
 * the front. Row numbers are the sheet's own, so an error names the row the clerk sees.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { GUIDE_WORDS } from '../i18n/templates.ts';
import { cellText, fitWidth } from '../survey/cell-text.ts';
import { MAX_FIELD, MAX_RECORD } from '../survey/record-guard.ts';
import { FileRejected, type RecordBatch, type SurveyFileReader } from './survey-file.ts';

/** Rows per batch: like a CSV chunk's, small enough to stay short-lived. */
const BATCH_ROWS = 500;
/** A gap of empty rows up to this long is passed on as blank records; a longer one starts a new batch. */
const GAP = 16;

const GUIDE_SHEETS = new Set<string>(Object.values(GUIDE_WORDS).map((w) => w.guideSheet));

interface SheetModel {
	name: string;
	state?: string;
}

/** The sheet to read: the first in the workbook's order that is not the template's guide. */
export function dataSheetName(sheets: readonly SheetModel[]): string | null {
	const visible = sheets.filter((s) => !s.state || s.state === 'visible');
	const list = visible.length ? visible : sheets;
	return (list.find((s) => !GUIDE_SHEETS.has(s.name)) ?? list[0])?.name ?? null;
}

const unreadable = (detail: string) =>
	new FileRejected({
		row: null,
		column: null,
		value: null,
		message: `the Excel file cannot be read (${detail}); open it in Excel or WPS, save it again as .xlsx (without a password), or save it as CSV`,
		code: 'xlsx-unreadable',
		params: { detail }
	});

/** Streams the first data sheet's rows; errors with FileRejected when the workbook cannot be read. */
export function readXlsxFile(bytes: Readable): SurveyFileReader {
	const hash = createHash('sha256');
	const hashed = new PassThrough();
	bytes.on('data', (chunk: Buffer) => hash.update(chunk));
	bytes.on('error', (e) => hashed.destroy(e));
	bytes.pipe(hashed);
	let digest = '';
	return {
		batches: sheetBatches(hashed, bytes),
		encoding: () => 'xlsx',
		sha256: () => (digest ||= hash.digest('hex'))
	};
}

type Reader = ExcelJS.stream.xlsx.WorkbookReader & {
	model?: { sheets?: SheetModel[] };
};

async function* sheetBatches(hashed: PassThrough, source: Readable): AsyncGenerator<RecordBatch> {
	const { default: excel } = await import('exceljs');
	const workbook = new excel.stream.xlsx.WorkbookReader(hashed, {
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		worksheets: 'emit',
		entries: 'ignore'
	}) as Reader;
	let found = false;
	let complete = false;
	try {
		try {
			for await (const sheet of workbook) {
				const name = (sheet as unknown as { name?: string }).name;
				const wanted = dataSheetName(workbook.model?.sheets ?? []);
				// Other sheets are skipped: exceljs drains what is not read.
				if (found || (wanted !== null && name !== wanted)) continue;
				found = true;
				yield* sheetRows(sheet);
			}
		} catch (e) {
			if (e instanceof FileRejected) throw e;
			// The upload's own failures (too large, cut off) are the caller's to report, not the file's.
			if (source.errored) throw source.errored;
			throw unreadable((e as Error).message);
		}
		if (!found) throw unreadable('it holds no worksheet');
		// The hash covers the whole file: read past the zip's last entry to its end.
		hashed.resume();
		if (!source.readableEnded && !source.destroyed) await once(source, 'end').catch(() => {});
		complete = true;
	} finally {
		// Stopped early (an error, a refusal): the rest is the caller's to drain, not ours to unzip.
		if (!complete) {
			source.unpipe(hashed);
			hashed.destroy();
		}
	}
}

async function* sheetRows(sheet: ExcelJS.stream.xlsx.WorksheetReader): AsyncGenerator<RecordBatch> {
	let width = -1;
	let batch: RecordBatch | null = null;
	let next = 0;
	for await (const row of sheet) {
		const values = row.values as unknown[];
		const fields: string[] = [];
		let length = 0;
		for (let c = 1; c < values.length; c++) {
			const text = cellText(values[c]);
			if (text.length > MAX_FIELD) throw rejected({ kind: 'field', row: row.number, column: c });
			length += text.length + 1;
			fields.push(text);
		}
		if (length > MAX_RECORD) throw rejected({ kind: 'record', row: row.number });
		if (width < 0) {
			if (fields.every((f) => f.trim() === '')) continue;
			width = fitWidth(fields, 0).length;
		}
		const record = fitWidth(fields, width);
		if (batch && row.number > next && row.number - next <= GAP)
			for (; next < row.number; next++) batch.records.push([]);
		if (!batch || row.number !== next || batch.records.length >= BATCH_ROWS) {
			if (batch) yield batch;
			batch = { firstRow: row.number, records: [], issues: [] };
		}
		batch.records.push(record);
		next = row.number + 1;
	}
	if (batch) yield batch;
}

function rejected(v: { kind: 'field'; row: number; column: number } | { kind: 'record'; row: number }) {
	const limit = (n: number) => n.toLocaleString('en');
	const message =
		v.kind === 'record'
			? `the row is longer than ${limit(MAX_RECORD)} characters; no survey row is that long — is this the right file?`
			: `a value is longer than ${limit(MAX_FIELD)} characters; no column holds values that long — check the row`;
	return new FileRejected(
		{ row: v.row, column: v.kind === 'field' ? `#${v.column}` : null, value: null, message },
		{ ...v, recordStart: -1 }
	);
}
