/**
 * Coefficient of variation: standard deviation over mean (docs/methodology.md section 5, `cv`).
 */
import { distribution, DisparityError, type Distribution } from './weights.ts';

/** CV of an already validated distribution: √(Σ p_i (x_i − μ)²) / μ. */
export function cvOf(d: Distribution): number {
	const variance = d.values.reduce((s, x, i) => s + d.shares[i] * (x - d.mean) ** 2, 0);
	return Math.sqrt(variance) / d.mean;
}

/**
 * Coefficient of variation with the population standard deviation (divide by n), or, with
 * weights, CV = √(Σ p_i (x_i − μ)²) / μ with population shares p_i and μ = Σ p_i x_i. This is the
 * `cv` of the `disparity` export (unweighted).
 *
 * Source: the weighted CV of regional inequality, Williamson (1965), "Regional inequality and the
 * process of national development", Economic Development and Cultural Change 13(4).
 * @example cv([1, 2, 3, 4, 10]) → 0.7905694150 (μ = 4, variance 10, √10 / 4)
 */
export function cv(values: readonly number[], weights?: readonly number[]): number {
	return cvOf(distribution(values, weights));
}

/**
 * Sample coefficient of variation, standard deviation divided by n − 1, unweighted only; for
 * comparison with software that reports it (R's `sd`, spreadsheets' STDEV). Needs two values.
 * @example cvSample([1, 2, 3, 4, 10]) → 0.8838834765 (√(50 / 4) / 4)
 */
export function cvSample(values: readonly number[]): number {
	const d = distribution(values);
	const n = values.length;
	if (n < 2) throw new DisparityError('the sample CV needs at least two values');
	return cvOf(d) * Math.sqrt(n / (n - 1));
}
