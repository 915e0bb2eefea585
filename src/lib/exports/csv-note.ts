/**
 * What makes a CSV open cleanly for a reader rather than a script (docs/data-downloads.md): a byte
 * order mark, so Excel reads UTF-8 rather than the system code page, and one first line beginning
 * with `#` that says where the numbers come from, which pandas skips with `skiprows=1` and R with
 * `skip = 1`.
 */

/** Byte order mark: without it Excel opens UTF-8 CSV as the system code page and garbles Chinese. */
export const BOM = '\uFEFF';

/**
 * One comment line of the parts given: `# part | part | …`. It holds no comma, quote or line
 * break, so Excel keeps it in one cell and a reader skipping one line skips all of it; a number's
 * thousands separator is dropped (1,650 → 1650) and any other comma becomes a dash.
 */
export function noteLine(parts: readonly (string | null | undefined)[]): string {
	const clean = (part: string) =>
		part
			.replace(/[\r\n]+/g, ' ')
			.replace(/(\d),(?=\d{3}\b)/g, '$1')
			.replace(/\s*,\s*/g, ' – ')
			.replace(/"/g, "'")
			.trim();
	return (
		'# ' +
		parts
			.filter((p): p is string => !!p && p.trim() !== '')
			.map(clean)
			.join(' | ')
	);
}
