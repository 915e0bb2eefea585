/** The shape of an export table. */
import type { Cell } from '../../exports/csv-format.ts';
import type { Method } from '../../scoring/method.ts';
import type { HimapDatabase } from '../db/connect.ts';
import type { RoundIndex } from '../index-service.ts';

export type Row = Record<string, Cell>;

export interface ExportOptions {
	year?: number;
	method?: Method;
}

/** A table read straight from the database. */
export interface DataTable {
	columns: readonly string[];
	/** How CSV writes a column, where full precision is not what the contract says. */
	csv?: Record<string, (value: Cell) => Cell>;
	/** How XLSX shows a column (an Excel number format); the cell itself keeps full precision. */
	numberFormats?: Record<string, string>;
	load(database: HimapDatabase, options: ExportOptions): Promise<Row[]>;
}

/** A table computed from one round's index; exported for every round with data unless a year is given. */
export interface IndexTable {
	columns: readonly string[];
	rows(index: RoundIndex, database: HimapDatabase): Row[] | Promise<Row[]>;
}
