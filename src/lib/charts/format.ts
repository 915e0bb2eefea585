/** Number formatting for chart labels and tooltips: Intl.NumberFormat, cached per locale and digits. */

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale ?? ''}|${JSON.stringify(options)}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, options);
		formats.set(key, f);
	}
	return f;
}

/** `value` with exactly `digits` decimals (1 by default); `fallback` for null, undefined or NaN. */
export function formatNumber(
	value: number | null | undefined,
	locale?: string,
	digits = 1,
	fallback = '–',
	options: Intl.NumberFormatOptions = {}
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
	return numberFormat(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		...options
	}).format(value);
}

/** A change with its sign: "+1.2", "-0.4", "0.0"; `fallback` for null, undefined or NaN. */
export function formatSigned(
	value: number | null | undefined,
	locale?: string,
	digits = 1,
	fallback = '–'
): string {
	return formatNumber(value, locale, digits, fallback, { signDisplay: 'exceptZero' });
}

/** A count of units or respondents, grouped by the locale: "1,650". */
export function formatCount(value: number, locale?: string): string {
	return numberFormat(locale, {}).format(value);
}

/** A rank: integers as is, fractional quantiles of ranks (10.05) with at most one decimal. */
export function formatRank(value: number | null | undefined, locale?: string, fallback = '–'): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
	return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * "2–7": a 5–95 % rank interval in whole ranks, widened outwards (a 6.1 bound reads 7), so the
 * range shown never claims more certainty than the draws gave; the exact bounds are in the exports.
 */
export function formatRankRange(p05: number | null, p95: number | null, locale?: string): string | null {
	if (p05 === null || p95 === null || !Number.isFinite(p05) || !Number.isFinite(p95)) return null;
	return `${formatRank(Math.floor(p05), locale)}–${formatRank(Math.ceil(p95), locale)}`;
}

/** "3 (2–5)": a rank and its 5–95 % interval; just "3" when the interval is unknown. */
export function formatRankInterval(
	rank: number | null,
	p05: number | null,
	p95: number | null,
	locale?: string
): string {
	const r = formatRank(rank, locale);
	const range = formatRankRange(p05, p95, locale);
	return range === null ? r : `${r} (${range})`;
}

/** A share in [0, 1] as a percentage: 0.25 → "25%" (locale-dependent); at least `minDigits` decimals. */
export function formatShare(
	value: number | null | undefined,
	locale?: string,
	digits = 0,
	minDigits = digits
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return numberFormat(locale, {
		style: 'percent',
		minimumFractionDigits: minDigits,
		maximumFractionDigits: digits
	}).format(value);
}

/** Rounds for chart data and tables, so a CSV does not carry float noise (0.30000000000000004). */
export function roundTo(value: number, digits: number): number;
export function roundTo(value: number | null, digits: number): number | null;
export function roundTo(value: number | null, digits: number): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/** ECharts renders tooltips as HTML: names from the data are escaped. */
export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** Appended to the name of a region with few respondents, in charts and tables alike. */
export const FEW_MARK = ' †';
