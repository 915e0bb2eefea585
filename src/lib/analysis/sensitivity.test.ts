import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../scoring/framework.ts';
import { createRng } from '../scoring/random.ts';
import {
	intervalsOf,
	quantile,
	rankUncertainty,
	type ProvinceProfile,
	type SimulationBase
} from './sensitivity.ts';

const framework = parseFramework(
	JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'))
);
const base: SimulationBase = {
	dimensionWeights: framework.dimensions.map((d) => d.weight),
	parts: framework.dimensions.flatMap((d, i) => d.pillars.map((p) => ({ dimension: i, weight: p.weight }))),
	groupWeights: framework.rollup.groupWeights
};
// One county-commission structure: one indicator per pillar, pillars in framework order.
const structures = new Map([
	['county' as const, { indicatorWeights: [1, 1, 1, 1, 1, 1, 1, 1], pillarOf: [0, 1, 2, 3, 4, 5, 6, 7] }]
]);
const profile = (code: string, level: number, spread = 0): ProvinceProfile => {
	const means = Float64Array.from({ length: 8 }, (_, k) =>
		Math.min(100, Math.max(1, level + (k % 2 ? spread : -spread)))
	);
	return {
		code,
		groups: [
			{ group: 'county', units: { goalposts: [means], minmax: [means], zscore: [means], rank: [means] } }
		]
	};
};

describe('rankUncertainty', () => {
	const provinces = [profile('11', 90), profile('44', 60, 30), profile('52', 58, -30), profile('63', 10)];
	const run = (seed: number) => rankUncertainty(base, structures, provinces, createRng(seed), 400).intervals;
	it('is reproducible for a seed', () => expect(run(7)).toEqual(run(7)));
	it('keeps clear leaders and laggards certain and shows overlap where profiles cross', () => {
		const [top, a, b, bottom] = run(7);
		expect(top).toMatchObject({ code: '11', median: 1, p05: 1, p95: 1 });
		expect(bottom).toMatchObject({ median: 4, p05: 4, p95: 4 });
		// 44 and 52 are close with opposite strengths: both ranks 2 and 3 occur.
		expect(a.p05).toBe(2);
		expect(b.p95).toBe(3);
		expect(a.p95 - a.p05 + (b.p95 - b.p05)).toBeGreaterThan(0);
	});
});

describe('rankUncertainty with respondents as units', () => {
	it('rolls a group up as the mean of its respondents, as the index does', () => {
		// Province 11's two respondents average 55; 44's single respondent has 56: 44 ranks first when
		// the means are taken of composites, whatever the weights.
		const unit = (v: number) => Float64Array.from({ length: 8 }, () => v);
		const units = (...vs: number[]) => ({
			goalposts: vs.map(unit),
			minmax: vs.map(unit),
			zscore: vs.map(unit),
			rank: vs.map(unit)
		});
		const { intervals } = rankUncertainty(
			base,
			structures,
			[
				{ code: '11', groups: [{ group: 'county', units: units(20, 90) }] },
				{ code: '44', groups: [{ group: 'county', units: units(56) }] }
			],
			createRng(3),
			200
		);
		expect(intervals.map((r) => [r.code, r.p05, r.p95])).toEqual([
			['11', 2, 2],
			['44', 1, 1]
		]);
	});
});

describe('the draws a simulation records', () => {
	const provinces = [profile('11', 70, 20), profile('44', 65, -25), profile('52', 60, 10)];
	it('give back its intervals exactly, and one rank and composite per province per draw', () => {
		const { intervals, draws } = rankUncertainty(base, structures, provinces, createRng(5), 300);
		expect(draws.ranks).toHaveLength(300);
		expect(draws.composites.every((c) => c.length === 3 && c.every(Number.isFinite))).toBe(true);
		expect(intervalsOf(['11', '44', '52'], draws.ranks)).toEqual(intervals);
		// Each draw's ranks are its composites' (highest first).
		for (let d = 0; d < 300; d++) {
			const order = [0, 1, 2].sort((a, b) => draws.composites[d][b]! - draws.composites[d][a]!);
			expect(order.map((i) => draws.ranks[d][i])).toEqual([1, 2, 3]);
		}
	});
	it('keep a zero weight at zero (an indicator the run gave no weight stays out) and perturb the rest', () => {
		// Two indicators in the first pillar, one of weight 0: the live one alone is not perturbed.
		const zero = new Map([
			[
				'county' as const,
				{ indicatorWeights: [0, 1, 1, 1, 1, 1, 1, 1, 2], pillarOf: [0, 0, 1, 2, 3, 4, 5, 6, 7] }
			]
		]);
		const units = Float64Array.from({ length: 9 }, (_, k) => 10 * k);
		const one = { goalposts: [units], minmax: [units], zscore: [units], rank: [units] };
		const { draws } = rankUncertainty(
			base,
			zero,
			[{ code: '11', groups: [{ group: 'county', units: one }] }],
			createRng(9),
			50
		);
		const first = 3 + base.parts.length;
		for (const w of draws.weights) {
			expect(w.slice(first, first + 2)).toEqual([0, 1]);
			expect(w).toHaveLength(first + 9);
		}
		expect(new Set(draws.weights.map((w) => w[0])).size).toBeGreaterThan(1);
	});
});

describe('quantile (type 7)', () => {
	it.each([
		[0, 1],
		[0.5, 2.5],
		[0.05, 1.15],
		[1, 4]
	])('p=%d of 1..4 is %d', (p, expected) => expect(quantile([1, 2, 3, 4], p)).toBeCloseTo(expected, 12));
});
