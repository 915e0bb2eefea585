/**
 * The clerk's own file back as XLSX with every bad cell filled red and a note on it saying what to
 * do, in the clerk's language (issue #13, errors a clerk can fix). An XLSX upload is rewritten
 * (its first sheet, values only); a CSV upload (UTF-8 or GB18030, read as the import reads it,
 * survey-file.ts) becomes a sheet of the same rows and columns, every cell as text so that codes
 * such as 0012 keep their zeros.
 *
 * Both ends stream (exceljs's WorkbookReader and WorkbookWriter, whose sheets write cell notes as
 * comments row by row), so a 100 MB file never sits in memory whole: what is held is the marks —
 * at most 200 groups of at most 100 row ranges (survey/issue-groups.ts). Rows of a group past its
 * 100th range are not marked; the CSV report and the page say "and more" for them.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Locale } from '../i18n/messages.ts';
import type { IssueGroup } from '../survey/issue-groups.ts';
import { normaliseCell } from '../survey/values.ts';
import { issueText } from '../views/issue-text.ts';
import { FileRejected, readSurveyFile } from './survey-file.ts';

export type UploadKind = 'csv' | 'xlsx';

const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
/** Excel's own limit on a cell's text. */
const MAX_CELL_TEXT = 32_767;
/** Let the reader of the output catch up this often. */
const PACE_ROWS = 500;

interface Range {
	first: number;
	last: number;
	column: string | null;
	text: string;
}

/**
 * Which cells of a row are bad, rows asked in increasing order: ranges come into play as their
 * first row is reached and leave after their last, so each row costs only the ranges over it.
 */
class Marks {
	private readonly pending: Range[];
	private active: Range[] = [];
	private next = 0;
	private columns = new Map<string, number>();

	constructor(groups: readonly IssueGroup[], locale: Locale) {
		this.pending = groups
			.flatMap((g) => {
				const text = issueText(g, locale);
				return g.rows.map(([first, last]) => ({ first, last, column: g.column, text }));
			})
			.sort((a, b) => a.first - b.first);
	}

	/** The header as the file wrote it: the issues name columns so (normalised as header.ts does). */
	header(cells: readonly string[]): void {
		cells.forEach((c, i) => {
			const key = normaliseCell(c);
			if (key && !this.columns.has(key)) this.columns.set(key, i);
		});
	}

	/** 0-based column → what to do, for one row. */
	row(row: number): Map<number, string> {
		while (this.next < this.pending.length && this.pending[this.next].first <= row)
			this.active.push(this.pending[this.next++]);
		if (this.active.length) this.active = this.active.filter((r) => r.last >= row);
		const out = new Map<number, string>();
		for (const r of this.active) {
			if (r.first > row) continue;
			const at = this.columnIndex(r.column);
			out.set(at, out.has(at) ? `${out.get(at)}\n${r.text}` : r.text);
		}
		return out;
	}

	/** A column the header does not hold (a missing one; none for a row-wide problem): the row's first cell. */
	private columnIndex(column: string | null): number {
		if (column === null) return 0;
		const numbered = /^#(\d+)$/.exec(column);
		if (numbered) return Number(numbered[1]) - 1;
		return this.columns.get(normaliseCell(column)) ?? 0;
	}
}

type CellValue = ExcelJS.CellValue;

/** A header cell's text: rich text joined, numbers as written. */
function cellText(value: CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
	return typeof value === 'object' ? '' : String(value);
}

/**
 * Writes the marked workbook of the staged file at `path` (as uploaded: `kind` says which) to
 * `out`, and ends it.
 */
export async function writeErrorWorkbook(
	path: string,
	kind: UploadKind,
	groups: readonly IssueGroup[],
	locale: Locale,
	out: Writable
): Promise<void> {
	const { default: excel } = await import('exceljs');
	const workbook = new excel.stream.xlsx.WorkbookWriter({
		stream: out,
		useStyles: true,
		useSharedStrings: false
	});
	workbook.creator = 'HIMAP';
	const sheet = workbook.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
	const marks = new Marks(groups, locale);
	let written = 0;
	const put = async (rowNumber: number, values: CellValue[]) => {
		if (rowNumber === 1) marks.header(values.map(cellText));
		const row = sheet.getRow(rowNumber);
		values.forEach((v, i) => {
			if (v !== null && v !== undefined && v !== '') row.getCell(i + 1).value = v;
		});
		for (const [column, text] of marks.row(rowNumber)) {
			const cell = row.getCell(column + 1);
			cell.fill = BAD_FILL;
			cell.font = BAD_FONT;
			cell.note = text.slice(0, MAX_CELL_TEXT);
		}
		if (rowNumber === 1) row.font = { bold: true };
		row.commit();
		if (++written % PACE_ROWS === 0) await caughtUp(sheet, out);
	};
	if (kind === 'csv') await copyCsv(path, put);
	else await copyFirstSheet(excel, path, put);
	sheet.commit();
	await workbook.commit();
}

type Put = (rowNumber: number, values: CellValue[]) => Promise<void>;

/** The stream exceljs hands a sheet's XML to (archiver's, a readable-stream PassThrough). */
type Piped = Writable & { _writableState?: { length: number } };

/**
 * Waits while the rows written are ahead of the compression, and the compression ahead of the
 * reader: exceljs passes a sheet's XML to the zip without waiting for it, so unpaced a large file
 * piles up uncompressed in memory (the same pacing as exports/xlsx.ts).
 */
async function caughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
	const next = (sheet as unknown as { stream?: { pipes?: Piped[] } }).stream?.pipes?.[0];
	const buffered = () => next?.writableLength ?? next?._writableState?.length ?? 0;
	while (next && !next.destroyed && buffered() > 1 << 20) await drained(next);
	if (out.writableNeedDrain && !out.destroyed) await drained(out);
}

/** Until `stream` drains or closes, leaving no listener behind. */
async function drained(stream: Writable): Promise<void> {
	const done = new AbortController();
	const on = (event: string) => once(stream, event, { signal: done.signal }).catch(() => {});
	try {
		await Promise.race([on('drain'), on('close')]);
	} finally {
		done.abort();
	}
}

async function copyCsv(path: string, put: Put): Promise<void> {
	const reader = readSurveyFile(createReadStream(path, { highWaterMark: 64 * 1024 }));
	try {
		for await (const batch of reader.batches)
			for (let i = 0; i < batch.records.length; i++) await put(batch.firstRow + i, batch.records[i]);
	} catch (e) {
		// A file the import stopped reading (a row over the limits) is copied as far as it was read.
		if (!(e instanceof FileRejected)) throw e;
	} finally {
		await reader.batches.return(undefined);
	}
}

async function copyFirstSheet(excel: typeof ExcelJS, path: string, put: Put): Promise<void> {
	const reader = new excel.stream.xlsx.WorkbookReader(path, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		styles: 'ignore',
		hyperlinks: 'ignore',
		entries: 'ignore'
	});
	for await (const worksheet of reader) {
		for await (const row of worksheet) {
			const values = (row.values as CellValue[]).slice(1);
			await put(row.number, values);
		}
		break;
	}
}
