// Every value of data/reference/inequality-test-vectors.md, copied as literals: they were
// computed independently of this code, which is the point.
import { describe, expect, it } from 'vitest';
import { cv, cvSample } from './cv.ts';
import { theilDecomposition } from './decomposition.ts';
import { concentrationIndex, gini, giniCorrected } from './gini.ts';
import { theilL, theilT } from './theil.ts';

const D1 = [1, 2, 3, 4, 10];
const D2 = [2, 3, 5, 8];
const D2_POPULATION = [40, 30, 20, 10];
const D2_GDP_PER_CAPITA = [30, 20, 90, 60];
const D3_RESOURCES = [80, 120, 120, 45, 50, 20, 5];
const D3_POPULATION = [10, 20, 30, 15, 25, 5, 5];
const D3 = D3_RESOURCES.map((r, i) => r / D3_POPULATION[i]);
const D3_GROUPS = ['E', 'E', 'C', 'C', 'W', 'W', 'W'];

type Measure = (values: readonly number[], weights?: readonly number[]) => number;
const MEASURES: Record<string, Measure> = {
	gini,
	giniCorrected: (x) => giniCorrected(x),
	cv,
	cvSample: (x) => cvSample(x),
	theilT,
	theilL
};

// One entry per row of the reference table; '–' cells (no weighted small-sample variant) are absent.
const ROWS: [string, number[], number[] | undefined, Record<string, number>][] = [
	[
		'D1',
		D1,
		undefined,
		{
			gini: 0.4,
			giniCorrected: 0.5,
			cv: 0.790569415,
			cvSample: 0.8838834765,
			theilT: 0.276363619,
			theilL: 0.2901665765
		}
	],
	[
		'D2 unweighted',
		D2,
		undefined,
		{
			gini: 0.2777777778,
			giniCorrected: 0.3703703704,
			cv: 0.5091750772,
			cvSample: 0.5879447358,
			theilT: 0.1273033323,
			theilL: 0.1339176659
		}
	],
	[
		'D2 pop-weighted',
		D2,
		D2_POPULATION,
		{ gini: 0.2657142857, cv: 0.530690732, theilT: 0.1233113029, theilL: 0.116088673 }
	],
	[
		'D3 unweighted',
		D3,
		undefined,
		{
			gini: 0.306122449,
			giniCorrected: 0.3571428571,
			cv: 0.550973165,
			cvSample: 0.5951190357,
			theilT: 0.1550833269,
			theilL: 0.1812159036
		}
	],
	[
		'D3 pop-weighted',
		D3,
		D3_POPULATION,
		{ gini: 0.2613636364, cv: 0.4767312946, theilT: 0.112666053, theilL: 0.1230418949 }
	]
];
const TABLE = ROWS.flatMap(([name, x, w, refs]) =>
	Object.entries(refs).map(([measure, reference]) => ({ name, x, w, measure, reference }))
);

describe('reference values', () => {
	it('D3 values are resources / population', () => expect(D3).toEqual([8, 6, 4, 3, 2, 4, 1]));
	it('covers all 26 table cells', () => expect(TABLE).toHaveLength(26));
	it.each(TABLE)('$name: $measure = $reference', ({ x, w, measure, reference }) => {
		expect(MEASURES[measure](x, w)).toBeCloseTo(reference, 9);
	});
	it('D2 concentration index, ranked by GDP per capita, pop-weighted', () => {
		expect(concentrationIndex(D2, D2_GDP_PER_CAPITA, D2_POPULATION)).toBeCloseTo(0.1628571429, 9);
	});
});

describe('D3 pop-weighted decomposition', () => {
	const result = theilDecomposition(D3, D3_GROUPS, D3_POPULATION);
	it.each([
		['T within', result.theilT.within, 0.01949179308],
		['T between', result.theilT.between, 0.09317425993],
		['T between share', result.theilT.betweenShare, 0.8269949771],
		['T total', result.theilT.total, 0.112666053],
		['L within', result.theilL.within, 0.0281678579],
		['L between', result.theilL.between, 0.09487403699],
		['L between share', result.theilL.betweenShare, 0.7710710004],
		['L total', result.theilL.total, 0.1230418949]
	])('%s', (_name, value, reference) => expect(value).toBeCloseTo(reference, 9));

	it('lists the groups sorted, with their sizes', () => {
		expect(result.groups.map((g) => [g.group, g.n])).toEqual([
			['C', 2],
			['E', 2],
			['W', 3]
		]);
	});

	it.each([
		['C', 0.4090909091, 0.375, 0.008552629957, 0.008882647161],
		['E', 0.2727272727, 0.4545454545, 0.009712313323, 0.009466491507],
		['W', 0.3181818182, 0.1704545455, 0.06963656463, 0.06899287149]
	])('group %s: P_g, Y_g, T_g, L_g', (group, P, Y, T, L) => {
		const g = result.groups.find((r) => r.group === group);
		expect(g?.populationShare).toBeCloseTo(P, 9);
		expect(g?.valueShare).toBeCloseTo(Y, 9);
		expect(g?.theilT).toBeCloseTo(T, 9);
		expect(g?.theilL).toBeCloseTo(L, 9);
	});
});
