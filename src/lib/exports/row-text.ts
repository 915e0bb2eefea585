/**
 * Export rows written as text, a batch at a time: CSV lines (with CRLF; csv-format.ts) and JSON
 * objects with the table's columns as keys, in column order. The export service joins them into
 * a file; a table may write its own text faster (exports/table.ts `text`), and must write the same.
 */
import { formatCell, type Cell } from './csv-format.ts';

/** CSV lines of rows, each ending in CRLF; columns with a rule of their own (`csv`) formatted by it first. */
export async function* csvLines(
	table: { columns: readonly string[]; csv?: Record<string, (value: Cell) => Cell> },
	batches: AsyncIterable<Record<string, Cell>[]>
): AsyncGenerator<string[]> {
	const { columns, csv } = table;
	// Columns the contract rounds (percent to one decimal) are formatted first.
	const format: ((v: Cell) => string)[] = columns.map((c) => {
		const f = csv?.[c];
		return f ? (v: Cell) => formatCell(f(v)) : formatCell;
	});
	for await (const batch of batches)
		yield batch.map((row) => {
			let line = format[0](row[columns[0]]);
			for (let i = 1; i < columns.length; i++) line += ',' + format[i](row[columns[i]]);
			return line + '\r\n';
		});
}

/** JSON objects of rows, keys in column order, a missing value as null. */
export async function* jsonObjects(
	table: { columns: readonly string[] },
	batches: AsyncIterable<Record<string, Cell>[]>
): AsyncGenerator<string[]> {
	for await (const batch of batches)
		yield batch.map((row) => {
			const picked: Record<string, Cell | null> = {};
			for (const c of table.columns) picked[c] = row[c] ?? null;
			return JSON.stringify(picked);
		});
}
