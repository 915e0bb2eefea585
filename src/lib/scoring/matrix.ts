/**
 * Small statistics helpers shared by the scoring modules (docs/methodology.md section 3).
 *
 * Data convention for the whole `scoring` folder:
 * - an indicator matrix is **columns-first**: `columns[j][i]` is indicator `j` for unit (respondent,
 *   province) `i`, so each indicator is one array and column statistics need no transposing;
 * - a missing cell is `null` or `NaN` (both accepted, see {@link isPresent}); nothing is imputed;
 * - column statistics use the values present in that column; statistics over pairs of columns use
 *   the pairwise-complete units; an undefined statistic is returned as `NaN`, never thrown.
 */

/** One cell: a number, or `null`/`NaN` when missing. */
export type Cell = number | null;
/** One indicator across all units: plain cells, or a Float64Array with NaN for missing (a million units take 8 MB, not 24). */
export type Column = readonly Cell[] | Float64Array;
/** Columns-first indicator matrix: `columns[j][i]`. */
export type Columns = readonly Column[];

/** True for a finite number; `null`, `NaN` and ±Infinity count as missing. */
export function isPresent(v: Cell | undefined): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

/** The values present in a column, in order. @example present([1, null, NaN, 4]) → [1, 4] */
export function present(values: Column): number[] {
	const out: number[] = [];
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (isPresent(v)) out.push(v);
	}
	return out;
}

/**
 * Column `j` of a rows-first matrix (`rows[i][j]`); short rows give `null`.
 * @example column([[1, 2], [3, 4]], 1) → [2, 4]
 */
export function column(rows: readonly Column[], j: number): Cell[] {
	return rows.map((row) => row[j] ?? null);
}

/** Rows-first → columns-first. @example toColumns([[1, 2], [3, 4]]) → [[1, 3], [2, 4]] */
export function toColumns(rows: readonly Column[]): Cell[][] {
	const width = Math.max(0, ...rows.map((r) => r.length));
	return Array.from({ length: width }, (_, j) => column(rows, j));
}

/** Arithmetic mean of the values present; `NaN` when none. @example mean([1, null, 3]) → 2 */
export function mean(values: Column): number {
	const xs = present(values);
	if (xs.length === 0) return NaN;
	let s = 0;
	for (const x of xs) s += x;
	return s / xs.length;
}

/**
 * Variance of the values present: Σ(x − x̄)² / (n − 1) for the sample (default), / n for the
 * population. `NaN` when n < 2 (sample) or n < 1 (population).
 * @example variance([2, 4, 4, 4, 5, 5, 7, 9]) → 32/7 ≈ 4.5714; variance(…, false) → 4
 */
export function variance(values: Column, sample = true): number {
	const xs = present(values);
	const n = xs.length;
	if (n < (sample ? 2 : 1)) return NaN;
	const m = mean(xs);
	let ss = 0;
	for (const x of xs) ss += (x - m) ** 2;
	return ss / (sample ? n - 1 : n);
}

/** Sample standard deviation (n − 1). @example sampleSd([2, 4, 4, 4, 5, 5, 7, 9]) → √(32/7) ≈ 2.138 */
export function sampleSd(values: Column): number {
	return Math.sqrt(variance(values, true));
}

/** Population standard deviation (n). @example populationSd([2, 4, 4, 4, 5, 5, 7, 9]) → 2 */
export function populationSd(values: Column): number {
	return Math.sqrt(variance(values, false));
}

/**
 * True when every present value is the same (or none is present). Compares values rather than testing
 * the variance against 0, which rounding in the mean can miss. @example isConstant([0.1, null, 0.1]) → true
 */
export function isConstant(values: Column): boolean {
	const xs = present(values);
	return xs.every((x) => x === xs[0]);
}

/**
 * Pearson's r over the pairwise-complete units (both cells present):
 * r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), means taken over those pairs.
 * `NaN` with fewer than 3 pairs or when either side has zero variance.
 * @example pearson([1, 2, 3, null], [2, 4, 7, 1]) → 0.9934
 */
export function pearson(x: Column, y: Column): number {
	// Two passes over the pairs, in order, with nothing copied: columns of a million units are read
	// in place, and the sums are those of the pairs' arrays (same order, same rounding).
	const n = Math.min(x.length, y.length);
	let pairs = 0;
	let sx = 0;
	let sy = 0;
	let x0 = NaN;
	let y0 = NaN;
	let xConstant = true;
	let yConstant = true;
	for (let i = 0; i < n; i++) {
		const a = x[i];
		const b = y[i];
		if (!isPresent(a) || !isPresent(b)) continue;
		if (pairs === 0) {
			x0 = a;
			y0 = b;
		} else {
			if (a !== x0) xConstant = false;
			if (b !== y0) yConstant = false;
		}
		sx += a;
		sy += b;
		pairs++;
	}
	if (pairs < 3) return NaN;
	const mx = sx / pairs;
	const my = sy / pairs;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const a = x[i];
		const b = y[i];
		if (!isPresent(a) || !isPresent(b)) continue;
		sxy += (a - mx) * (b - my);
		sxx += (a - mx) ** 2;
		syy += (b - my) ** 2;
	}
	if (xConstant || yConstant) return NaN;
	// Rounding can push |r| a hair past 1 for perfectly collinear data.
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
