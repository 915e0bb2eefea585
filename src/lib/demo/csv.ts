/**
 * CSV text in the contract's format (RFC 4180): comma separated, CRLF line endings, fields quoted
 * only when they hold a comma, a double quote, a line break or edge spaces.
 */

/**
 * One field, quoted (with inner quotes doubled) when it needs to be.
 *
 * @example csvField('a,b') // '"a,b"'
 * @example csvField('say "hi"') // '"say ""hi"""'
 */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The whole file: header and rows, each line ended by CRLF (including the last). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [header, ...rows].map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}
