// Properties any correct implementation has, whatever the reference values.
import { describe, expect, it } from 'vitest';
import { disparitySummary, type DisparitySummary } from './summary.ts';
import { gini } from './gini.ts';
import { theilDecomposition } from './decomposition.ts';
import { randomRegions } from './testing.ts';

const MEASURES = [
	'cv',
	'gini',
	'theil_t',
	'theil_l',
	'theil_t_between',
	'theil_t_within',
	'theil_l_between',
	'theil_l_within',
	'max_min_ratio'
] as const satisfies readonly (keyof DisparitySummary)[];

const SEEDS = [1, 2, 3, 42, 2024];

describe('scale invariance', () => {
	it.each([0.001, 7.3, 1e6])('multiplying every value by %d changes no measure', (k) => {
		for (const seed of SEEDS) {
			const { values, weights, groups } = randomRegions(seed, 31);
			for (const w of [undefined, weights]) {
				const before = disparitySummary(values, { weights: w, groups });
				const after = disparitySummary(
					values.map((x) => x * k),
					{ weights: w, groups }
				);
				for (const m of MEASURES) expect(after[m]).toBeCloseTo(before[m] as number, 12);
				expect(after.mean).toBeCloseTo(before.mean * k, 6);
			}
		}
	});
	it('multiplying the weights by a constant changes nothing', () => {
		const { values, weights, groups } = randomRegions(7, 20);
		const a = disparitySummary(values, { weights, groups });
		const b = disparitySummary(values, { weights: weights.map((w) => w * 123.4), groups });
		for (const m of MEASURES) expect(b[m]).toBeCloseTo(a[m] as number, 12);
	});
	it('equal weights give the unweighted measures', () => {
		const { values, groups } = randomRegions(8, 20);
		const a = disparitySummary(values, { groups });
		const b = disparitySummary(values, { weights: values.map(() => 3), groups });
		for (const m of MEASURES) expect(b[m]).toBeCloseTo(a[m] as number, 12);
	});
});

describe('equal values', () => {
	it.each([
		[[5, 5, 5, 5], undefined],
		[
			[0.3, 0.3, 0.3],
			[1, 2, 7]
		],
		[
			[62.5, 62.5, 62.5, 62.5, 62.5, 62.5, 62.5],
			[10, 20, 30, 15, 25, 5, 5]
		]
	])('%j give 0 for every measure (ratio 1)', (values, weights) => {
		const s = disparitySummary(values, { weights, groups: values.map((_, i) => (i % 2 ? 'a' : 'b')) });
		for (const m of MEASURES.filter((m) => m !== 'max_min_ratio')) expect(s[m]).toBeCloseTo(0, 12);
		expect(s.range).toBe(0);
		expect(s.max_min_ratio).toBe(1);
	});
});

describe('decomposition adds up', () => {
	it.each(SEEDS)('between + within = total for seed %i, unweighted and weighted', (seed) => {
		const { values, weights, groups } = randomRegions(seed, 31);
		for (const w of [undefined, weights]) {
			const { theilT, theilL } = theilDecomposition(values, groups, w);
			expect(theilT.between + theilT.within).toBeCloseTo(theilT.total, 12);
			expect(theilL.between + theilL.within).toBeCloseTo(theilL.total, 12);
			expect(theilT.between).toBeGreaterThanOrEqual(0);
			expect(theilL.between).toBeGreaterThanOrEqual(0);
		}
	});

	it.each(SEEDS)('matches the contract form of docs/contracts.md for seed %i', (seed) => {
		const { values, groups } = randomRegions(seed, 31, ['east', 'central', 'west']);
		const n = values.length;
		const mu = values.reduce((s, x) => s + x, 0) / n;
		let between = 0;
		let within = 0;
		for (const g of new Set(groups)) {
			const xs = values.filter((_, i) => groups[i] === g);
			const mg = xs.reduce((s, x) => s + x, 0) / xs.length;
			const sg = (xs.length * mg) / (n * mu);
			const tg = xs.reduce((s, x) => s + (x / mg) * Math.log(x / mg), 0) / xs.length;
			between += sg * Math.log(mg / mu);
			within += sg * tg;
		}
		const { theilT } = theilDecomposition(values, groups);
		expect(theilT.between).toBeCloseTo(between, 12);
		expect(theilT.within).toBeCloseTo(within, 12);
	});
});

describe('Gini', () => {
	it.each(SEEDS)('equals the pairwise mean-difference form for seed %i', (seed) => {
		const { values, weights } = randomRegions(seed, 25);
		const total = weights.reduce((s, w) => s + w, 0);
		const p = weights.map((w) => w / total);
		const mu = values.reduce((s, x, i) => s + p[i] * x, 0);
		let sum = 0;
		for (let i = 0; i < values.length; i++) {
			for (let j = 0; j < values.length; j++) sum += p[i] * p[j] * Math.abs(values[i] - values[j]);
		}
		expect(gini(values, weights)).toBeCloseTo(sum / (2 * mu), 12);
	});
	it('does not depend on the order of the units', () => {
		expect(gini([10, 1, 4, 3, 2])).toBeCloseTo(gini([1, 2, 3, 4, 10]), 15);
		expect(gini([8, 2, 5, 3], [10, 40, 20, 30])).toBeCloseTo(gini([2, 3, 5, 8], [40, 30, 20, 10]), 15);
	});
});
