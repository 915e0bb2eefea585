import { describe, expect, it } from 'vitest';
import { createRng, mulberry32 } from './random.ts';

// Monte Carlo checks use N = 20 000 draws and a tolerance of 5 standard errors (σ/√N): a correct
// sampler would miss it with probability < 1e-6, and each seed is fixed, so the tests are stable.
const N = 20_000;
const draws = (n: number, f: () => number) => Array.from({ length: n }, f);
const meanOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const varOf = (xs: number[]) => {
	const m = meanOf(xs);
	return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('mulberry32 and createRng', () => {
	it('is deterministic per seed and differs between seeds', () => {
		const sample = (seed: number) => {
			const rng = createRng(seed);
			return [rng.uniform(), rng.normal(), rng.gamma(2), ...rng.dirichlet([1, 2, 3]), rng.gamma(0.5)];
		};
		expect(sample(7)).toEqual(sample(7));
		expect(sample(7)).not.toEqual(sample(8));
		expect(draws(5, mulberry32(123))).toEqual(draws(5, mulberry32(123)));
	});

	it('matches the canonical JavaScript mulberry32 (seed 42)', () => {
		expect(draws(3, mulberry32(42))).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
	});

	it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
		const xs = draws(N, mulberry32(1));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(Math.abs(meanOf(xs) - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
		expect(varOf(xs)).toBeCloseTo(1 / 12, 2);
	});

	it('draws normals with the requested mean and sd', () => {
		const rng = createRng(2);
		const xs = draws(N, () => rng.normal(10, 3));
		expect(Math.abs(meanOf(xs) - 10)).toBeLessThan(5 * (3 / Math.sqrt(N)));
		// SE of the sample sd ≈ σ/√(2N).
		expect(Math.abs(Math.sqrt(varOf(xs)) - 3)).toBeLessThan(5 * (3 / Math.sqrt(2 * N)));
	});

	it.each([0.3, 1, 2.5, 10])('gamma(%s) has mean ≈ shape and variance ≈ shape', (shape) => {
		const rng = createRng(3);
		const xs = draws(N, () => rng.gamma(shape));
		expect(xs.every((x) => x >= 0)).toBe(true);
		expect(Math.abs(meanOf(xs) - shape)).toBeLessThan(5 * Math.sqrt(shape / N));
		expect(varOf(xs) / shape).toBeGreaterThan(0.9);
		expect(varOf(xs) / shape).toBeLessThan(1.1);
	});

	it('scales gamma draws', () => {
		const rng = createRng(4);
		expect(Math.abs(meanOf(draws(N, () => rng.gamma(2, 5))) - 10)).toBeLessThan(5 * Math.sqrt(50 / N));
	});

	it.each([
		[[1, 2, 3]],
		[[0.5, 0.5]],
		// Base weights (0.2, 0.3, 0.5) at concentration 40.
		[[8, 12, 20]]
	])('dirichlet(%j) sums to 1 and its mean approaches alpha / Σ alpha', (alpha) => {
		const rng = createRng(5);
		const samples = draws(N, () => 0).map(() => rng.dirichlet(alpha));
		expect(samples.every((s) => Math.abs(s.reduce((a, b) => a + b, 0) - 1) < 1e-12)).toBe(true);
		expect(samples.every((s) => s.every((x) => x >= 0))).toBe(true);
		const a0 = alpha.reduce((s, a) => s + a, 0);
		alpha.forEach((a, i) => {
			const m = a / a0;
			const se = Math.sqrt((m * (1 - m)) / (a0 + 1) / N);
			expect(Math.abs(meanOf(samples.map((s) => s[i])) - m)).toBeLessThan(5 * se);
		});
	});

	it.each([0, -1, NaN])('rejects gamma shape %s', (shape) => {
		expect(() => createRng(1).gamma(shape)).toThrow(RangeError);
	});
});
