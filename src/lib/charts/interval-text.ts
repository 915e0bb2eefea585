/**
 * A score's or rate's interval as text, "72.7–76.9" (docs/methodology.md §6.3–6.4): what a
 * tooltip or a table cell shows beside the figure.
 */
import { formatNumber } from './format.ts';

export interface Bounds {
	lower: number;
	upper: number;
}

/** Null when there is no interval (a run without the bootstrap, a rate nobody answered). */
export function intervalText(bounds: Bounds | null | undefined, locale?: string, digits = 1): string | null {
	if (!bounds || !Number.isFinite(bounds.lower) || !Number.isFinite(bounds.upper)) return null;
	return `${formatNumber(bounds.lower, locale, digits)}–${formatNumber(bounds.upper, locale, digits)}`;
}
