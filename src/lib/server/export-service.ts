/**
 * Export tables (the README's table list): the same tables for the CLI and the HTTP API, streamed.
 * Everything is read inside one snapshot of the database, a batch of rows at a time, and written
 * as it is read (exports/sink.ts), so memory stays flat whatever the size of the table and an
 * import committing halfway through cannot mix two states of the data into one file. Index tables
 * come from the stored score runs (refresh-service.ts), never computed here.
 */
import { ABOUT_COLUMNS, aboutLine, aboutRows, RowSummary } from '../exports/about-sheet.ts';
import { BOM } from '../exports/csv-note.ts';
import { csvLines, jsonObjects } from '../exports/row-text.ts';
import { DEFAULT_METHOD, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { roundYears } from './db/responses.repository.ts';
import { isFromSource, roundSource } from './db/round-source.ts';
import * as runs from './db/runs.repository.ts';
import { withSnapshot, type Snapshot } from './db/snapshot.ts';
import * as dataTables from './exports/data-tables.ts';
import { exportProvenance, type ExportProvenance } from './exports/provenance.ts';
import type { ExportSink } from './exports/sink.ts';
import { frameworkOf } from './exports/table.ts';
import type { ExportOptions, ExportSource, ExportTable, Row } from './exports/table.ts';
import { MAX_SHEET_ROWS, SheetTooLargeError, XlsxStream } from './exports/xlsx.ts';
import { TABLES } from './exports/registry.ts';
import type { StoredRound } from './index-service.ts';
import { isDemoData } from './rounds-service.ts';
import { withMonteCarlo } from './sensitivity-service.ts';

export type ExportFormat = 'csv' | 'json' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'xlsx'];

export function isExportFormat(format: string): format is ExportFormat {
	return (EXPORT_FORMATS as readonly string[]).includes(format);
}

export { EXPORT_TABLE_NAMES, exportTableColumns, isExportTable } from './exports/registry.ts';

/** The method whose stored runs a table reads, given the one asked for; null for a table that reads none. */
export function methodRead(name: string, asked: Method = DEFAULT_METHOD): Method | null {
	const { runs } = TABLES[name];
	return runs === 'none' ? null : runs === 'default' ? DEFAULT_METHOD : asked;
}

/** Whether a table reads the rounds before the one asked for too (ExportTable.history). */
export function readsEarlierRounds(name: string): boolean {
	return TABLES[name].history === true;
}

/** Rounds an index table needs that have never been scored: the server answers 503, the CLI scores them first. */
export class RoundsNotScored extends Error {
	constructor(readonly years: number[]) {
		super(
			`round${years.length > 1 ? 's' : ''} ${years.join(', ')} ${years.length > 1 ? 'are' : 'is'} still being scored`
		);
	}
}

/**
 * How a CSV is written for a reader opening it by hand rather than a script (docs/data-downloads.md):
 * `bom` starts it with a byte order mark, `source` with one `#` line naming the table, round,
 * method, framework and when. Both off by default: the contract's bytes stay as they are.
 */
export interface CsvForm {
	bom?: boolean;
	source?: boolean;
}

/** What is known once an export has checked what it will read, before its first byte. */
export interface ExportStart {
	/** Rounds whose stored run is being brought up to date with newer responses (served meanwhile). */
	updating: number[];
	/** When the oldest run read was computed; null for a table that reads no runs. */
	computedAt: string | null;
	/** The version, commit, framework and method it is made under (the HTTP export's headers). */
	provenance: ExportProvenance;
}

/** A round the reader asked for and may not see: answered as if it did not exist. */
export class RoundNotVisible extends Error {
	constructor(readonly year: number) {
		super(`there is no published round ${year}`);
	}
}

/** The rounds to export, oldest first: the one asked for, or every round with data the reader may see. */
async function exportYears(snapshot: Snapshot, options: ExportOptions): Promise<number[]> {
	const { year, visible = () => true } = options;
	if (year === undefined) return (await roundYears(snapshot.db)).reverse().filter(visible);
	if (!visible(year)) throw new RoundNotVisible(year);
	return [year];
}

/** The rounds a table reads: those asked for, and every earlier one the reader may see for a table comparing rounds. */
async function readYears(snapshot: Snapshot, table: ExportTable, years: number[], options: ExportOptions) {
	if (!table.history || options.year === undefined) return years;
	const { year, visible = () => true } = options;
	return (await roundYears(snapshot.db)).reverse().filter((y) => y <= year && visible(y));
}

/** Each round's stored run of the method the table reads, under the chosen framework, read in the snapshot. */
async function storedRounds(
	snapshot: Snapshot,
	name: string,
	years: number[],
	options: ExportOptions
): Promise<{ rounds: StoredRound[]; missing: number[] }> {
	const method = methodRead(name, options.method)!;
	const framework = frameworkOf(options);
	const rounds: StoredRound[] = [];
	const missing: number[] = [];
	// A round whose data all waits for review has no figures yet, rather than figures on the way.
	const scorable = new Set(await roundYears(snapshot.db, { approved: true }));
	for (const year of years) {
		const key = runs.runKeyOf(year, framework, method);
		const found = await runs.runWithResults(snapshot.db, key);
		const source = await roundSource(snapshot.db, year);
		if (!found) {
			if (scorable.has(year)) missing.push(year);
			continue;
		}
		const round = { ...found, year, framework, method, stale: !isFromSource(found.run, source) };
		rounds.push(await withMonteCarlo(snapshot, name, round, options.monteCarlo));
	}
	return { rounds, missing };
}

