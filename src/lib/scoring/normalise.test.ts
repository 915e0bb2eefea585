import { describe, expect, it } from 'vitest';
import { goalposts, minmax, normalise, rank, zscore } from './normalise.ts';

describe('minmax', () => {
	it('maps D1 onto 0–100 as COINr does (data/reference/inequality-test-vectors.md)', () => {
		const expected = [0, 11.11111111, 22.22222222, 33.33333333, 100];
		minmax([1, 2, 3, 4, 10]).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 8));
	});
	it('keeps missing values missing and scores a constant column 100', () => {
		expect(minmax([NaN, 5, 5])).toEqual([NaN, 100, 100]);
	});
});

describe('goalposts', () => {
	it.each([
		[15, 0, 20, false, 75],
		[25, 0, 20, false, 100],
		[-1, 0, 20, false, 0],
		[3, 0, 7, false, (100 * 3) / 7],
		[15, 0, 20, true, 25]
	])('goalposts(%d, %d, %d, negative=%s) = %d', (x, lo, hi, neg, expected) => {
		expect(goalposts(x, lo, hi, neg)).toBeCloseTo(expected, 12);
	});
});

describe('zscore and rank', () => {
	it('rescales z-scores as 50 + 10z, clamped', () => {
		const z = zscore([1, 2, 3]);
		const sd = Math.sqrt(2 / 3);
		expect(z[0]).toBeCloseTo(50 - 10 / sd, 12);
		expect(z[1]).toBe(50);
		expect(zscore([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100])[25]).toBe(
			100
		);
	});
	it('gives percentile ranks with ties at their average rank', () => {
		expect(rank([10, 20, 20, 40, NaN])).toEqual([0, 50, 50, 100, NaN]);
		expect(rank([7])).toEqual([100]);
	});
	it('flips data-driven methods for negative indicators', () => {
		expect(normalise('minmax', [0, 5, 10], [0, 1], true)).toEqual([100, 50, 0]);
	});
});
