import { describe, expect, it } from 'vitest';
import { criticInformation, criticWeights } from './weights-critic.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('criticWeights', () => {
	const a = [0, 1, 2, 3];
	const b = [0, 2, 1, 3];
	const c = [3, 0, 0, 3];
	// Longhand. Min–max: a, b → {0, 1/3, 2/3, 1} (mean 1/2), c → (1, 0, 0, 1) (mean 1/2).
	const sigmaA = Math.sqrt(((0 - 0.5) ** 2 + (1 / 3 - 0.5) ** 2 + (2 / 3 - 0.5) ** 2 + (1 - 0.5) ** 2) / 3);
	const sigmaC = Math.sqrt(((1 - 0.5) ** 2 * 2 + (0 - 0.5) ** 2 * 2) / 3);
	// Deviations of a: (−1.5, −0.5, 0.5, 1.5); b: (−1.5, 0.5, −0.5, 1.5); c: (1.5, −1.5, −1.5, 1.5).
	// r_ab = (2.25 − 0.25 − 0.25 + 2.25) / 5 = 0.8; r_ac = (−2.25 + 0.75 − 0.75 + 2.25) / … = 0; r_bc = 0.
	const cA = sigmaA * (1 - 0.8 + (1 - 0));
	const cC = sigmaC * (1 - 0 + (1 - 0));

	it('matches the formula written out by hand', () => {
		expect(sigmaA).toBeCloseTo(Math.sqrt(5 / 27), 12);
		const info = criticInformation([a, b, c]);
		[cA, cA, cC].forEach((expected, j) => expect(info[j]).toBeCloseTo(expected, 12));
		const w = criticWeights([a, b, c]);
		const total = 2 * cA + cC;
		[cA / total, cA / total, cC / total].forEach((expected, j) => expect(w[j]).toBeCloseTo(expected, 12));
		expect(w[2]).toBeCloseTo(0.527864, 6);
		expect(sum(w)).toBeCloseTo(1, 12);
	});

	it('gives a constant column weight 0', () => {
		const w = criticWeights([a, c, [5, 5, 5, 5]]);
		expect(w[2]).toBe(0);
		expect(sum(w)).toBeCloseTo(1, 12);
	});

	it('gives a duplicated (redundant) column less weight than an independent one', () => {
		// a and 2a + 1 are perfectly correlated; (1, 3, 0, 2) is a permutation of a (same σ) with r = 0
		// against both, so C = σ·(0 + 1), σ·(0 + 1), σ·(1 + 1) → 1/4, 1/4, 1/2.
		const w = criticWeights([a, a.map((x) => 2 * x + 1), [1, 3, 0, 2]]);
		[0.25, 0.25, 0.5].forEach((expected, j) => expect(w[j]).toBeCloseTo(expected, 12));
	});

	it('gives a more dispersed column more weight when correlations are equal', () => {
		// With two columns the conflict term 1 − r is shared, so w ∝ σ after min–max:
		// (0, 0, 1, 1) has σ = √(1/3), (0, ½, ½, 1) has σ = √(1/6) → weights √2 : 1.
		const [spread, bunched] = criticWeights([
			[0, 0, 10, 10],
			[0, 5, 5, 10]
		]);
		expect(spread / bunched).toBeCloseTo(Math.SQRT2, 12);
	});

	it('is unchanged by linear rescaling and uses the values present', () => {
		const base = criticWeights([a, b, c]);
		const scaled = criticWeights([a.map((x) => 100 * x), b.map((x) => x / 3 + 7), c]);
		scaled.forEach((w, j) => expect(w).toBeCloseTo(base[j], 12));
		const gappy = criticWeights([
			[...a, null],
			[...b, 99],
			[...c, NaN]
		]);
		expect(sum(gappy)).toBeCloseTo(1, 12);
		expect(gappy.every((w) => w > 0)).toBe(true);
	});

	it.each([
		[
			'all columns constant',
			[
				[1, 1, 1],
				[2, 2, 2]
			],
			[0.5, 0.5]
		],
		['a single column', [[1, 2, 3]], [1]],
		['no columns', [], []]
	])('falls back to equal weights: %s', (_name, columns, expected) =>
		expect(criticWeights(columns)).toEqual(expected)
	);
});
