import { describe, expect, it } from 'vitest';
import { disparitySummary } from './summary.ts';

const D3 = [8, 6, 4, 3, 2, 4, 1];
const D3_POPULATION = [10, 20, 30, 15, 25, 5, 5];
const D3_GROUPS = ['E', 'E', 'C', 'C', 'W', 'W', 'W'];

describe('disparitySummary', () => {
	it('D1 without groups: decomposition parts are null', () => {
		const s = disparitySummary([1, 2, 3, 4, 10]);
		expect(s).toMatchObject({
			n: 5,
			mean: 4,
			range: 9,
			max_min_ratio: 10,
			theil_t_between: null,
			theil_t_within: null,
			theil_l_between: null,
			theil_l_within: null
		});
		expect(s.cv).toBeCloseTo(0.790569415, 9);
		expect(s.gini).toBeCloseTo(0.4, 9);
		expect(s.theil_t).toBeCloseTo(0.276363619, 9);
		expect(s.theil_l).toBeCloseTo(0.2901665765, 9);
	});

	it.each([
		// [name, weights, mean, cv, gini, theil_t, theil_l]; both means are 440 / 110 = 28 / 7 = 4.
		['unweighted', undefined, 4, 0.550973165, 0.306122449, 0.1550833269, 0.1812159036],
		['pop-weighted', D3_POPULATION, 4, 0.4767312946, 0.2613636364, 0.112666053, 0.1230418949]
	] as const)('D3 %s', (_name, weights, mean, cv, gini, theilT, theilL) => {
		const s = disparitySummary(D3, { weights: weights && [...weights], groups: D3_GROUPS });
		expect(s.n).toBe(7);
		expect(s.mean).toBeCloseTo(mean, 12);
		expect(s.range).toBe(7);
		expect(s.max_min_ratio).toBe(8);
		expect(s.cv).toBeCloseTo(cv, 9);
		expect(s.gini).toBeCloseTo(gini, 9);
		expect(s.theil_t).toBeCloseTo(theilT, 9);
		expect(s.theil_l).toBeCloseTo(theilL, 9);
		expect((s.theil_t_between ?? NaN) + (s.theil_t_within ?? NaN)).toBeCloseTo(s.theil_t, 12);
		expect((s.theil_l_between ?? NaN) + (s.theil_l_within ?? NaN)).toBeCloseTo(s.theil_l, 12);
	});

	it('D3 pop-weighted decomposition parts', () => {
		const s = disparitySummary(D3, { weights: D3_POPULATION, groups: D3_GROUPS });
		expect(s.theil_t_within).toBeCloseTo(0.01949179308, 9);
		expect(s.theil_t_between).toBeCloseTo(0.09317425993, 9);
		expect(s.theil_l_within).toBeCloseTo(0.0281678579, 9);
		expect(s.theil_l_between).toBeCloseTo(0.09487403699, 9);
	});

	it('a zero value: T finite, L and the ratio Infinity', () => {
		const s = disparitySummary([0, 1, 2, 3], { groups: ['a', 'a', 'b', 'b'] });
		expect(s.theil_t).toBeCloseTo(0.374890096413, 12);
		expect(s.theil_l).toBe(Infinity);
		expect(s.theil_l_within).toBe(Infinity);
		expect(s.max_min_ratio).toBe(Infinity);
		expect(s.gini).toBeCloseTo(10 / 24, 15);
	});
});
