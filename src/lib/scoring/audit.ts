/**
 * Statistical coherence checks for a dimension's indicators (docs/methodology.md section 6.1; OECD/JRC
 * Handbook 2008, Part 2, multivariate analysis): correlations between indicators and Cronbach's alpha.
 */
import { isPresent, pearson, variance, type Columns } from './matrix.ts';

/**
 * Pairwise Pearson correlation matrix of a columns-first matrix (`matrix.ts`): entry [j][k] uses the
 * units where both indicators are present. `NaN` where undefined (fewer than 3 shared units or a
 * constant column), including the diagonal of a constant column; otherwise the diagonal is 1.
 * @example correlationMatrix([[1, 2, 3], [2, 4, 7]]) → [[1, 0.9934], [0.9934, 1]]
 */
export function correlationMatrix(columns: Columns): number[][] {
	const r = columns.map(() => columns.map(() => NaN));
	columns.forEach((cj, j) => {
		for (let k = j; k < columns.length; k++) r[j][k] = r[k][j] = pearson(cj, columns[k]);
	});
	return r;
}

/** Cronbach's alpha with what it was computed on, as `psych::alpha` reports it. */
export interface AlphaResult {
	/** NaN with fewer than 2 items left, fewer than 2 complete units, or zero total variance. */
	alpha: number;
	/** Items used: those not constant over the complete units. */
	items: number;
	/** Units with every item present (listwise). */
	units: number;
	/** Indices of the items dropped because they are constant over the complete units. */
	dropped: number[];
}

/**
 * Cronbach's alpha (Cronbach 1951): α = k / (k − 1) · (1 − Σ_i s²_i / s²_total), where s²_i is the
 * sample variance of item i and s²_total that of the per-unit sum of the k items. Listwise: only units
 * with every item present count, so all variances use the same units. As `psych::alpha` does on the
 * same data, an item constant over those units is dropped (and named) before k is counted: it adds
 * nothing to either variance but would still raise k/(k − 1). Can be negative when items disagree.
 * @example cronbachAlpha([[4, 3, 5, 2, 4], [5, 3, 4, 2, 4], [3, 2, 5, 1, 4]]).alpha
 *   → 3/2 · (1 − (1.3 + 1.3 + 2.5) / 13.2) = 0.920455
 */
export function cronbachAlpha(columns: Columns): AlphaResult {
	const n = columns.length ? Math.min(...columns.map((c) => c.length)) : 0;
	const complete: number[][] = columns.map(() => []);
	for (let i = 0; i < n; i++) {
		if (!columns.every((c) => isPresent(c[i]))) continue;
		columns.forEach((c, j) => complete[j].push(c[i] as number));
	}
	const units = complete[0]?.length ?? 0;
	const dropped = complete.flatMap((c, j) => (units >= 2 && !(variance(c) > 0) ? [j] : []));
	const kept = complete.filter((_, j) => !dropped.includes(j));
	const k = kept.length;
	const result = { alpha: NaN, items: k, units, dropped };
	if (k < 2 || units < 2) return result;
	const totals = kept[0].map((_, i) => kept.reduce((s, c) => s + c[i], 0));
	const totalVariance = variance(totals);
	if (!(totalVariance > 0)) return result;
	const itemVariance = kept.reduce((s, c) => s + variance(c), 0);
	return { ...result, alpha: (k / (k - 1)) * (1 - itemVariance / totalVariance) };
}
