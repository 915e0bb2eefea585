import { describe, expect, it } from 'vitest';
import { entropyDivergence, entropyWeights } from './weights-entropy.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('entropyWeights', () => {
	// Three units, four indicators already on 0–100.
	const a = [10, 20, 30];
	const b = [0, 50, 50];
	const c = [40, 40, 40];
	const d = [0, 0, 90];
	// Written out longhand: p = x / Σx, e = −Σ p ln p / ln 3, d = 1 − e.
	const dA =
		1 - -((1 / 6) * Math.log(1 / 6) + (2 / 6) * Math.log(2 / 6) + (3 / 6) * Math.log(3 / 6)) / Math.log(3);
	const dB = 1 - -(0 + 0.5 * Math.log(0.5) + 0.5 * Math.log(0.5)) / Math.log(3); // 1 − ln 2 / ln 3
	const dC = 0; // p = 1/3 each: e = ln 3 / ln 3 = 1
	const dD = 1; // p = 0, 0, 1: e = 0

	it('matches the formula written out by hand', () => {
		expect(dA).toBeCloseTo(0.0793802, 6);
		expect(dB).toBeCloseTo(0.3690702, 6);
		const total = dA + dB + dC + dD;
		const w = entropyWeights([a, b, c, d]);
		[dA / total, dB / total, dC / total, dD / total].forEach((expected, j) =>
			expect(w[j]).toBeCloseTo(expected, 12)
		);
		expect(sum(w)).toBeCloseTo(1, 12);
	});

	it.each([
		['constant column', [40, 40, 40], 0],
		['all zero', [0, 0, 0], 0],
		['one value', [5, null, NaN], 0],
		['one unit has everything', [0, 0, 90], 1],
		['two units, 1 and 3', [1, 3], 0.188722]
	])('divergence of %s', (_name, values, expected) =>
		expect(entropyDivergence(values)).toBeCloseTo(expected, 6)
	);

	it('gives a more dispersed column more weight', () => {
		const [wide, narrow] = entropyWeights([
			[10, 20, 30],
			[18, 20, 22]
		]);
		expect(wide).toBeGreaterThan(narrow);
	});

	it('uses the values present per column', () => {
		expect(entropyDivergence([0, null, 1])).toBe(entropyDivergence([0, 1]));
		expect(entropyWeights([[10, 20, 30, null], b.concat(NaN)])).toEqual(entropyWeights([a, b]));
	});

	it('falls back to equal weights when no column carries information', () => {
		expect(entropyWeights([c, [7, 7, 7], [0, 0, 0]])).toEqual([1 / 3, 1 / 3, 1 / 3]);
		expect(entropyWeights([])).toEqual([]);
	});

	it('rejects negative values', () => {
		expect(() => entropyWeights([[-1, 2, 3]])).toThrow(RangeError);
	});
});
