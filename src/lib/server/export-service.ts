/** Export tables (DESIGN.md section 7): the same tables for the CLI and the HTTP API. */
import { formatCsv } from '../exports/csv-format.ts';
import type { HimapDatabase } from './db/connect.ts';
import * as analysisTables from './exports/analysis-tables.ts';
import * as dataTables from './exports/data-tables.ts';
import * as indexTables from './exports/index-tables.ts';
import type { DataTable, ExportOptions, IndexTable, Row } from './exports/table.ts';
import { roundIndex } from './index-service.ts';
import { roundsWithData } from './score-service.ts';

export type ExportFormat = 'csv' | 'json';

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

export async function exportTable(
	database: HimapDatabase,
	table: string,
	options: ExportOptions & { format: ExportFormat }
): Promise<string> {
	const { columns, rows } = await loadRows(database, table, options);
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
