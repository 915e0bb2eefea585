/**
 * Entropy weight method (熵权法), docs/methodology.md section 3.4: indicators whose values differ more
 * across units carry more information and get more weight.
 */
import { isConstant, present, type Column, type Columns } from './matrix.ts';

/**
 * Divergence d_j = 1 − e_j of one column, over the n values present (Shannon entropy, as used in the
 * Chinese entropy-weight literature):
 * p_i = x_i / Σ x_i, e = −(1 / ln n) Σ p_i ln p_i with 0 ln 0 = 0, d = 1 − e.
 * Each column uses its own n, so e stays in [0, 1] when columns have different missing cells.
 * A column with fewer than 2 values, a zero sum, or constant values gives 0 (no information).
 * Throws on negative values: normalise first (0–100 or min–max).
 * @example entropyDivergence([0, 1]) → 1 (p = 0, 1; e = 0); entropyDivergence([1, 3]) → 1 − 0.811278 = 0.188722
 */
export function entropyDivergence(values: Column): number {
	const xs = present(values);
	const n = xs.length;
	if (xs.some((x) => x < 0)) throw new RangeError('entropy weights need non-negative (normalised) data');
	const sum = xs.reduce((s, x) => s + x, 0);
	if (n < 2 || sum === 0 || isConstant(xs)) return 0;
	let h = 0;
	for (const x of xs) {
		const p = x / sum;
		if (p > 0) h -= p * Math.log(p);
	}
	// Near-uniform columns can round to e slightly above 1.
	return Math.max(0, 1 - h / Math.log(n));
}

/**
 * Entropy weights w_j = d_j / Σ_k d_k for a columns-first matrix of normalised, non-negative indicators
 * (0–100 or min–max scaled; see `matrix.ts` for the layout and missing cells).
 * Fallback: when no column carries information (all d_j = 0, e.g. every column constant) the weights
 * are equal, 1/k, rather than 0/0.
 * @example entropyWeights([[0, 1], [1, 3], [2, 2]]) → d = [1, 0.188722, 0] → [0.841237, 0.158763, 0]
 */
export function entropyWeights(columns: Columns): number[] {
	const d = columns.map(entropyDivergence);
	const total = d.reduce((s, x) => s + x, 0);
	if (total === 0) return columns.map(() => 1 / columns.length);
	return d.map((x) => x / total);
}
