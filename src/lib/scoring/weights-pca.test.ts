import { describe, expect, it } from 'vitest';
import { jacobiEigen, pcaWeights, varimax } from './weights-pca.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const dot = (a: number[], b: number[]) => sum(a.map((x, i) => x * b[i]));

// Columns 1…7 of the 8×8 Sylvester–Hadamard matrix: ±1, mean 0, mutually orthogonal, so exactly
// uncorrelated with identical variance.
const walsh = (j: number) =>
	Array.from({ length: 8 }, (_, i) => ((i & j).toString(2).split('1').length % 2 === 1 ? 1 : -1));

// Two-factor data from a fixed LCG: columns 0–2 load on f1, 3–5 on f2.
function twoFactor(): number[][] {
	let s = 42;
	const r = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
	const f1 = Array.from({ length: 50 }, r);
	const f2 = Array.from({ length: 50 }, r);
	return [0, 1, 2, 3, 4, 5].map((j) =>
		Array.from({ length: 50 }, (_, i) => (j < 3 ? f1[i] : f2[i]) * (1 + j * 0.2) + r() * 0.8)
	);
}

describe('jacobiEigen', () => {
	it.each([
		[
			'tridiagonal 3×3',
			[
				[2, 1, 0],
				[1, 2, 1],
				[0, 1, 2]
			],
			[2 + Math.SQRT2, 2, 2 - Math.SQRT2]
		],
		[
			'2×2',
			[
				[1, 2],
				[2, 1]
			],
			[3, -1]
		],
		[
			'already diagonal',
			[
				[1, 0],
				[0, 5]
			],
			[5, 1]
		],
		['1×1', [[7]], [7]],
		[
			'4×4 with a repeated eigenvalue',
			[
				[2, 0, 0, 1],
				[0, 3, 0, 0],
				[0, 0, 3, 0],
				[1, 0, 0, 2]
			],
			[3, 3, 3, 1]
		]
	])('%s', (_name, a, expected) => {
		const { values, vectors } = jacobiEigen(a);
		values.forEach((l, k) => expect(l).toBeCloseTo(expected[k], 12));
		vectors.forEach((v, k) => {
			// A v = λ v, and the vectors are orthonormal.
			a.forEach((row, i) => expect(dot(row, v)).toBeCloseTo(values[k] * v[i], 12));
			vectors.forEach((w, m) => expect(dot(v, w)).toBeCloseTo(k === m ? 1 : 0, 12));
		});
	});

	it('gives the textbook eigenvectors of the tridiagonal matrix (up to sign)', () => {
		const { vectors } = jacobiEigen([
			[2, 1, 0],
			[1, 2, 1],
			[0, 1, 2]
		]);
		const sign = (v: number[]) => v.map((x) => x * Math.sign(v[0] || v[2]));
		const expected = [
			[0.5, Math.SQRT1_2, 0.5],
			[Math.SQRT1_2, 0, -Math.SQRT1_2],
			[0.5, -Math.SQRT1_2, 0.5]
		];
		vectors.forEach((v, k) => sign(v).forEach((x, i) => expect(x).toBeCloseTo(expected[k][i], 12)));
	});
});

describe('varimax', () => {
	it('matches a numpy port of R stats::varimax (normalize = TRUE)', () => {
		const l = [
			[0.8, 0.3, 0.1],
			[0.7, 0.4, -0.2],
			[0.2, 0.9, 0.1],
			[0.3, 0.8, 0.3],
			[0.1, 0.2, 0.9],
			[0.5, -0.3, 0.6]
		];
		const expected = [
			[0.775786, 0.254044, 0.271325],
			[0.780026, 0.279352, -0.059344],
			[0.297505, 0.876919, -0.050038],
			[0.321249, 0.825443, 0.188261],
			[-0.126857, 0.42035, 0.816831],
			[0.260854, -0.16962, 0.776649]
		];
		varimax(l).forEach((row, i) => row.forEach((x, k) => expect(x).toBeCloseTo(expected[i][k], 6)));
	});
});

