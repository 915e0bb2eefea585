/**
 * Gini coefficient and concentration index (docs/methodology.md section 5, `gini`).
 */
import { checkRanking, curveOf, type CurvePoint } from './lorenz.ts';
import { distribution, DisparityError, type Distribution } from './weights.ts';

/**
 * One minus twice the area under a curve from (0, 0) to (1, 1), by trapezoids:
 * 1 − Σ_k (P_k − P_{k−1}) (L_k + L_{k−1}).
 */
export function areaIndex(curve: readonly CurvePoint[]): number {
	let twiceArea = 0;
	for (let k = 1; k < curve.length; k++) {
		twiceArea += (curve[k].population - curve[k - 1].population) * (curve[k].value + curve[k - 1].value);
	}
	return 1 - twiceArea;
}

/** Gini of an already validated distribution. */
export function giniOf(d: Distribution): number {
	return areaIndex(curveOf(d, d.values));
}

/**
 * Gini coefficient G = Σ_i Σ_j p_i p_j |x_i − x_j| / (2μ), with population shares p_i, or p_i = 1/n
 * unweighted: Σ_i Σ_j |x_i − x_j| / (2 n² μ), with no small-sample correction. This is the `gini` of
 * the `disparity` export (unweighted). Computed in O(n log n) as one minus twice the area under the
 * Lorenz curve, which equals the mean-difference form algebraically.
 *
 * Source: Gini (1912), "Variabilità e mutabilità"; the Lorenz-area form in Lambert, "The
 * Distribution and Redistribution of Income" (3rd ed., 2001), ch. 2.
 * @example gini([1, 2, 3, 4, 10]) → 0.4 (Σ_i Σ_j |x_i − x_j| = 80, 2 · 25 · 4 = 200)
 */
export function gini(values: readonly number[], weights?: readonly number[]): number {
	return giniOf(distribution(values, weights));
}

/**
 * Gini with the small-sample correction n/(n − 1), unweighted only, as R's `ineq::Gini(x, corr =
 * TRUE)` reports it; with it a single rich unit among n scores 1. Needs two values.
 * @example giniCorrected([1, 2, 3, 4, 10]) → 0.5 (0.4 · 5/4)
 */
export function giniCorrected(values: readonly number[]): number {
	const d = distribution(values);
	const n = values.length;
	if (n < 2) throw new DisparityError('the corrected Gini needs at least two values');
	return (giniOf(d) * n) / (n - 1);
}

/**
 * Concentration index: one minus twice the area under the concentration curve, units ranked
 * ascending by `rankBy` rather than by the value itself, population-weighted when weights are
 * given. Between −1 and 1; positive when the value is concentrated among units ranked high (ties on
 * `rankBy` take their average position). Ranked by the value itself it is the Gini.
 *
 * Source: Kakwani, Wagstaff & van Doorslaer (1997), "Socioeconomic inequalities in health:
 * measurement, computation, and statistical inference", Journal of Econometrics 77(1).
 * @example concentrationIndex([2, 3, 5, 8], [30, 20, 90, 60], [40, 30, 20, 10]) → 0.1628571429
 */
export function concentrationIndex(
	values: readonly number[],
	rankBy: readonly number[],
	weights?: readonly number[]
): number {
	const d = distribution(values, weights);
	checkRanking(values, rankBy);
	return areaIndex(curveOf(d, rankBy));
}
