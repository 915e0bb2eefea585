/** The table view of a chart: exactly its data, shown as an HTML table and offered as CSV. */
import { formatCell } from '../exports/csv-format.ts';

export type TableCell = string | number | null;

export interface ChartTable {
	columns: string[];
	rows: TableCell[][];
}

/** Byte order mark: without it Excel opens UTF-8 CSV as the system code page and garbles Chinese. */
export const BOM = '\uFEFF';

/**
 * CSV text of a table with a leading BOM, CRLF line ends, RFC 4180 quoting and formula-like cells
 * neutralised (the export module's `formatCell`).
 */
export function tableCsv(table: ChartTable): string {
	const lines = [table.columns, ...table.rows].map((row) => row.map(formatCell).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}
