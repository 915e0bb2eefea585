import { describe, expect, it } from 'vitest';
import { olsFit } from './ols.ts';

describe('olsFit', () => {
	it('fits the line of least squares with its classic standard errors', () => {
		// By hand: x̄ = 2.5, ȳ = 4.75, Sxx = 5, Sxy = 9.5, residuals 0.1 0.2 −0.7 0.4, RSS = 0.7, TSS = 18.75.
		const fit = olsFit([1, 2, 3, 4], [2, 4, 5, 8])!;
		expect(fit.n).toBe(4);
		expect(fit.slope).toBeCloseTo(1.9, 14);
		expect(fit.intercept).toBeCloseTo(0, 14);
		expect(fit.slopeSe).toBeCloseTo(Math.sqrt(0.35 / 5), 14);
		expect(fit.interceptSe).toBeCloseTo(Math.sqrt(0.35 * (1 / 4 + 6.25 / 5)), 14);
		expect(fit.t).toBeCloseTo(1.9 / Math.sqrt(0.07), 12);
		expect(fit.rSquared).toBeCloseTo(1 - 0.7 / 18.75, 14);
	});

	it('gives an exact line a standard error of 0 and no t', () => {
		const fit = olsFit([1, 2, 3], [3, 5, 7])!;
		expect([fit.slope, fit.intercept, fit.slopeSe, fit.rSquared]).toEqual([2, 1, 0, 1]);
		expect(fit.t).toBeNull();
	});

	it('has no R² when y is constant', () => {
		expect(olsFit([1, 2, 3], [4, 4, 4])!.rSquared).toBeNull();
	});

	it('fits nothing without two points or a varying x, and refuses unequal lengths', () => {
		expect(olsFit([1], [2])).toBeNull();
		expect(olsFit([2, 2, 2], [1, 2, 3])).toBeNull();
		expect(() => olsFit([1, 2], [1])).toThrow(RangeError);
	});
});
