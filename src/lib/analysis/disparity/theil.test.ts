import { describe, expect, it } from 'vitest';
import { theilL, theilT } from './theil.ts';

describe('zeros (the ineq::Theil trap)', () => {
	// x = [0, 1, 2, 3]: μ = 1.5 counts the zero; ineq::Theil drops it first (μ = 2 over [1, 2, 3]).
	const withZero =
		(1 / 4) * ((1 / 1.5) * Math.log(1 / 1.5) + (2 / 1.5) * Math.log(2 / 1.5) + 2 * Math.log(2));
	const zeroDropped = (1 / 3) * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5));

	it('keeps the zero in T with 0 · ln 0 = 0', () => {
		expect(theilT([0, 1, 2, 3])).toBeCloseTo(0.374890096413, 12);
		expect(theilT([0, 1, 2, 3])).toBeCloseTo(withZero, 12);
	});
	it('does not give the zero-dropped value', () => {
		expect(zeroDropped).toBeCloseTo(0.087208023961, 12);
		expect(Math.abs(theilT([0, 1, 2, 3]) - zeroDropped)).toBeGreaterThan(0.2);
	});
	it('keeps weighted zeros too', () => {
		expect(theilT([0, 4, 6], [5, 3, 2])).toBeCloseTo(0.71355817782, 10);
	});
	it.each([
		[[0, 1, 2, 3], undefined],
		[[1, 0], undefined],
		[
			[0, 4, 6],
			[5, 3, 2]
		]
	])('L of %j is +Infinity', (x, w) => expect(theilL(x, w)).toBe(Infinity));
	it('ignores a zero whose weight is 0', () => {
		expect(theilL([0, 1, 3], [0, 1, 1])).toBeCloseTo(theilL([1, 3]), 12);
		expect(theilT([0, 1, 3], [0, 1, 1])).toBeCloseTo(theilT([1, 3]), 12);
	});
});

describe('Theil L is the population-weighted "Theil index" of the Chinese literature', () => {
	it('equals Σ P_i ln(P_i / Y_i) with population and resource shares', () => {
		const resources = [80, 120, 120, 45, 50, 20, 5];
		const population = [10, 20, 30, 15, 25, 5, 5];
		const totalR = resources.reduce((s, r) => s + r, 0);
		const totalP = population.reduce((s, p) => s + p, 0);
		const chinese = population.reduce(
			(s, p, i) => s + (p / totalP) * Math.log(p / totalP / (resources[i] / totalR)),
			0
		);
		const x = resources.map((r, i) => r / population[i]);
		expect(theilL(x, population)).toBeCloseTo(chinese, 12);
		expect(theilT(x, population)).not.toBeCloseTo(chinese, 3);
	});
});
