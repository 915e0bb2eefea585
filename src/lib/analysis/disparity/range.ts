/**
 * Range and max/min ratio (docs/methodology.md section 5, `max_min_ratio`). Both ignore population
 * weights: they describe the extreme units, whatever their size.
 */
import { checkValues, DisparityError } from './weights.ts';

// A loop rather than Math.max(...values), which overflows the stack on very long arrays.
function extremes(values: readonly number[]): { min: number; max: number } {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return { min, max };
}

/**
 * max − min.
 * @example range([1, 2, 3, 4, 10]) → 9
 */
export function range(values: readonly number[]): number {
	checkValues(values);
	const { min, max } = extremes(values);
	return max - min;
}

/**
 * max / min. When the smallest value is 0 (and the largest is not) the ratio is +Infinity, returned
 * as such: it is the true limit, and callers that serialise to JSON must decide how to show it
 * (`JSON.stringify(Infinity)` gives `null`). Every value 0 is refused (0/0).
 * @example maxMinRatio([1, 2, 3, 4, 10]) → 10; maxMinRatio([0, 5]) → Infinity
 */
export function maxMinRatio(values: readonly number[]): number {
	checkValues(values);
	const { min, max } = extremes(values);
	if (max === 0) throw new DisparityError('every value is 0: the max/min ratio is undefined');
	return max / min;
}
