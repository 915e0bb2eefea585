/**
 * Uncertainty of province ranks (OECD/JRC Handbook 2008, §7; Saisana et al. 2005): a seeded
 * Monte Carlo over the method choices a reasonable analyst might make — normalisation (goalposts,
 * min–max, z-score, rank), aggregation (arithmetic, geometric) and every weight (indicator, pillar,
 * dimension) perturbed by a Dirichlet draw around its framework value with a 25 % coefficient of
 * variation (about 95 % of draws within ±50 % for equal weights). Each draw re-aggregates every
 * province's group profiles (the mean normalised indicator scores of each respondent group) and
 * re-ranks the provinces; the result is each province's median rank and its 5–95 % interval.
 *
 * Working on group profiles rather than on every respondent keeps 1,000 draws over 32 provinces
 * well under a second at any scale; for arithmetic aggregation of complete data it is exact, for
 * geometric aggregation an approximation (the geometric mean of means).
 */
import { aggregate, AGGREGATE_METHODS, type AggregateMethod } from '../scoring/aggregate.ts';
import type { Framework } from '../scoring/framework.ts';
import { NORMALISE_METHODS, type NormaliseMethod } from '../scoring/normalise.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { rankBy } from './rollup.ts';

/** How a group's indicators sit in the framework: entry k belongs to pillar pillarOf[k]. */
export interface GroupStructure {
	indicatorWeights: number[];
	pillarOf: number[];
}

export interface ProvinceProfile {
	code: string;
	/** Per group present: mean normalised score of each indicator under each method (NaN: nobody answered). */
	groups: { group: RespondentGroup; means: Record<NormaliseMethod, Float64Array> }[];
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

/** Dirichlet around `base` (normalised) with each share's CV at 25 % for equal shares. */
function perturb(random: Randomness, base: readonly number[]): number[] {
	const total = base.reduce((s, w) => s + w, 0);
	if (base.length < 2 || total === 0) return [...base];
	const concentration = Math.max(1, 16 * (base.length - 1) - 1);
	// Alphas far below 0.01 underflow every gamma draw; no framework weight is that small a share.
	return random.dirichlet(base.map((w) => Math.max(0.01, (w / total) * concentration)));
}

/** R's default (type 7) quantile of sorted values. */
export function quantile(sorted: readonly number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

export function rankUncertainty(
	framework: Framework,
	structures: ReadonlyMap<RespondentGroup, GroupStructure>,
	provinces: readonly ProvinceProfile[],
	random: Randomness,
	draws = 1000
): RankInterval[] {
	const ranks = provinces.map(() => new Array<number>(draws));
	const pillarsOf = framework.dimensions.map((d) => d.pillars.length);
	const pillarDimension = framework.dimensions.flatMap((d, i) => d.pillars.map(() => i));
	// Entries of each pillar, per group: computed once, used in every draw.
	const members = new Map(
		[...structures].map(([group, s]) => [
			group,
			pillarDimension.map((_, p) => s.pillarOf.flatMap((q, k) => (q === p ? [k] : [])))
		])
	);
	for (let draw = 0; draw < draws; draw++) {
		const normalise: NormaliseMethod =
			NORMALISE_METHODS[Math.floor(random.uniform() * NORMALISE_METHODS.length)];
		const method: AggregateMethod =
			AGGREGATE_METHODS[Math.floor(random.uniform() * AGGREGATE_METHODS.length)];
		const dimensionWeights = perturb(
			random,
			framework.dimensions.map((d) => d.weight)
		);
		const pillarWeights = framework.dimensions.flatMap((d) =>
			perturb(
				random,
				d.pillars.map((p) => p.weight)
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
			for (const { group, means } of province.groups) {
				const w = indicatorWeights.get(group)!;
				const values = means[normalise];
				const pillarScores = members.get(group)!.map((idx) =>
					aggregate(
						method,
						idx.map((k) => values[k]),
						idx.map((k) => w[k])
					)
				);
				let offset = 0;
				const dims = pillarsOf.map((count) => {
					const slice = pillarScores.slice(offset, offset + count);
					const ws = pillarWeights.slice(offset, offset + count);
					offset += count;
					return aggregate(method, slice, ws);
				});
				const composite = aggregate(method, dims, dimensionWeights);
				if (Number.isNaN(composite)) continue;
				const gw = framework.rollup.groupWeights[group] ?? 0;
				total += gw * composite;
				weight += gw;
			}
			return weight === 0 ? -Infinity : total / weight;
		});
		rankBy(composites, (c) => c).forEach((r, i) => (ranks[i][draw] = r));
	}
	return provinces.map((p, i) => {
		const sorted = ranks[i].sort((a, b) => a - b);
		return {
			code: p.code,
			median: quantile(sorted, 0.5),
			p05: quantile(sorted, 0.05),
			p95: quantile(sorted, 0.95)
		};
	});
}
