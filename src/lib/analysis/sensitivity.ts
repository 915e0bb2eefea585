/**
 * Uncertainty of province ranks (OECD/JRC Handbook 2008, §7; Saisana et al. 2005): a seeded
 * Monte Carlo over the method choices a reasonable analyst might make — normalisation (goalposts,
 * min–max, z-score, rank), aggregation (arithmetic, geometric) and every weight (indicator, pillar,
 * dimension) perturbed by a Dirichlet draw around the run's own weights (the framework's, or the
 * entropy / CRITIC / PCA weights the run computed) with a 25 % coefficient of variation (about
 * 95 % of draws within ±50 % for equal weights); docs/methodology.md §6.2. Each draw re-scores every
 * unit, rolls units up to provinces as the index does (mean per respondent group, then group
 * weights) and re-ranks them; the result is each province's median rank and 5–95 % interval.
 *
 * Units are the respondents themselves, so at the default method a draw reproduces the published
 * ranks exactly. Above a size where that is too slow (see uncertainty-service.ts), a province's
 * group is one unit holding its mean indicator scores: exact for arithmetic aggregation of
 * complete data, an approximation otherwise.
 */
import { AGGREGATE_METHODS, type AggregateMethod } from '../scoring/aggregate.ts';
import { NORMALISE_METHODS, type NormaliseMethod } from '../scoring/normalise.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { rankBy } from './rollup.ts';

/** How a group's indicators sit in the base: entry k belongs to part pillarOf[k], with weight indicatorWeights[k]. */
export interface GroupStructure {
	indicatorWeights: number[];
	pillarOf: number[];
}

/**
 * The base point the draws perturb, the run's method: dimension weights, and the parts each
 * dimension aggregates (its pillars under framework weights; the whole dimension, one part of
 * weight 1, under data-driven weights, which span it; scoring/score.ts), in dimension order.
 */
export interface SimulationBase {
	dimensionWeights: number[];
	parts: { dimension: number; weight: number }[];
	groupWeights: Partial<Record<RespondentGroup, number>>;
}

export interface ProvinceProfile {
	code: string;
	/**
	 * Per group present, the units to score under each normalisation: every respondent's indicator
	 * scores (exact), or one unit holding the group's mean scores (the large-round approximation).
	 * NaN marks a missing score.
	 */
	groups: { group: RespondentGroup; units: Record<NormaliseMethod, Float64Array[]> }[];
}

export interface RankInterval {
	code: string;
	median: number;
	p05: number;
	p95: number;
}

export interface Randomness {
	uniform(): number;
	dirichlet(alpha: readonly number[]): number[];
}

/**
 * Dirichlet around `base` (normalised) with each share's CV at 25 % for equal shares. A zero
 * weight (an indicator PCA left out) stays zero: the draws vary the weights, not which indicators
 * count.
 */
function perturb(random: Randomness, base: readonly number[]): number[] {
	const live = base.flatMap((w, i) => (w > 0 ? [i] : []));
	const total = live.reduce((s, i) => s + base[i], 0);
	if (live.length < 2) return [...base];
	const concentration = Math.max(1, 16 * (live.length - 1) - 1);
	// Alphas far below 0.01 underflow every gamma draw; no framework weight is that small a share.
	const drawn = random.dirichlet(live.map((i) => Math.max(0.01, (base[i] / total) * concentration)));
	const out = base.map(() => 0);
	live.forEach((i, j) => (out[i] = drawn[j]));
	return out;
}

/** Weighted aggregate of values[i] for i in idx, over the values present (see scoring/aggregate.ts). */
function aggregateAt(
	method: AggregateMethod,
	values: ArrayLike<number>,
	idx: readonly number[],
	w: ArrayLike<number>
): number {
	let acc = 0;
	let total = 0;
	let lo = Infinity;
	let hi = -Infinity;
	for (const i of idx) {
		const v = values[i];
		if (Number.isNaN(v) || w[i] === 0) continue;
		total += w[i];
		if (method === 'arithmetic') acc += w[i] * v;
		else {
			const x = Math.max(1, v);
			acc += w[i] * Math.log(x);
			if (x < lo) lo = x;
			if (x > hi) hi = x;
		}
	}
	if (total === 0) return NaN;
	return method === 'arithmetic' ? acc / total : Math.min(hi, Math.max(lo, Math.exp(acc / total)));
}

