/**
 * Simple linear regression by ordinary least squares, y = a + b x + e, with the classic (not
 * heteroskedasticity-robust) standard errors — what R's `summary(lm(y ~ x))` reports. Used by the
 * β-convergence regression (convergence.ts, docs/methodology.md section 5.1).
 */

export interface OlsFit {
	n: number;
	intercept: number;
	slope: number;
	/** √(s² / Sxx), s² = RSS / (n − 2); null with fewer than three points (no residual degree of freedom). */
	slopeSe: number | null;
	/** √(s² (1/n + x̄² / Sxx)); null with fewer than three points. */
	interceptSe: number | null;
	/** slope / slopeSe; null when the standard error is null or 0. */
	t: number | null;
	/** 1 − RSS / TSS; null when y does not vary. */
	rSquared: number | null;
}

/**
 * Fits y on x. Sums are taken about the means (not Σx² − n x̄²), which keeps the figures to the
 * last digits R's QR decomposition gives. Null when there are fewer than two points or x does not
 * vary (no slope can be fitted).
 * @example olsFit([1, 2, 3, 4], [2, 4, 5, 8]) → intercept 0, slope 1.9, R² 0.9627…
 */
export function olsFit(x: readonly number[], y: readonly number[]): OlsFit | null {
	const n = x.length;
	if (n !== y.length) throw new RangeError(`x has ${n} values and y ${y.length}`);
	if (n < 2) return null;
	const mx = mean(x);
	const my = mean(y);
	let sxx = 0;
	let sxy = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = x[i] - mx;
		const dy = y[i] - my;
		sxx += dx * dx;
		sxy += dx * dy;
		syy += dy * dy;
	}
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	const intercept = my - slope * mx;
	let rss = 0;
	for (let i = 0; i < n; i++) rss += (y[i] - intercept - slope * x[i]) ** 2;
	const s2 = n > 2 ? rss / (n - 2) : null;
	const slopeSe = s2 === null ? null : Math.sqrt(s2 / sxx);
	const interceptSe = s2 === null ? null : Math.sqrt(s2 * (1 / n + (mx * mx) / sxx));
	return {
		n,
		intercept,
		slope,
		slopeSe,
		interceptSe,
		t: slopeSe ? slope / slopeSe : null,
		rSquared: syy === 0 ? null : 1 - rss / syy
	};
}

/** Mean by a second pass over the deviations, as R's `mean` does: exact to the last bit more often. */
function mean(values: readonly number[]): number {
	const first = values.reduce((s, v) => s + v, 0) / values.length;
	return first + values.reduce((s, v) => s + (v - first), 0) / values.length;
}
