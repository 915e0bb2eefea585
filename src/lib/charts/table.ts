/**
 * The table view of a chart (exactly its data, shown as an HTML table and offered as CSV), and the
 * CSV every downloaded table is written as: a BOM, one `#` line saying where the numbers come from,
 * then the header and the rows (docs/data-downloads.md gives the recipe to read it).
 */
import { formatCell } from '../exports/csv-format.ts';
import { BOM, noteLine } from '../exports/csv-note.ts';

export type TableCell = string | number | null;

export interface ChartTable {
	columns: string[];
	rows: TableCell[][];
}

/**
 * CSV text of a table with CRLF line ends, RFC 4180 quoting and formula-like cells neutralised
 * (the export module's `formatCell`).
 */
export function tableCsv(table: ChartTable): string {
	const lines = [table.columns, ...table.rows].map((row) => row.map(formatCell).join(','));
	return lines.join('\r\n') + '\r\n';
}

/**
 * The file a reader downloads: BOM, the source line (`noteLine`), then the table with its display
 * marks turned into a column (`withoutMarks`). Excel shows the source line in cell A1; pandas reads
 * the table with `skiprows=1`, R with `skip = 1, fileEncoding = "UTF-8-BOM"`.
 */
export function csvDocument(table: ChartTable, note: readonly (string | null)[], fewColumn: string): string {
	return BOM + noteLine(note) + '\r\n' + tableCsv(withoutMarks(table, fewColumn));
}

/** A name's display mark (the few-respondents † of charts/format.ts `FEW_MARK`, or an asterisk) at its end. */
const MARK = /\s*[†*]+$/u;

/** The text without its display mark. */
export const stripMark = (text: string): string => text.replace(MARK, '');

/**
 * The table with its cells' display marks removed: a mark belongs to the page, not to a name a
 * spreadsheet will match or join on. What a mark said is kept in a last column `fewColumn`
 * (1 for a marked row, 0 otherwise), added only when some row was marked.
 */
export function withoutMarks(table: ChartTable, fewColumn: string): ChartTable {
	const marked = (cell: TableCell) => typeof cell === 'string' && MARK.test(cell);
	const anyMarked = table.rows.some((row) => row.some(marked));
	const rows = table.rows.map((row) => {
		const clean = row.map((cell) => (typeof cell === 'string' ? stripMark(cell) : cell));
		return anyMarked ? [...clean, row.some(marked) ? 1 : 0] : clean;
	});
	const columns = table.columns.map(stripMark);
	return { columns: anyMarked ? [...columns, fewColumn] : columns, rows };
}

/** Whether any label of the table carries a display mark, so an image of it needs the mark's note. */
export const hasMarks = (table: ChartTable): boolean =>
	table.rows.some((row) => row.some((cell) => typeof cell === 'string' && MARK.test(cell)));
