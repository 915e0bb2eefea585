/** Export tables (DESIGN.md section 7): the same tables for the CLI and the HTTP API. */
import { aboutRows, ABOUT_COLUMNS } from '../exports/about-sheet.ts';
import { formatCsv } from '../exports/csv-format.ts';
import type { HimapDatabase } from './db/connect.ts';
import * as analysisTables from './exports/analysis-tables.ts';
import * as dataTables from './exports/data-tables.ts';
import * as indexTables from './exports/index-tables.ts';
import type { DataTable, ExportOptions, IndexTable, Row } from './exports/table.ts';
import { buildWorkbook, type Sheet } from './exports/xlsx.ts';
import { roundIndex } from './index-service.ts';
import { isDemoData } from './rounds-service.ts';
import { roundsWithData } from './score-service.ts';

export type ExportFormat = 'csv' | 'json' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'xlsx'];

export function isExportFormat(format: string): format is ExportFormat {
	return (EXPORT_FORMATS as readonly string[]).includes(format);
}

const INDEX_TABLES: Record<string, IndexTable> = { ...indexTables };
const DATA_TABLES: Record<string, DataTable> = { ...dataTables, ...analysisTables };

export const EXPORT_TABLE_NAMES = [...Object.keys(DATA_TABLES), ...Object.keys(INDEX_TABLES)];

export function isExportTable(name: string): boolean {
	return Object.hasOwn(DATA_TABLES, name) || Object.hasOwn(INDEX_TABLES, name);
}

async function loadRows(
	database: HimapDatabase,
	table: string,
	options: ExportOptions
): Promise<{ columns: readonly string[]; rows: Row[] }> {
	const data = DATA_TABLES[table];
	if (data) {
		return { columns: data.columns, rows: await data.load(database, options) };
	}
	const index = INDEX_TABLES[table];
	const years = options.year === undefined ? (await roundsWithData(database)).reverse() : [options.year];
	const rows: Row[] = [];
	for (const year of years) {
		const round = await roundIndex(database, year, options.method);
		if (round) rows.push(...(await index.rows(round, database)));
	}
	return { columns: index.columns, rows };
}

/**
 * A workbook: the table, the codebook that explains its columns (unless it is the codebook), and
 * an `about` sheet saying where it came from.
 */
async function exportWorkbook(
	database: HimapDatabase,
	table: string,
	year: number | undefined,
	{ columns, rows }: { columns: readonly string[]; rows: Row[] }
): Promise<Uint8Array<ArrayBuffer>> {
	const sheets: Sheet[] = [{ name: table, columns, rows, numberFormats: DATA_TABLES[table]?.numberFormats }];
	const withCodebook = table !== 'codebook';
	if (withCodebook) {
		const codebook = dataTables.codebook;
		sheets.push({ name: 'codebook', columns: codebook.columns, rows: await codebook.load(database, {}) });
	}
	const about = aboutRows({
		table,
		year,
		columns,
		rows,
		generatedAt: new Date(),
		demo: await isDemoData(database),
		codebook: withCodebook
	});
	sheets.push({ name: 'about', columns: ABOUT_COLUMNS, rows: about });
	return buildWorkbook(sheets);
}

export async function exportTable(
	database: HimapDatabase,
	table: string,
	options: ExportOptions & { format: 'xlsx' }
): Promise<Uint8Array<ArrayBuffer>>;
export async function exportTable(
	database: HimapDatabase,
	table: string,
	options: ExportOptions & { format: 'csv' | 'json' }
): Promise<string>;
export async function exportTable(
	database: HimapDatabase,
	table: string,
	options: ExportOptions & { format: ExportFormat }
): Promise<string | Uint8Array<ArrayBuffer>>;
export async function exportTable(
	database: HimapDatabase,
	table: string,
	options: ExportOptions & { format: ExportFormat }
): Promise<string | Uint8Array<ArrayBuffer>> {
	const { columns, rows } = await loadRows(database, table, options);
	if (options.format === 'xlsx') return exportWorkbook(database, table, options.year, { columns, rows });
	if (options.format === 'json') {
		const picked = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
		return JSON.stringify(picked, null, 1) + '\n';
	}
	const csv = DATA_TABLES[table]?.csv;
	const formatted = csv
		? rows.map((r) => ({ ...r, ...Object.fromEntries(Object.entries(csv).map(([c, f]) => [c, f(r[c])])) }))
		: rows;
	return formatCsv(columns, formatted);
}
