/**
 * Five-number summary for a box plot: min, Q1, median, Q3, max, with quartiles by Hyndman & Fan's
 * type 7 (R's default, NumPy's "linear", Excel's QUARTILE.INC): the p-quantile of n sorted values
 * x₁ ≤ … ≤ xₙ is x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋) with h = (n − 1)p + 1.
 * Source: Hyndman RJ, Fan Y (1996), "Sample quantiles in statistical packages", Am Stat 50(4).
 */

export interface FiveNumbers {
	min: number;
	q1: number;
	median: number;
	q3: number;
	max: number;
}

/**
 * Type-7 quantile of values already sorted ascending (0-based: h = (n − 1) p).
 * @example quantile7([1, 2, 3, 4], 0.25) → 1.75 (h = 0.75: 1 + 0.75 × (2 − 1))
 */
export function quantile7(sorted: readonly number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The summary of the finite values, or null when there are none.
 * @example fiveNumbers([7, 1, 3, 5]) → { min: 1, q1: 2.5, median: 4, q3: 5.5, max: 7 }
 */
export function fiveNumbers(values: readonly number[]): FiveNumbers | null {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	return {
		min: sorted[0],
		q1: quantile7(sorted, 0.25),
		median: quantile7(sorted, 0.5),
		q3: quantile7(sorted, 0.75),
		max: sorted[sorted.length - 1]
	};
}