/**
 * Streams one export table. `start` is called once everything has been checked and before the
 * first byte, with what the export will show; it returns where the bytes go. Throws before
 * calling it when rounds still await their first score run (RoundsNotScored) or the table cannot
 * fit an XLSX sheet (SheetTooLargeError); after it, a failure stops the stream where it is.
 */
export async function streamExport(
	database: HimapDatabase,
	name: string,
	options: ExportOptions & { format: ExportFormat; csv?: CsvForm },
	start: (info: ExportStart) => ExportSink
): Promise<void> {
	const table = TABLES[name];
	await withSnapshot(database, async (snapshot) => {
		const years = await exportYears(snapshot, options);
		const { rounds, missing } =
			table.runs === 'none'
				? { rounds: [], missing: [] }
				: await storedRounds(snapshot, name, await readYears(snapshot, table, years, options), options);
		if (missing.length) throw new RoundsNotScored(missing);
		const source: ExportSource = {
			snapshot,
			years,
			rounds,
			framework: frameworkOf(options),
			regionPrefix: options.regionPrefix,
			approvedOnly: options.approvedOnly,
			provenance: exportProvenance(methodRead(name, options.method), rounds, frameworkOf(options))
		};
		if (options.format === 'xlsx') await checkFitsSheet(name, table, source);
		const sink = start({
			updating: rounds.filter((r) => r.stale).map((r) => r.year),
			computedAt: rounds.map((r) => r.run.computed_at).sort()[0] ?? null,
			provenance: source.provenance
		});
		if (options.format === 'xlsx') await writeWorkbook(sink, name, table, source, options.year);
		else {
			if (options.format === 'csv') await writeCsvPreamble(sink, name, table, source, options);
			await writeText(sink, options.format, table, source);
		}
		await sink.end();
	});
}

/** The byte order mark and the source line, each when asked for. */
async function writeCsvPreamble(
	sink: ExportSink,
	name: string,
	table: ExportTable,
	source: ExportSource,
	options: ExportOptions & { csv?: CsvForm }
): Promise<void> {
	if (options.csv?.bom) await sink.text(BOM);
	if (!options.csv?.source) return;
	const { method, framework, ...build } = source.provenance;
	const line = aboutLine({
		table: name,
		columns: table.columns,
		year: options.year,
		method,
		// The codebook is a framework's, whatever it reads runs for.
		framework: method || name === 'codebook' ? framework : null,
		demo: await isDemoData(source.snapshot),
		generatedAt: new Date(),
		build
	});
	await sink.text(line + '\r\n');
}

/** Refuses, before writing anything, a table that cannot fit one Excel sheet. */
async function checkFitsSheet(name: string, table: ExportTable, source: ExportSource): Promise<void> {
	if (!table.size) return;
	const size = await table.size(source);
	const limit = MAX_SHEET_ROWS - 1;
	if (size.max <= limit) return;
	const rows = size.min > limit ? size.min : await size.exact();
	if (rows > limit) throw new SheetTooLargeError(name, rows);
}

/**
 * CSV (header, then CRLF lines) or JSON (an array of objects, one per line, keys in column order):
 * written by the table itself where it can (ExportTable.text), else row by row here.
 */
async function writeText(sink: ExportSink, format: 'csv' | 'json', table: ExportTable, source: ExportSource) {
	const records =
		table.text?.(source, format) ?? (format === 'csv' ? csvLines : jsonObjects)(table, table.rows(source));
	if (format === 'csv') {
		await sink.text(table.columns.join(',') + '\r\n');
		for await (const lines of records) await sink.text(lines.join(''));
		return;
	}
	let first = true;
	await sink.text('[');
	for await (const objects of records) {
		if (objects.length === 0) continue;
		await sink.text((first ? '\n' : ',\n') + objects.join(',\n'));
		first = false;
	}
	await sink.text(first ? ']\n' : '\n]\n');
}

/**
 * A workbook: the table, the codebook that explains its columns (unless it is the codebook), and
 * an `about` sheet saying where it came from.
 */
async function writeWorkbook(
	sink: ExportSink,
	name: string,
	table: ExportTable,
	source: ExportSource,
	year: number | undefined
): Promise<void> {
	const workbook = await XlsxStream.open(sink);
	const summary = new RowSummary();
	const counted = async function* (batches: AsyncIterable<Row[]>) {
		for await (const batch of batches) {
			for (const row of batch) summary.add(row);
			yield batch;
		}
	};
	await workbook.sheet(
		{ name, columns: table.columns, numberFormats: table.numberFormats },
		counted(table.rows(source))
	);
	const withCodebook = name !== 'codebook';
	if (withCodebook)
		await workbook.sheet({ name: 'codebook', columns: dataTables.codebook.columns }, [
			dataTables.codebookRows(source.framework, source.rounds, source.provenance.method)
		]);
	const { method, framework, ...build } = source.provenance;
	const about = aboutRows({
		table: name,
		year,
		columns: table.columns,
		summary,
		generatedAt: new Date(),
		demo: await isDemoData(source.snapshot),
		codebook: withCodebook,
		build,
		method,
		framework: method || name === 'codebook' ? framework : null
	});
	await workbook.sheet({ name: 'about', columns: ABOUT_COLUMNS }, [about]);
	await workbook.end();
}
