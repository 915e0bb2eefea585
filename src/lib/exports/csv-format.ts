/**
 * CSV output for exports: RFC 4180 quoting, CRLF, and cells that Excel would run as formulas
 * (beginning with = + - @, or a tab / carriage return) neutralised with a leading apostrophe.
 * Numbers are written in full precision and never neutralised, so -0.5 stays a number.
 */

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(columns: readonly string[], rows: Iterable<Record<string, Cell>>): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
