/**
 * XLSX workbooks for exports: one sheet per table, header row bold and frozen, columns sized to
 * their contents. Cells keep their JSON types — numbers as numbers in full precision, text as
 * text, null and empty text as an empty cell — so a string such as "=1+1" is stored as text and
 * never run as a formula (the CSV export has to neutralise it instead).
 *
 * Written with exceljs's streaming writer, rows serialised and zipped as they arrive and passed on
 * with backpressure (sink.ts); strings are written inline rather than into a shared-strings table,
 * which would hold every distinct string of the workbook in memory until the end.
 */
import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Cell } from '../../exports/csv-format.ts';
import { ExportSink } from './sink.ts';

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

/** The stream exceljs hands a sheet's XML to: a Writable, old or new. */
type Piped = Writable & { _writableState?: { length: number } };

/** A workbook written sheet by sheet as rows arrive. */
export class XlsxStream {
	readonly #zip = new PassThrough();
	readonly #workbook: ExcelJS.stream.xlsx.WorkbookWriter;
	readonly #pumped: Promise<void>;
	/** Settles (never resolves) when the bytes can no longer go out: the reader left, the disk is full. */
	readonly #broken: Promise<never>;
	#failure: Error | null = null;

	/** exceljs is loaded only when a workbook is asked for: it is a third of a CSV export's memory otherwise. */
	static async open(sink: ExportSink): Promise<XlsxStream> {
		const { default: excel } = await import('exceljs');
		return new XlsxStream(sink, excel);
	}

	private constructor(sink: ExportSink, excel: typeof ExcelJS) {
		this.#workbook = new excel.stream.xlsx.WorkbookWriter({
			stream: this.#zip,
			useStyles: true,
			useSharedStrings: false
		});
		this.#workbook.creator = 'HIMAP';
		this.#pumped = (async () => {
			for await (const chunk of this.#zip) await sink.bytes(chunk as Buffer);
		})();
		// Once the bytes cannot go out, nothing reads the zip again: every wait below must end too.
		this.#broken = this.#pumped.then(
			() => new Promise<never>(() => {}),
			(e: Error) => {
				this.#failure = e;
				this.#zip.destroy();
				throw e;
			}
		);
		this.#broken.catch(() => {});
	}

	/** Waits for `promise`, unless the output breaks first (then throws why). */
	#unlessBroken<T>(promise: Promise<T>): Promise<T> {
		return Promise.race([promise, this.#broken]);
	}

	/** Writes one sheet; returns how many rows it holds. Throws SheetTooLargeError past Excel's limit. */
	async sheet(
		spec: Omit<Sheet, 'rows'>,
		batches: AsyncIterable<readonly Record<string, Cell>[]> | Iterable<readonly Record<string, Cell>[]>
	): Promise<number> {
		const worksheet = this.#workbook.addWorksheet(sheetName(spec.name), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		let count = 0;
		let sample: Record<string, Cell>[] | null = [];
		const start = () => {
			const widths = columnWidths({ ...spec, rows: sample! });
			worksheet.columns = spec.columns.map((column, i) => ({
				key: column,
				width: widths[i],
				style: spec.numberFormats?.[column] ? { numFmt: spec.numberFormats[column] } : {}
			}));
			const header = worksheet.addRow([...spec.columns]);
			header.font = { bold: true };
			header.commit();
			for (const row of sample!) this.#add(worksheet, spec.columns, row);
			sample = null;
		};
		for await (const batch of batches) {
			if (this.#failure) throw this.#failure;
			count += batch.length;
			if (count + 1 > MAX_SHEET_ROWS) throw new SheetTooLargeError(spec.name, count);
			if (sample) {
				sample.push(...batch);
				if (sample.length >= WIDTH_SAMPLE) start();
				continue;
			}
			for (const row of batch) this.#add(worksheet, spec.columns, row);
			await this.#caughtUp(worksheet);
		}
		if (sample) start();
		worksheet.commit();
		return count;
	}

	async end(): Promise<void> {
		await this.#unlessBroken(this.#workbook.commit());
		await this.#pumped;
	}

	#add(worksheet: ExcelJS.Worksheet, columns: readonly string[], row: Record<string, Cell>) {
		worksheet.addRow(columns.map((c) => xlsxValue(row[c]))).commit();
	}

	/**
	 * Waits while the rows written are ahead of the compression. exceljs's sheet stream hands its
	 * buffers on to the zip without waiting for it (its `pipes`), so without this a
	 * million rows sit in memory uncompressed (600 MB measured). We wait on the stream it writes to as
	 * any writer would; should exceljs or archiver change their insides, only the pacing is lost.
	 */
	async #caughtUp(worksheet: ExcelJS.Worksheet): Promise<void> {
		const next = (worksheet as unknown as { stream?: { pipes?: Piped[] } }).stream?.pipes?.[0];
		// archiver wraps the sheet stream in a readable-stream PassThrough of its own, whose buffered
		// length is in _writableState (it predates writableLength).
		const buffered = () => next?.writableLength ?? next?._writableState?.length ?? 0;
		let done = () => {};
		while (next && buffered() > 1 << 20 && !next.destroyed) {
			const drained = new Promise<void>((resolve) => {
				done = () => {
					next.off('drain', done);
					next.off('close', done);
					resolve();
				};
				next.on('drain', done);
				next.on('close', done);
			});
			await this.#unlessBroken(drained).finally(done);
		}
		while (this.#zip.readableLength > 1 << 20 && !this.#failure)
			await new Promise((resolve) => setImmediate(resolve));
		await new Promise((resolve) => setImmediate(resolve));
		if (this.#failure) throw this.#failure;
	}
}

/** A whole workbook in memory, for small tables and tests. */
export async function buildWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
	for (const sheet of sheets)
		if (sheet.rows.length + 1 > MAX_SHEET_ROWS) throw new SheetTooLargeError(sheet.name, sheet.rows.length);
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on('data', (chunk: Buffer) => chunks.push(chunk));
	const sink = new ExportSink(out);
	const workbook = await XlsxStream.open(sink);
	for (const sheet of sheets) await workbook.sheet(sheet, [sheet.rows]);
	await workbook.end();
	await sink.end();
	const bytes = Buffer.concat(chunks);
	// A plain Uint8Array over an ArrayBuffer is what both fs and a fetch Response take.
	return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}
