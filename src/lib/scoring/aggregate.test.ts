import { describe, expect, it } from 'vitest';
import { aggregate, arithmetic, geometric } from './aggregate.ts';

describe('aggregation (COINr reference values, data/reference/inequality-test-vectors.md)', () => {
	it('arithmetic of (20, 50, 80) with weights (1, 1, 2) is 57.5', () => {
		expect(arithmetic([20, 50, 80], [1, 1, 2])).toBe(57.5);
	});
	it('geometric of (20, 50, 80) with weights (1, 1, 2) is 50.29733719', () => {
		expect(geometric([20, 50, 80], [1, 1, 2])).toBeCloseTo(50.29733719, 8);
	});
	it('renormalises weights over the values present', () => {
		expect(arithmetic([20, NaN, 80], [1, 1, 2])).toBeCloseTo(60, 12);
		expect(aggregate('geometric', [NaN, 50], [1, 1])).toBeCloseTo(50, 12);
	});
	it('is NaN when nothing is present, and raises zeros to 1 in the geometric mean', () => {
		expect(arithmetic([NaN], [1])).toBeNaN();
		expect(geometric([0, 100], [1, 1])).toBeCloseTo(10, 12);
	});
});

describe('geometric mean bounds', () => {
	it('never leaves the range of its inputs through rounding', () => {
		expect(geometric([100, 100, 100], [0.2, 0.3, 0.5])).toBe(100);
		expect(geometric([100, 100, 100, 100, 100, 100, 100], [1, 2, 3, 4, 5, 6, 7])).toBeLessThanOrEqual(100);
	});
});
