import { describe, expect, it } from 'vitest';
import { createRng } from '../scoring/random.ts';
import type { ScoredGroup, ScoredRound } from '../scoring/score-round.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { bootstrapRound, summarise, type BootstrapLevel } from './bootstrap.ts';
import { rollUp, SCORE_KEYS, type ScoreKey } from './rollup.ts';

const WEIGHTS = { county: 1, tertiary: 3 } as unknown as Record<RespondentGroup, number>;
// Province 44 and its city 4401; province 11 (a municipality: its own city 110000); province 65.
const REGIONS = { cityOf: (code: string) => (code.startsWith('11') ? '110000' : `${code.slice(0, 4)}00`) };

/** A scored group from rows of [region, composite, flagged?]; dimensions derived from the composite. */
function group(name: RespondentGroup, rows: [string, number, boolean?][]): ScoredGroup {
	const column = (f: (c: number) => number) => Float64Array.from(rows, ([, c, flag]) => (flag ? NaN : f(c)));
	return {
		group: name,
		ids: rows.map((_, i) => i + 1),
		regions: rows.map(([r]) => r),
		governance: column((c) => c * 0.9),
		infrastructure: column((c) => 100 - c),
		application: column((c) => (c * c) / 100),
		composite: column((c) => c),
		stage: new Uint8Array(rows.length),
		coverage: new Float64Array(rows.length).fill(1),
		flags: rows.map(([, , flag]) => (flag ? 'too_few_indicators' : null)) as ScoredGroup['flags']
	};
}

const spread = (region: string, n: number, from: number): [string, number][] =>
	Array.from({ length: n }, (_, i) => [region, from + ((i * 37) % 41)]);

const ROUND: ScoredRound = {
	groups: [
		group('county', [...spread('440106', 30, 20), ...spread('110105', 12, 40), ['650102', 42]]),
		group('tertiary', [
			...spread('440303', 15, 50),
			['110105', 70],
			['110105', 70],
			['110105', 70],
			['440106', 99, true]
		])
	],
	report: { outliers: [], weights: {} },
	respondents: 62,
	flagged: 1,
	transforms: []
};

const UNITS: { level: BootstrapLevel; code: string }[] = [
	{ level: 'province', code: '44' },
	{ level: 'province', code: '11' },
	{ level: 'province', code: '65' },
	{ level: 'city', code: '440100' },
	{ level: 'city', code: '440300' }
];

const run = (seed: number, draws = 1000) =>
	bootstrapRound(ROUND, REGIONS, UNITS, {
		draws,
		seed,
		rng: createRng(seed),
		groupWeights: WEIGHTS
	});

/** The published score of a unit: rollUp of its unflagged respondents (rollup.ts). */
function estimate(match: (region: string) => boolean) {
	const members = ROUND.groups.flatMap((g) =>
		g.ids.flatMap((_, k) =>
			g.flags[k] || !match(g.regions[k])
				? []
				: [
						{
							group: g.group,
							scores: Object.fromEntries(SCORE_KEYS.map((s) => [s, g[s][k]])) as Record<ScoreKey, number>
						}
					]
		)
	);
	return rollUp(members, WEIGHTS)!.scores;
}

describe('bootstrapRound', () => {
	it('gives the same intervals for the same seed, other ones for another', () => {
		expect(run(20261130)).toEqual(run(20261130));
		expect(run(7).units[0].measures.composite).not.toEqual(run(20261130).units[0].measures.composite);
		expect(run(20261130)).toMatchObject({ draws: 1000, seed: 20261130 });
	});

	it('holds the published score inside every interval', () => {
		const result = run(20261130);
		const of = { '44': '44', '11': '11', '65': '65', '440100': '4401', '440300': '4403' };
		for (const unit of result.units) {
			const scores = estimate((r) => r.startsWith(of[unit.code as keyof typeof of]));
			for (const key of SCORE_KEYS) {
				const m = unit.measures[key];
				expect(m.lower).toBeLessThanOrEqual(scores[key] + 1e-9);
				expect(m.upper).toBeGreaterThanOrEqual(scores[key] - 1e-9);
			}
		}
		expect(result.units.find((u) => u.code === '44')!.measures.composite.se).toBeGreaterThan(0);
	});

	it('has no width where every stratum is constant or a single respondent', () => {
		const units = run(1).units;
		// 65: one county commission, 42.
		expect(units.find((u) => u.code === '65')!.measures.composite).toEqual({ lower: 42, upper: 42, se: 0 });
		// 11's tertiary stratum is constant (70): only its county stratum varies.
		const beijing = units.find((u) => u.code === '11')!.measures.composite;
		expect(beijing.se).toBeGreaterThan(0);
		const onlyTertiary = bootstrapRound(ROUND, REGIONS, [{ level: 'province', code: '11' }], {
			draws: 200,
			seed: 1,
			rng: createRng(1),
			groupWeights: { county: 0, tertiary: 1 } as unknown as Record<RespondentGroup, number>
		});
		expect(onlyTertiary.units[0].measures.composite).toEqual({ lower: 70, upper: 70, se: 0 });
	});

	it('leaves flagged respondents out and skips units without respondents', () => {
		const city = run(3).units.find((u) => u.code === '440100')!;
		// Guangzhou's only tertiary hospital is flagged: its score is its 30 county commissions'.
		const counties = estimate((r) => r === '440106');
		expect(city.measures.composite.lower).toBeLessThan(counties.composite);
		expect(city.measures.composite.upper).toBeLessThan(99);
		const none = bootstrapRound(ROUND, REGIONS, [{ level: 'city', code: '999900' }], {
			draws: 10,
			seed: 1,
			rng: createRng(1),
			groupWeights: WEIGHTS
		});
		expect(none.units).toEqual([]);
	});

	it("agrees with the bootstrap's known standard error of a mean, σ̂/√n (divisor n)", () => {
		const values = spread('440303', 15, 50).map(([, c]) => c);
		const mean = values.reduce((s, v) => s + v, 0) / values.length;
		const sigma = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
		const city = bootstrapRound(ROUND, REGIONS, [{ level: 'city', code: '440300' }], {
			draws: 4000,
			seed: 11,
			rng: createRng(11),
			groupWeights: WEIGHTS
		}).units[0];
		expect(city.measures.composite.se / (sigma / Math.sqrt(values.length))).toBeCloseTo(1, 1);
	});
});

describe('summarise', () => {
	it('takes type-7 quantiles and the B − 1 standard deviation', () => {
		// R: quantile(1:11, c(.025, .975)) → 1.25 10.75; sd(1:11) → 3.3166247903554
		const m = summarise(Array.from({ length: 11 }, (_, i) => 11 - i));
		expect(m.lower).toBeCloseTo(1.25, 12);
		expect(m.upper).toBeCloseTo(10.75, 12);
		expect(m.se).toBeCloseTo(3.3166247903554, 12);
	});
});
