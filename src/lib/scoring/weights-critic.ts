/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas &
 * Papayannakis 1995, Computers & Operations Research 22(7)): an indicator weighs more when it varies
 * more (contrast) and agrees less with the others (conflict).
 */
import { isPresent, pearson, present, sampleSd, type Cell, type Column, type Columns } from './matrix.ts';

/** Min–max onto [0, 1] over the values present; constant columns become 0, missing cells stay. */
function minMax(values: Column): Cell[] {
	// A loop, not Math.min(...xs): spreading a million values overflows the call stack.
	let lo = Infinity;
	let hi = -Infinity;
	for (const x of present(values)) {
		if (x < lo) lo = x;
		if (x > hi) hi = x;
	}
	return Array.from(values, (v: Cell) => (isPresent(v) ? (hi > lo ? (v - lo) / (hi - lo) : 0) : v));
}

/**
 * Information content C_j = σ_j Σ_k (1 − r_jk) per column, where σ_j is the sample standard deviation
 * (n − 1) of the min–max normalised column over its values present and r_jk the pairwise-complete
 * Pearson correlation. An undefined r (constant column, fewer than 3 shared units) counts as 0, i.e.
 * no redundancy; an undefined σ (fewer than 2 values) as 0.
 * @example criticInformation([[0, 1, 2, 3], [0, 2, 1, 3], [3, 0, 0, 3]])
 *   → σ = [√(5/27), √(5/27), √(1/3)], r_AB = 0.8, r_AC = r_BC = 0 → [1.2·0.43033, 1.2·0.43033, 2·0.57735]
 */
export function criticInformation(columns: Columns): number[] {
	const sigma = columns.map((c) => sampleSd(minMax(c)) || 0);
	return columns.map((cj, j) => {
		let conflict = 0;
		columns.forEach((ck, k) => {
			if (k !== j) conflict += 1 - (pearson(cj, ck) || 0);
		});
		return sigma[j] * conflict;
	});
}

/**
 * CRITIC weights w_j = C_j / Σ_k C_k for a columns-first matrix (`matrix.ts`). Any linear rescaling
 * of a column (0–100 goalposts without clipping, z-scores) leaves the weights unchanged, since σ is
 * taken after min–max scaling and r is scale-free.
 * Fallback: equal weights 1/k when every C_j is 0 (all columns constant, or a single column).
 * @example criticWeights([[0, 1, 2, 3], [0, 2, 1, 3], [3, 0, 0, 3]]) → [0.236068, 0.236068, 0.527864]
 */
export function criticWeights(columns: Columns): number[] {
	const c = criticInformation(columns);
	const total = c.reduce((s, x) => s + x, 0);
	if (!(total > 0)) return columns.map(() => 1 / columns.length);
	return c.map((x) => x / total);
}