/** R's default (type 7) quantile of sorted values, at full precision. */
export function quantileType7(sorted: readonly number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

/**
 * The type 7 quantile of ranks, rounded to 9 decimals: (n − 1) p is rarely exact in binary
 * (949.05 → 949.0499…), so report 10.05, not 10.049999999999955.
 */
export function quantile(sorted: readonly number[], p: number): number {
	return Math.round(quantileType7(sorted, p) * 1e9) / 1e9;
}

/** What each draw chose and gave: enough to reproduce it, and to recompute the intervals. */
export interface DrawRecord {
	normalise: NormaliseMethod[];
	aggregate: AggregateMethod[];
	/** Per draw, the weights used: dimensions, parts, then each group's indicators (structures order). */
	weights: number[][];
	/** Per draw, each province's rank and composite, in the order of the provinces simulated. */
	ranks: number[][];
	composites: (number | null)[][];
}

export interface Simulation {
	intervals: RankInterval[];
	draws: DrawRecord;
}

export function rankUncertainty(
	base: SimulationBase,
	structures: ReadonlyMap<RespondentGroup, GroupStructure>,
	provinces: readonly ProvinceProfile[],
	random: Randomness,
	draws = 1000
): Simulation {
	const steps = rankUncertaintySteps(base, structures, provinces, random, draws);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The intervals of each province's ranks over the draws (type 7 quantiles, as R's default). */
export function intervalsOf(codes: readonly string[], ranks: readonly (readonly number[])[]): RankInterval[] {
	return codes.map((code, i) => {
		const sorted = ranks.map((r) => r[i]).sort((a, b) => a - b);
		return {
			code,
			median: quantile(sorted, 0.5),
			p05: quantile(sorted, 0.05),
			p95: quantile(sorted, 0.95)
		};
	});
}

/**
 * The same simulation one draw at a time (yields the draws done), so a server can run it between
 * requests instead of holding its only thread for seconds.
 */
export function* rankUncertaintySteps(
	base: SimulationBase,
	structures: ReadonlyMap<RespondentGroup, GroupStructure>,
	provinces: readonly ProvinceProfile[],
	random: Randomness,
	draws = 1000
): Generator<number, Simulation> {
	const record: DrawRecord = { normalise: [], aggregate: [], weights: [], ranks: [], composites: [] };
	const pillarsOf = base.dimensionWeights.map((_, d) => base.parts.filter((p) => p.dimension === d).length);
	// Entries of each part, per group: computed once, used in every draw.
	const members = new Map(
		[...structures].map(([group, s]) => [
			group,
			base.parts.map((_, p) => s.pillarOf.flatMap((q, k) => (q === p ? [k] : [])))
		])
	);
	// Scratch buffers and index ranges, so a draw over thousands of respondents allocates nothing.
	const pillarScores = new Float64Array(base.parts.length);
	const dims = new Float64Array(pillarsOf.length);
	const pillarRange = pillarsOf.map((count, d) => {
		const first = pillarsOf.slice(0, d).reduce((a, b) => a + b, 0);
		return Array.from({ length: count }, (_, i) => first + i);
	});
	const DIMENSION_RANGE = pillarsOf.map((_, d) => d);
	for (let draw = 0; draw < draws; draw++) {
		const normalise: NormaliseMethod =
			NORMALISE_METHODS[Math.floor(random.uniform() * NORMALISE_METHODS.length)];
		const method: AggregateMethod =
			AGGREGATE_METHODS[Math.floor(random.uniform() * AGGREGATE_METHODS.length)];
		const dimensionWeights = perturb(random, base.dimensionWeights);
		const pillarWeights = pillarRange.flatMap((range) =>
			perturb(
				random,
				range.map((p) => base.parts[p].weight)
			)
		);
		const indicatorWeights = new Map(
			[...structures].map(([group, s]) => {
				const w = [...s.indicatorWeights];
				for (const idx of members.get(group)!) {
					perturb(
						random,
						idx.map((k) => s.indicatorWeights[k])
					).forEach((v, j) => (w[idx[j]] = v));
				}
				return [group, w];
			})
		);
		const composites = provinces.map((province) => {
			let total = 0;
			let weight = 0;
			for (const { group, units } of province.groups) {
				const w = indicatorWeights.get(group)!;
				const pillarIdx = members.get(group)!;
				// The group's score is the mean of its units' composites, as in the roll-up.
				let sum = 0;
				let n = 0;
				for (const unit of units[normalise]) {
					for (let p = 0; p < pillarIdx.length; p++)
						pillarScores[p] = aggregateAt(method, unit, pillarIdx[p], w);
					for (let d = 0; d < pillarsOf.length; d++) {
						dims[d] = aggregateAt(method, pillarScores, pillarRange[d], pillarWeights);
					}
					const composite = aggregateAt(method, dims, DIMENSION_RANGE, dimensionWeights);
					if (Number.isNaN(composite)) continue;
					sum += composite;
					n++;
				}
				if (n === 0) continue;
				const gw = base.groupWeights[group] ?? 0;
				total += (gw * sum) / n;
				weight += gw;
			}
			return weight === 0 ? -Infinity : total / weight;
		});
		record.normalise.push(normalise);
		record.aggregate.push(method);
		record.weights.push([...dimensionWeights, ...pillarWeights, ...[...indicatorWeights.values()].flat()]);
		record.ranks.push(rankBy(composites, (c) => c));
		record.composites.push(composites.map((c) => (Number.isFinite(c) ? c : null)));
		yield draw + 1;
	}
	return {
		intervals: intervalsOf(
			provinces.map((p) => p.code),
			record.ranks
		),
		draws: record
	};
}