describe('pcaWeights', () => {
	it('reproduces the Handbook procedure on two-factor data (numpy reference)', () => {
		const result = pcaWeights(twoFactor());
		expect(result.retained).toBe(2);
		expect(result.explained).toBeCloseTo((3.19379808 + 1.93400047) / 6, 8);
		expect(result.eigenvalues[0]).toBeCloseTo(3.19379808, 8);
		const expected = [0.16127123, 0.16744105, 0.15442162, 0.17620556, 0.17641291, 0.16424763];
		result.weights.forEach((w, j) => expect(w).toBeCloseTo(expected[j], 6));
		expect(sum(result.weights)).toBeCloseTo(1, 12);
	});

	it('without rotation uses the raw principal-component loadings', () => {
		const expected = [0.14130367, 0.12643719, 0.17691534, 0.12251681, 0.19162584, 0.24120115];
		pcaWeights(twoFactor(), { rotation: 'none' }).weights.forEach((w, j) =>
			expect(w).toBeCloseTo(expected[j], 6)
		);
	});

	it.each([
		['Kaiser only', {}, 2, 0.8546331],
		['cumulative 90% adds a third component', { minCumulative: 0.9 }, 3, 0.9105596],
		['eigenvalue > 2 keeps one, 60% adds the second', { minEigenvalue: 2 }, 2, 0.8546331]
	])('retention: %s', (_name, options, retained, explained) => {
		const result = pcaWeights(twoFactor(), options);
		expect(result.retained).toBe(retained);
		expect(result.explained).toBeCloseTo(explained, 6);
		expect(sum(result.weights)).toBeCloseTo(1, 12);
	});

	it('gives uncorrelated, equal-variance indicators equal weights (no common component)', () => {
		const result = pcaWeights([walsh(1), walsh(2), walsh(3), walsh(4)]);
		expect(result.fallback).toBe('no-common-component');
		expect(result.weights).toEqual([0.25, 0.25, 0.25, 0.25]);
		result.eigenvalues.forEach((l) => expect(l).toBeCloseTo(1, 12));
	});

	it('splits weight evenly between two perfectly correlated columns', () => {
		const a = walsh(1);
		const result = pcaWeights([a, a.map((x) => 2 * x + 1), walsh(2)]);
		[2, 1, 0].forEach((l, k) => expect(result.eigenvalues[k]).toBeCloseTo(l, 12));
		expect(result.retained).toBe(1);
		[0.5, 0.5, 0].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 12));
	});

	it('puts each perfectly correlated pair on its own rotated component', () => {
		const [a, b] = [walsh(1), walsh(2)];
		const result = pcaWeights([a, a.map((x) => 3 * x), b, b.map((x) => 5 - x)]);
		expect(result.retained).toBe(2);
		result.weights.forEach((w) => expect(w).toBeCloseTo(0.25, 12));
	});

	it('gives unusable columns weight 0 and works with missing cells', () => {
		const cols = twoFactor();
		const gappy = cols.map((c, j) => c.map((x, i) => (i === j ? null : x)));
		const result = pcaWeights([...gappy, [1, 1, 1, 1], [1, 2, null]]);
		expect(result.weights.slice(6)).toEqual([0, 0]);
		expect(sum(result.weights)).toBeCloseTo(1, 12);
		expect(result.retained).toBe(2);
	});

	it.each([
		[
			'one usable column',
			[
				[1, 2, 3],
				[4, 4, 4]
			],
			[1, 0]
		],
		[
			'no usable column',
			[
				[1, 1, 1],
				[2, 2]
			],
			[0.5, 0.5]
		]
	])('falls back to equal weights with %s', (_name, columns, expected) => {
		const result = pcaWeights(columns);
		expect(result.fallback).toBe('too-few-indicators');
		expect(result.weights).toEqual(expected);
	});
});
