/**
 * Outlier treatment for continuous indicators, JRC/COINr rule (docs/methodology.md section 3.2):
 * winsorise while |skewness| > 2 **and** excess kurtosis > 3.5.
 */
import { isPresent, present, type Cell, type Column } from './matrix.ts';

/**
 * Sample skewness, "type 2" (bias-adjusted; SAS, SPSS, Excel SKEW, R e1071 type 2):
 * G1 = √(n(n − 1)) / (n − 2) · m3 / m2^{3/2}, with m_k = Σ(x − x̄)^k / n (Joanes & Gill 1998).
 * Missing values are skipped; `NaN` when n < 3 or the values are constant.
 * @example skewness([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]) → 3.063241
 */
export function skewness(values: Column): number {
	const { n, m2, m3 } = moments(values);
	if (n < 3 || m2 === 0) return NaN;
	return ((Math.sqrt(n * (n - 1)) / (n - 2)) * m3) / m2 ** 1.5;
}

/**
 * Sample excess kurtosis, "type 2" (SAS, SPSS, Excel KURT, R e1071 type 2):
 * G2 = ((n + 1) g2 + 6) (n − 1) / ((n − 2)(n − 3)), with g2 = m4 / m2² − 3 (Joanes & Gill 1998).
 * Missing values are skipped; `NaN` when n < 4 or the values are constant.
 * @example kurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]) → 9.741391
 */
export function kurtosis(values: Column): number {
	const { n, m2, m4 } = moments(values);
	if (n < 4 || m2 === 0) return NaN;
	const g2 = m4 / m2 ** 2 - 3;
	return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

function moments(values: Column): { n: number; m2: number; m3: number; m4: number } {
	const xs = present(values);
	const n = xs.length;
	const mean = xs.reduce((s, x) => s + x, 0) / n;
	let m2 = 0;
	let m3 = 0;
	let m4 = 0;
	for (const x of xs) {
		const d = x - mean;
		m2 += d * d;
		m3 += d ** 3;
		m4 += d ** 4;
	}
	// Constant data: report zero spread exactly instead of rounding noise around the mean.
	if (xs.every((x) => x === xs[0])) m2 = 0;
	return { n, m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

export interface OutlierOptions {
	/** Treat only while |skewness| exceeds this (JRC default 2). */
	skew?: number;
	/** … and excess kurtosis exceeds this (JRC default 3.5). */
	kurtosis?: number;
	/** Most winsorisation steps (JRC/COINr default 5); ties at the extreme move together in one step. */
	maxSteps?: number;
}

export interface WinsorisedPoint {
	index: number;
	from: number;
	to: number;
}

export interface OutlierReport {
	treated: boolean;
	/** One entry per changed unit: original value and final value, in index order. */
	points: WinsorisedPoint[];
	/** Winsorisation steps taken (≤ maxSteps). */
	steps: number;
	skewBefore: number;
	kurtosisBefore: number;
	skewAfter: number;
	kurtosisAfter: number;
}

/**
 * Winsorise one extreme at a time, as COINr does: while |skew| > 2 and kurtosis > 3.5, take the tail the
 * skew points to and set its most extreme value (every unit tied at it) to the next distinct value in
 * from that tail; recompute and repeat, at most `maxSteps` (5) times. The cap follows JRC practice: if
 * five steps are not enough the indicator needs a transformation (e.g. log), not more clipping, and the
 * report then shows skewAfter/kurtosisAfter still above the thresholds. Missing cells stay missing.
 * Returns a copy; the input is not changed.
 * @example treatOutliers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100])
 *   → values […, 30, 30], report { treated: true, points: [{ index: 11, from: 100, to: 30 }], steps: 1,
 *     skewBefore: 3.063241, kurtosisBefore: 9.741391, skewAfter: 1.712038, kurtosisAfter: 1.815781 }
 */
export function treatOutliers(
	values: Column,
	options: OutlierOptions = {}
): { values: Cell[]; report: OutlierReport } {
	const { skew: maxSkew = 2, kurtosis: maxKurtosis = 3.5, maxSteps = 5 } = options;
	const out: Cell[] = [...values];
	const skewBefore = skewness(out);
	const kurtosisBefore = kurtosis(out);
	let s = skewBefore;
	let k = kurtosisBefore;
	let steps = 0;
	for (; steps < maxSteps && Math.abs(s) > maxSkew && k > maxKurtosis; steps++) {
		const xs = [...new Set(present(out))].sort((a, b) => (s > 0 ? b - a : a - b));
		if (xs.length < 2) break;
		const [extreme, next] = xs;
		out.forEach((v, index) => {
			if (isPresent(v) && v === extreme) out[index] = next;
		});
		s = skewness(out);
		k = kurtosis(out);
	}
	const points: WinsorisedPoint[] = [];
	values.forEach((from, index) => {
		const to = out[index];
		if (isPresent(from) && isPresent(to) && to !== from) points.push({ index, from, to });
	});
	return {
		values: out,
		report: {
			treated: points.length > 0,
			points,
			steps,
			skewBefore,
			kurtosisBefore,
			skewAfter: s,
			kurtosisAfter: k
		}
	};
}
