/**
 * Theil T and Theil L (docs/methodology.md section 5, `theil_t` and `theil_l`).
 */
import { distribution, type Distribution } from './weights.ts';

/** Theil T of an already validated distribution. */
export function theilTOf(d: Distribution): number {
	let t = 0;
	d.values.forEach((x, i) => {
		const s = x / d.mean;
		// 0 · ln 0 = 0, its limit: a zero value contributes nothing but still counts in μ.
		if (s > 0) t += d.shares[i] * s * Math.log(s);
	});
	return t;
}

/** Theil L of an already validated distribution. */
export function theilLOf(d: Distribution): number {
	let l = 0;
	for (let i = 0; i < d.values.length; i++) {
		if (d.shares[i] === 0) continue;
		if (d.values[i] === 0) return Infinity;
		l += d.shares[i] * Math.log(d.mean / d.values[i]);
	}
	return l;
}

/**
 * Theil T (GE(1), the Theil entropy index) T = Σ p_i (x_i/μ) ln(x_i/μ), with population shares p_i
 * (1/n unweighted) and μ = Σ p_i x_i. This is the `theil_t` of the `disparity` export (unweighted).
 *
 * Zeros are kept, with 0 · ln 0 = 0: the unit lowers μ and so raises T. R's `ineq::Theil` instead
 * drops zeros before taking the mean, which gives a different, smaller number.
 *
 * Source: Theil (1967), "Economics and Information Theory", ch. 4; Shorrocks (1980), Econometrica
 * 48(3), for the decomposable family.
 * @example theilT([1, 2, 3, 4, 10]) → 0.2763636190
 */
export function theilT(values: readonly number[], weights?: readonly number[]): number {
	return theilTOf(distribution(values, weights));
}

/**
 * Theil L (GE(0), the mean log deviation) L = Σ p_i ln(μ/x_i), with population shares p_i (1/n
 * unweighted). This is the `theil_l` of the `disparity` export (unweighted).
 *
 * Much of the Chinese health-resource literature calls the population-weighted L "the Theil index"
 * (泰尔指数, written T = Σ P_i ln(P_i/Y_i) with population share P_i and resource share Y_i of
 * region i): it is this function with population weights, not `theilT`. Label which one a chart
 * shows.
 *
 * When any unit with a positive weight has value 0, L is +Infinity (ln(μ/0)) and Infinity is
 * returned: the true limit, not an error; `JSON.stringify` turns it into `null`.
 *
 * Source: Theil (1967), "Economics and Information Theory"; Shorrocks (1980), Econometrica 48(3).
 * @example theilL([1, 2, 3, 4, 10]) → 0.2901665765; theilL([0, 1]) → Infinity
 */
export function theilL(values: readonly number[], weights?: readonly number[]): number {
	return theilLOf(distribution(values, weights));
}
