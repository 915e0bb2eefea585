/**
 * The Wilson score interval of a proportion (Wilson 1927; docs/methodology.md §6.3): the interval
 * R's `prop.test(x, n, correct = FALSE)$conf.int` gives. Unlike the Wald interval it stays inside
 * [0, 1] and keeps a width at 0/n and n/n, which the small groups behind a province's rates need.
 */

/** The 97.5 % point of the standard normal, qnorm(0.975): a 95 % two-sided interval. */
export const Z_95 = 1.959963984540054;
/** The confidence level the exports state beside every interval. */
export const CONFIDENCE = 0.95;

export interface Interval {
	lower: number;
	upper: number;
}

/**
 * The interval of x successes out of n, as proportions in [0, 1]; null when n is 0 (no rate).
 * centre = (p + z²/2n) / (1 + z²/n), half width = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²).
 * At 0/n the lower end is 0 and at n/n the upper end 1 exactly, as R clamps them.
 * @example wilson(1, 10) → { lower: 0.017876…, upper: 0.404150… }
 */
export function wilson(x: number, n: number, z = Z_95): Interval | null {
	if (!(n > 0)) return null;
	const p = x / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return {
		lower: x <= 0 ? 0 : Math.max(0, centre - half),
		upper: x >= n ? 1 : Math.min(1, centre + half)
	};
}

/** The interval in percent (0–100), full precision, as the exports write it; null when n is 0. */
export function wilsonPercent(x: number, n: number): Interval | null {
	const ci = wilson(x, n);
	return ci && { lower: ci.lower * 100, upper: ci.upper * 100 };
}
