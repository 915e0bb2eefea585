import { describe, expect, it } from 'vitest';
import { cv, cvSample } from './cv.ts';
import { theilDecomposition } from './decomposition.ts';
import { concentrationIndex, gini, giniCorrected } from './gini.ts';
import { concentrationCurve, lorenzCurve } from './lorenz.ts';
import { maxMinRatio, range } from './range.ts';
import { disparitySummary } from './summary.ts';
import { theilL, theilT } from './theil.ts';
import { distribution, DisparityError } from './weights.ts';

describe('distribution', () => {
	it('normalises weights to shares and takes the weighted mean', () => {
		const d = distribution([2, 3, 5, 8], [40, 30, 20, 10]);
		expect(d.shares).toEqual([0.4, 0.3, 0.2, 0.1]);
		expect(d.mean).toBeCloseTo(3.5, 15);
		expect(d.weighted).toBe(true);
	});
	it('gives 1/n each without weights', () => {
		const d = distribution([1, 2, 3, 4, 10]);
		expect(d.shares).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
		expect(d.mean).toBe(4);
		expect(d.weighted).toBe(false);
	});
});

type Call = (values: number[], weights?: number[]) => unknown;
const WEIGHTED: [string, Call][] = [
	['cv', cv],
	['gini', gini],
	['theilT', theilT],
	['theilL', theilL],
	['lorenzCurve', lorenzCurve],
	['distribution', distribution],
	[
		'theilDecomposition',
		(x, w) =>
			theilDecomposition(
				x,
				x.map(() => 'g'),
				w
			)
	],
	['concentrationIndex', (x, w) => concentrationIndex(x, x, w)],
	['concentrationCurve', (x, w) => concentrationCurve(x, x, w)],
	['disparitySummary', (x, w) => disparitySummary(x, { weights: w })]
];
const UNWEIGHTED: [string, Call][] = [
	['cvSample', cvSample],
	['giniCorrected', giniCorrected],
	['range', range],
	['maxMinRatio', maxMinRatio]
];

const BAD_VALUES: [string, number[], string][] = [
	['empty', [], 'no values: at least one is needed'],
	['NaN', [1, NaN], 'values[1] is not a number'],
	['Infinity', [1, Infinity], 'values[1] is not finite (Infinity)'],
	['negative', [1, 2, -3], 'values[2] is negative (-3)']
];
const BAD_WEIGHTS: [string, number[], string][] = [
	['too few', [1, 2], '2 weights for 3 values: lengths must match'],
	['too many', [1, 2, 3, 4], '4 weights for 3 values: lengths must match'],
	['NaN', [1, NaN, 1], 'weights[1] is not a number'],
	['negative', [1, -1, 1], 'weights[1] is negative (-1)'],
	['summing to 0', [0, 0, 0], 'weights sum to 0']
];

describe('input errors', () => {
	it.each(
		[...WEIGHTED, ...UNWEIGHTED].flatMap(([name, f]) => BAD_VALUES.map((b) => [name, ...b, f] as const))
	)('%s refuses %s values', (_name, _case, values, message, f) => {
		expect(() => f(values)).toThrow(DisparityError);
		expect(() => f(values)).toThrow(message);
	});
	it.each(WEIGHTED.flatMap(([name, f]) => BAD_WEIGHTS.map((b) => [name, ...b, f] as const)))(
		'%s refuses weights %s',
		(_name, _case, weights, message, f) => {
			expect(() => f([1, 2, 3], weights)).toThrow(message);
		}
	);
	it.each(WEIGHTED)('%s refuses all-zero values', (_name, f) => {
		expect(() => f([0, 0, 0])).toThrow('every value is 0');
	});
	it.each([
		['cvSample', cvSample],
		['giniCorrected', giniCorrected]
	])('%s needs two values', (_name, f) => expect(() => f([3])).toThrow('at least two values'));
	it('refuses a ranking variable of the wrong length or not finite', () => {
		expect(() => concentrationIndex([1, 2], [1])).toThrow('1 ranking values for 2 values');
		expect(() => concentrationIndex([1, 2], [1, NaN])).toThrow('rankBy[1] is not a finite number');
	});
	it('refuses groups of the wrong length or empty', () => {
		expect(() => theilDecomposition([1, 2], ['a'])).toThrow('1 groups for 2 values');
		expect(() => theilDecomposition([1, 2], ['a', ''])).toThrow('groups[1] is empty');
		expect(() => disparitySummary([1, 2], { groups: ['a'] })).toThrow(DisparityError);
	});
	it('names the error', () => {
		expect(() => gini([])).toThrow(expect.objectContaining({ name: 'DisparityError' }));
	});
});
