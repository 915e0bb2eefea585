/**
 * A spreadsheet cell's value as the text a CSV saved from the same sheet would hold, so that an
 * uploaded XLSX goes through the very validator a CSV does (docs/contracts.md, Survey CSV
 * templates): numbers as Excel shows them, booleans as TRUE/FALSE, rich text as its plain text,
 * a formula as its cached result, a date as an ISO date.
 */

/** Excel shows 15 significant digits: 0.1 + 0.2 is "0.3" there, and must be here. */
function numberText(n: number): string {
	if (!Number.isFinite(n)) return '';
	return String(Number(n.toPrecision(15)));
}

function dateText(d: Date): string {
	if (Number.isNaN(d.getTime())) return '';
	const iso = d.toISOString();
	// exceljs reads a date serial as UTC: a whole day has no time of day worth writing.
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The text of one cell value as exceljs reads it (string, number, boolean, Date, or an object). */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return numberText(value);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return dateText(value);
	if (typeof value === 'object') {
		const v = value as Record<string, unknown>;
		if (Array.isArray(v.richText))
			return (v.richText as { text?: unknown }[])
				.map((r) => (typeof r.text === 'string' ? r.text : ''))
				.join('');
		if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
		if (typeof v.error === 'string') return v.error;
		if ('text' in v) return cellText(v.text);
	}
	return '';
}

/**
 * A sheet row's texts with the width a CSV of it would have: blank cells up to the header's width,
 * and no blank cells past it (a formatted but empty cell far to the right is not a value).
 */
export function fitWidth(fields: string[], width: number): string[] {
	let end = fields.length;
	while (end > width && fields[end - 1] === '') end--;
	const out = end === fields.length ? fields : fields.slice(0, end);
	while (out.length < width) out.push('');
	return out;
}
