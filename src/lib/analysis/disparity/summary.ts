/**
 * Every disparity measure at once, over one set of units: what the `disparity` export computes
 * (docs/methodology.md section 5), once unweighted and once population-weighted.
 */
import { cvOf } from './cv.ts';
import { theilDecompositionOf } from './decomposition.ts';
import { giniOf } from './gini.ts';
import { maxMinRatio, range } from './range.ts';
import { theilLOf, theilTOf } from './theil.ts';
import { distribution } from './weights.ts';

/** Keys are the `measure` names of the `disparity` export where it has one. */
export interface DisparitySummary {
	n: number;
	/** μ = Σ p_i x_i (the plain mean unweighted). */
	mean: number;
	/** max − min (weights ignored). */
	range: number;
	/** max / min (weights ignored); Infinity when the smallest value is 0. */
	max_min_ratio: number;
	cv: number;
	gini: number;
	theil_t: number;
	/** Infinity when any value is 0. */
	theil_l: number;
	/** The decomposition parts are null when no groups were given. */
	theil_t_between: number | null;
	theil_t_within: number | null;
	theil_l_between: number | null;
	theil_l_within: number | null;
}

export interface DisparityOptions {
	/** Population (or any size) per unit; omitted, every unit counts 1/n. */
	weights?: readonly number[];
	/** Group per unit (zone4 or zone3) for the between/within decomposition. */
	groups?: readonly string[];
}

/**
 * All measures over `values`, validated once; see `cv`, `gini`, `theilT`, `theilL`,
 * `theilDecomposition`, `range` and `maxMinRatio` for definitions and sources. Unweighted with
 * zone4 groups, its `cv`, `gini`, `theil_t`, `theil_l`, `theil_t_between`, `theil_t_within` and
 * `max_min_ratio` are the `disparity` export's rows. Throws `DisparityError` on invalid input
 * (empty, NaN, negative, every value 0, mismatched lengths, weights summing to 0).
 * @example disparitySummary([1, 2, 3, 4, 10])
 *   → { n: 5, mean: 4, range: 9, max_min_ratio: 10, cv: 0.79057, gini: 0.4, theil_t: 0.27636,
 *       theil_l: 0.29017, theil_t_between: null, theil_t_within: null, theil_l_between: null, theil_l_within: null }
 */
export function disparitySummary(
	values: readonly number[],
	options: DisparityOptions = {}
): DisparitySummary {
	const d = distribution(values, options.weights);
	const parts = options.groups === undefined ? null : theilDecompositionOf(d, options.groups);
	return {
		n: values.length,
		mean: d.mean,
		range: range(values),
		max_min_ratio: maxMinRatio(values),
		cv: cvOf(d),
		gini: giniOf(d),
		theil_t: theilTOf(d),
		theil_l: theilLOf(d),
		theil_t_between: parts?.theilT.between ?? null,
		theil_t_within: parts?.theilT.within ?? null,
		theil_l_between: parts?.theilL.between ?? null,
		theil_l_within: parts?.theilL.within ?? null
	};
}
