/**
 * Lorenz and concentration curves: units sorted by a ranking variable, cumulative population share
 * against cumulative share of the value.
 */
import { checkLength, distribution, DisparityError, type Distribution } from './weights.ts';

/** One point of a curve: cumulative population share and cumulative value share, both in [0, 1]. */
export interface CurvePoint {
	population: number;
	value: number;
}

/**
 * Curve of `d` with units ranked ascending by `rankBy`, from (0, 0) to (1, 1). Units tied on the
 * ranking variable are merged into one segment, so the curve does not depend on the order they came
 * in (the fractional-rank convention); units with zero weight are left out.
 */
export function curveOf(d: Distribution, rankBy: readonly number[]): CurvePoint[] {
	const order = d.values.map((_, i) => i).filter((i) => d.shares[i] > 0);
	order.sort((a, b) => rankBy[a] - rankBy[b]);
	const cumulative: CurvePoint[] = [{ population: 0, value: 0 }];
	let p = 0;
	let y = 0;
	order.forEach((i, k) => {
		p += d.shares[i];
		y += d.shares[i] * d.values[i];
		if (k === order.length - 1 || rankBy[order[k + 1]] !== rankBy[i])
			cumulative.push({ population: p, value: y });
	});
	// Dividing by the final sums (not by 1 and μ) makes the last point exactly (1, 1).
	return cumulative.map((c) => ({ population: c.population / p, value: c.value / y }));
}

/**
 * Lorenz curve: units sorted ascending by value, weighted by population when weights are given; one
 * point per distinct value, after (0, 0).
 * @example lorenzCurve([1, 2, 3, 4, 10])
 *   → [(0, 0), (0.2, 0.05), (0.4, 0.15), (0.6, 0.3), (0.8, 0.5), (1, 1)] as { population, value }
 */
export function lorenzCurve(values: readonly number[], weights?: readonly number[]): CurvePoint[] {
	return curveOf(distribution(values, weights), values);
}

/** Checks a ranking variable: one finite number per value (it may be negative). */
export function checkRanking(values: readonly number[], rankBy: readonly number[]): void {
	checkLength(values, rankBy, 'ranking values');
	rankBy.forEach((r, i) => {
		if (!Number.isFinite(r)) throw new DisparityError(`rankBy[${i}] is not a finite number`);
	});
}

/**
 * Concentration curve: like the Lorenz curve, but units ranked by another variable `rankBy` (for
 * instance GDP per capita), so the curve shows whether the value favours units ranked high.
 * @example concentrationCurve([2, 3, 5, 8], [30, 20, 90, 60], [40, 30, 20, 10])
 *   → [(0, 0), (0.3, 0.2571), (0.7, 0.4857), (0.8, 0.7143), (1, 1)] as { population, value }
 */
export function concentrationCurve(
	values: readonly number[],
	rankBy: readonly number[],
	weights?: readonly number[]
): CurvePoint[] {
	const d = distribution(values, weights);
	checkRanking(values, rankBy);
	return curveOf(d, rankBy);
}
