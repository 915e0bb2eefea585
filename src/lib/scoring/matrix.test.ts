import { describe, expect, it } from 'vitest';
import {
	column,
	isConstant,
	isPresent,
	mean,
	pearson,
	populationSd,
	present,
	sampleSd,
	toColumns,
	variance
} from './matrix.ts';

describe('matrix helpers', () => {
	it.each([
		[1, true],
		[0, true],
		[null, false],
		[NaN, false],
		[Infinity, false],
		[undefined, false]
	])('isPresent(%s) → %s', (v, expected) => expect(isPresent(v)).toBe(expected));

	it('extracts and transposes, padding short rows with null', () => {
		const rows = [[1, 2], [3, 4], [5]];
		expect(column(rows, 1)).toEqual([2, 4, null]);
		expect(toColumns(rows)).toEqual([
			[1, 3, 5],
			[2, 4, null]
		]);
		expect(toColumns([])).toEqual([]);
		expect(present([1, null, NaN, 4])).toEqual([1, 4]);
	});

	// Classic example: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5, Σd² = 32 → population sd 2, sample var 32/7.
	const classic = [2, 4, 4, 4, 5, 5, 7, null, 9, NaN];
	it.each([
		['mean', mean(classic), 5],
		['sample variance', variance(classic), 32 / 7],
		['population variance', variance(classic, false), 4],
		['sample sd', sampleSd(classic), Math.sqrt(32 / 7)],
		['population sd', populationSd(classic), 2]
	])('%s over the values present', (_name, actual, expected) => expect(actual).toBeCloseTo(expected, 12));

	it.each([
		['mean of nothing', mean([null, NaN])],
		['sample variance of one value', variance([3])],
		['population variance of nothing', variance([], false)]
	])('%s is NaN', (_name, actual) => expect(actual).toBeNaN());

	it('detects constant columns exactly', () => {
		expect(isConstant([0.1, null, 0.1, 0.1])).toBe(true);
		expect(isConstant([0.1, 0.1000001])).toBe(false);
	});
});

describe('pearson', () => {
	it.each([
		// (1, 2, 3) vs (2, 4, 7): Σdxdy = 5, Σdx² = 2, Σdy² = 114/9.
		['pairwise complete', [1, 2, 3, null, 5], [2, 4, 7, 1, NaN], 5 / Math.sqrt((2 * 114) / 9)],
		['perfect positive', [1, 2, 3, 4], [10, 20, 30, 40], 1],
		['perfect negative', [1, 2, 3, 4], [4, 3, 2, 1], -1],
		// Deviations (−1.5, −0.5, 0.5, 1.5) and (−0.5, 1.5, −1.5, 0.5): Σdxdy = 0.75 − 0.75 − 0.75 + 0.75.
		['uncorrelated', [1, 2, 3, 4], [2, 4, 1, 3], 0]
	])('%s', (_name, x, y, expected) => expect(pearson(x, y)).toBeCloseTo(expected, 12));

	it.each([
		['fewer than 3 pairs', [1, 2, null], [3, 4, 5]],
		['zero variance', [1, 2, 3], [0.1, 0.1, 0.1]],
		['no overlap', [1, 2, 3, null, null, null], [null, null, null, 1, 2, 3]]
	])('is NaN with %s', (_name, x, y) => expect(pearson(x, y)).toBeNaN());
});
