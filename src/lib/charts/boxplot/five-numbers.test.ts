import { describe, expect, it } from 'vitest';
import { fiveNumbers, quantile7 } from './five-numbers.ts';

describe('fiveNumbers (type 7 quartiles)', () => {
	// Expected values as R's quantile(x, type = 7) / NumPy's percentile(method="linear") give them.
	it.each([
		{ values: [7, 1, 3, 5], expected: { min: 1, q1: 2.5, median: 4, q3: 5.5, max: 7 } },
		{ values: [1, 2, 3, 4, 5], expected: { min: 1, q1: 2, median: 3, q3: 4, max: 5 } },
		{ values: [42], expected: { min: 42, q1: 42, median: 42, q3: 42, max: 42 } },
		{ values: [10, 20], expected: { min: 10, q1: 12.5, median: 15, q3: 17.5, max: 20 } },
		{
			values: [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49],
			expected: { min: 6, q1: 25.5, median: 40, q3: 42.5, max: 49 }
		},
		{ values: [3, NaN, 1, Infinity, 2], expected: { min: 1, q1: 1.5, median: 2, q3: 2.5, max: 3 } }
	])('$values', ({ values, expected }) => {
		expect(fiveNumbers(values)).toEqual(expected);
	});

	it('is null without values', () => {
		expect(fiveNumbers([])).toBeNull();
		expect(fiveNumbers([NaN])).toBeNull();
	});

	it('does not reorder its input', () => {
		const values = [3, 1, 2];
		fiveNumbers(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('quantile7', () => {
	it.each([
		[0, 1],
		[0.25, 1.75],
		[0.5, 2.5],
		[0.9, 3.7],
		[1, 4]
	])('p = %f of [1, 2, 3, 4] → %f', (p, q) => {
		expect(quantile7([1, 2, 3, 4], p)).toBeCloseTo(q, 12);
	});
});
