import { describe, expect, it } from 'vitest';
import { createRng } from '../scoring/random.ts';
import { choleskyLower, normalMeans } from './bootstrap-normal.ts';
import { RESAMPLE_UP_TO, resampledMeans, summarise } from './bootstrap.ts';

/** n respondents' four scores, interleaved; the composite the mean of the three dimensions (rank 3). */
function stratum(n: number, seed: number): Float64Array {
	const rng = createRng(seed);
	const values = new Float64Array(n * 4);
	for (let i = 0; i < n; i++) {
		const g = Math.min(100, Math.max(0, rng.normal(55, 15)));
		const f = Math.min(100, (rng.uniform() * 100) ** 1.2 / 2.5);
		const a = 0.6 * g + 0.4 * f;
		values.set([g, f, a, (g + f + a) / 3], i * 4);
	}
	return values;
}

const column = (means: Float64Array, m: number) =>
	Array.from({ length: means.length / 4 }, (_, b) => means[b * 4 + m]);

describe('normalMeans', () => {
	it('draws what resampling gives, for a stratum just above RESAMPLE_UP_TO', () => {
		const values = stratum(RESAMPLE_UP_TO + 100, 5);
		const exact = resampledMeans(values, 2000, createRng(1).uniform);
		const rng = createRng(2);
		const normal = normalMeans(values, 2000, () => rng.normal());
		for (let m = 0; m < 4; m++) {
			const e = summarise(column(exact, m));
			const a = summarise(column(normal, m));
			// The Monte Carlo error of 2000 draws: about 1.6 % on a standard error, 0.1 se on an end.
			expect(a.se / e.se).toBeCloseTo(1, 1);
			expect(Math.abs(a.lower - e.lower)).toBeLessThan(0.2 * e.se);
			expect(Math.abs(a.upper - e.upper)).toBeLessThan(0.2 * e.se);
		}
	});

	it('stays at the mean for a constant stratum', () => {
		const values = new Float64Array(4 * 7000).fill(42.5);
		const rng = createRng(3);
		expect(new Set(normalMeans(values, 50, () => rng.normal()))).toEqual(new Set([42.5]));
	});
});

describe('choleskyLower', () => {
	it('factors a singular covariance: L Lᵀ gives it back', () => {
		// Rank 3: the fourth variable is the mean of the first three.
		const base = [
			[4, 1, 0.5],
			[1, 3, 0.2],
			[0.5, 0.2, 2]
		];
		const cov = new Float64Array(16);
		const w = [1 / 3, 1 / 3, 1 / 3];
		for (let a = 0; a < 4; a++)
			for (let b = 0; b < 4; b++) {
				const row = (i: number) =>
					i < 3 ? base[i] : [0, 1, 2].map((j) => w.reduce((s, wk, k) => s + wk * base[k][j], 0));
				cov[a * 4 + b] =
					b < 3 ? row(a)[b] : a < 3 ? row(3)[a] : w.reduce((s, wk, k) => s + wk * row(3)[k], 0);
			}
		const L = choleskyLower(cov);
		for (let a = 0; a < 4; a++)
			for (let b = 0; b <= a; b++) {
				let s = 0;
				for (let k = 0; k < 4; k++) s += L[a * 4 + k] * L[b * 4 + k];
				expect(s).toBeCloseTo(cov[a * 4 + b], 10);
			}
		expect(L[15]).toBe(0);
	});
});
