import { describe, expect, it } from 'vitest';
import { concentrationIndex, gini } from './gini.ts';
import { concentrationCurve, lorenzCurve, type CurvePoint } from './lorenz.ts';

const close = (actual: CurvePoint[], expected: [number, number][]) => {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((point, k) => {
		expect(point.population).toBeCloseTo(expected[k][0], 12);
		expect(point.value).toBeCloseTo(expected[k][1], 12);
	});
};

describe('lorenzCurve', () => {
	it('D1 unweighted, sorted ascending from (0, 0) to (1, 1)', () => {
		close(lorenzCurve([10, 1, 4, 3, 2]), [
			[0, 0],
			[0.2, 0.05],
			[0.4, 0.15],
			[0.6, 0.3],
			[0.8, 0.5],
			[1, 1]
		]);
	});
	it('D2 population-weighted', () => {
		close(lorenzCurve([2, 3, 5, 8], [40, 30, 20, 10]), [
			[0, 0],
			[0.4, 0.8 / 3.5],
			[0.7, 1.7 / 3.5],
			[0.9, 2.7 / 3.5],
			[1, 1]
		]);
	});
	it('ends exactly at (1, 1)', () => {
		expect(lorenzCurve([0.1, 0.7, 0.2], [3, 1, 7]).at(-1)).toEqual({ population: 1, value: 1 });
	});
	it('merges tied values into one point', () => {
		close(lorenzCurve([1, 3, 3]), [
			[0, 0],
			[1 / 3, 1 / 7],
			[1, 1]
		]);
	});
});

describe('concentration curve and index', () => {
	it('D2 curve ranked by GDP per capita', () => {
		close(concentrationCurve([2, 3, 5, 8], [30, 20, 90, 60], [40, 30, 20, 10]), [
			[0, 0],
			[0.3, 0.9 / 3.5],
			[0.7, 1.7 / 3.5],
			[0.8, 2.5 / 3.5],
			[1, 1]
		]);
	});
	it('ranked by the value itself is the Gini', () => {
		const x = [2, 3, 5, 8];
		expect(concentrationIndex(x, x, [40, 30, 20, 10])).toBeCloseTo(gini(x, [40, 30, 20, 10]), 15);
	});
	it('is negative when the value favours units ranked low', () => {
		expect(concentrationIndex([2, 3, 5, 8], [4, 3, 2, 1])).toBeCloseTo(-gini([2, 3, 5, 8]), 15);
	});
	it('gives tied ranks their average position (all tied → 0)', () => {
		expect(concentrationIndex([1, 2, 9], [5, 5, 5])).toBeCloseTo(0, 15);
		expect(concentrationIndex([1, 9, 2], [1, 2, 2])).toBeCloseTo(
			concentrationIndex([1, 2, 9], [1, 2, 2]),
			15
		);
	});
	it('accepts a negative ranking variable', () => {
		expect(concentrationIndex([1, 2, 3], [-3, -2, -1])).toBeCloseTo(gini([1, 2, 3]), 15);
	});
});
