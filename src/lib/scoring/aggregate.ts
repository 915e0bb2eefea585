/**
 * Weighted aggregation over the values present: missing values drop out and the remaining weights
 * are renormalised (OECD/JRC Handbook 2008, §6). Returns NaN when nothing is present.
 */

export type AggregateMethod = 'arithmetic' | 'geometric';
export const AGGREGATE_METHODS: readonly AggregateMethod[] = ['arithmetic', 'geometric'];

/** Σ w x / Σ w. @example arithmetic([20, 50, 80], [1, 1, 2]) === 57.5 */
export function arithmetic(values: readonly number[], weights: readonly number[]): number {
	let sum = 0;
	let total = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (Number.isNaN(v) || weights[i] === 0) continue;
		sum += weights[i] * v;
		total += weights[i];
	}
	return total === 0 ? NaN : sum / total;
}

/**
 * Π x^(w/Σw), less compensatory than the arithmetic mean. Scores below 1 are raised to 1 first,
 * since one zero would zero the whole composite (a documented HIMAP convention).
 * @example geometric([20, 50, 80], [1, 1, 2]) ≈ 50.29733719
 */
export function geometric(values: readonly number[], weights: readonly number[]): number {
	let logSum = 0;
	let total = 0;
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (Number.isNaN(v) || weights[i] === 0) continue;
		const x = Math.max(1, v);
		logSum += weights[i] * Math.log(x);
		total += weights[i];
		if (x < lo) lo = x;
		if (x > hi) hi = x;
	}
	// exp(log) can land a rounding error past the inputs (100.00000000000004); the mean cannot.
	return total === 0 ? NaN : Math.min(hi, Math.max(lo, Math.exp(logSum / total)));
}

export function aggregate(
	method: AggregateMethod,
	values: readonly number[],
	weights: readonly number[]
): number {
	return method === 'arithmetic' ? arithmetic(values, weights) : geometric(values, weights);
}
