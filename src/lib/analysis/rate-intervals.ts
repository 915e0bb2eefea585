/**
 * Rates with their 95 % Wilson interval (wilson.ts, docs/methodology.md §6.3), in percent at full
 * precision: the `rates` export's `ci_lower`, `ci_upper` and `confidence` columns.
 */
import type { RateRow } from './rates.ts';
import { CONFIDENCE, wilsonPercent } from './wilson.ts';

export interface RateRowWithInterval extends RateRow {
	/** Null where the rate is (nobody answered). */
	ci_lower: number | null;
	ci_upper: number | null;
	confidence: number;
}

export function rateRowsWithIntervals(rows: readonly RateRow[]): RateRowWithInterval[] {
	return rows.map((r) => {
		const ci = wilsonPercent(r.numerator, r.denominator);
		return { ...r, ci_lower: ci?.lower ?? null, ci_upper: ci?.upper ?? null, confidence: CONFIDENCE };
	});
}
