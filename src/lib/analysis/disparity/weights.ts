/**
 * Shared input handling for the disparity measures: values x_i ≥ 0 with optional population
 * weights, normalised to shares p_i (Σ p_i = 1), and the mean μ = Σ p_i x_i.
 */

/** Thrown for input no measure can be computed on; the message names the offending element. */
export class DisparityError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DisparityError';
	}
}

export interface Distribution {
	readonly values: readonly number[];
	/** Population shares p_i, summing to 1 (1/n each when unweighted). */
	readonly shares: readonly number[];
	/** μ = Σ p_i x_i, always > 0. */
	readonly mean: number;
	readonly weighted: boolean;
}

/**
 * Checks that there is at least one value and that every value is finite and non-negative.
 * @example checkValues([1, 2]) // ok; checkValues([1, -2]) throws 'values[1] is negative (-2)'
 */
export function checkValues(values: readonly number[], what = 'values'): void {
	if (values.length === 0) throw new DisparityError(`no ${what}: at least one is needed`);
	values.forEach((v, i) => {
		if (typeof v !== 'number' || Number.isNaN(v)) throw new DisparityError(`${what}[${i}] is not a number`);
		if (!Number.isFinite(v)) throw new DisparityError(`${what}[${i}] is not finite (${v})`);
		if (v < 0) throw new DisparityError(`${what}[${i}] is negative (${v})`);
	});
}

/** Checks that a companion array (weights, groups, ranking variable) has one entry per value. */
export function checkLength(values: readonly unknown[], other: readonly unknown[], what: string): void {
	if (other.length !== values.length) {
		throw new DisparityError(`${other.length} ${what} for ${values.length} values: lengths must match`);
	}
}

/**
 * Validates the input and normalises weights to shares. Individual weights may be 0 (that unit then
 * counts for nothing); their sum may not. The relative measures divide by μ, so a mean of 0 (every
 * value 0) is refused rather than turned into 0/0.
 * @example distribution([2, 3, 5, 8], [40, 30, 20, 10])
 *   → { values: [2, 3, 5, 8], shares: [0.4, 0.3, 0.2, 0.1], mean: 3.5, weighted: true }
 */
export function distribution(values: readonly number[], weights?: readonly number[]): Distribution {
	checkValues(values);
	let shares: number[];
	if (weights === undefined) {
		shares = values.map(() => 1 / values.length);
	} else {
		checkLength(values, weights, 'weights');
		checkValues(weights, 'weights');
		const total = weights.reduce((s, w) => s + w, 0);
		if (total === 0) throw new DisparityError('weights sum to 0');
		shares = weights.map((w) => w / total);
	}
	const mean =
		weights === undefined
			? values.reduce((s, v) => s + v, 0) / values.length
			: values.reduce((s, v, i) => s + shares[i] * v, 0);
	if (mean === 0) throw new DisparityError('every value is 0: relative measures are undefined');
	return { values, shares, mean, weighted: weights !== undefined };
}
