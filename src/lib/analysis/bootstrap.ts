/**
 * Bootstrap intervals over respondents on province and city scores (docs/methodology.md §6.4).
 * A unit's score is the group-weighted mean of its peer-group means (§4, rollup.ts); each draw
 * resamples the respondents of every (unit × peer group) stratum with replacement, keeping the
 * stratum's size, and recomputes the unit's three dimension scores and composite from the
 * resampled group means with the same weights. The interval is the 2.5 % and 97.5 % type-7
 * quantiles of the draws (R's default, sensitivity.ts `quantileType7`); the standard error their
 * standard deviation (divisor B − 1, as R's `sd` over `boot`'s replicates).
 *
 * It captures sampling variation among a unit's respondents only: not the choice of method or
 * weights (the Monte Carlo of §6.2 does that), not non-response, not measurement error.
 */
import type { Rng } from '../scoring/random.ts';
import type { ScoredRound } from '../scoring/score-round.ts';
import type { RegionIndex } from '../survey/regions.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { normalMeans } from './bootstrap-normal.ts';
import { SCORE_KEYS, type ScoreKey } from './rollup.ts';
import { quantileType7 } from './sensitivity.ts';

export type BootstrapLevel = 'province' | 'city';

/** Draws and seed when none are asked for (`himap score --bootstrap-draws/--bootstrap-seed`). */
export const DEFAULT_BOOTSTRAP = { draws: 1000, seed: 20261130 } as const;

export interface BootstrapSettings {
	draws: number;
	seed: number;
}

export interface BootstrapMeasure {
	lower: number;
	upper: number;
	se: number;
}

export interface UnitBootstrap {
	level: BootstrapLevel;
	code: string;
	measures: Record<ScoreKey, BootstrapMeasure>;
}

export interface BootstrapResult {
	draws: number;
	seed: number;
	units: UnitBootstrap[];
}

/**
 * Strata up to this many respondents are resampled; larger ones draw their mean from its normal
 * limit (bootstrap-normal.ts: its error there is half the 1000 draws' own). A million hospitals in
 * three groups, strata of ~1000 per city: 3.6 s instead of ~20 s.
 */
export const RESAMPLE_UP_TO = 500;

export interface BootstrapOptions extends BootstrapSettings {
	/** Seeded with `seed` (scoring/random.ts). */
	rng: Pick<Rng, 'uniform' | 'normal'>;
	groupWeights: Record<RespondentGroup, number>;
	/** RESAMPLE_UP_TO unless a test asks otherwise. */
	resampleUpTo?: number;
}

/** One (unit × peer group) stratum: positions of its unflagged respondents in one scored group. */
interface Stratum {
	group: number;
	members: number[];
}

const M = SCORE_KEYS.length;

/**
 * Every unit asked for (provinces by two-digit code, cities by `regions.cityOf`) in the order
 * given, each with its strata in the round's group order: the order fixes which random numbers
 * each stratum takes, so one seed gives the same intervals every time.
 */
export function bootstrapRound(
	round: ScoredRound,
	regions: Pick<RegionIndex, 'cityOf'>,
	units: readonly { level: BootstrapLevel; code: string }[],
	options: BootstrapOptions
): BootstrapResult {
	const strata = strataOf(round, regions);
	const result: UnitBootstrap[] = [];
	for (const unit of units) {
		const own = strata.get(`${unit.level}|${unit.code}`);
		if (!own) continue;
		result.push({ ...unit, measures: unitIntervals(round, own, options) });
	}
	return { draws: options.draws, seed: options.seed, units: result };
}

function strataOf(round: ScoredRound, regions: Pick<RegionIndex, 'cityOf'>): Map<string, Stratum[]> {
	const out = new Map<string, Stratum[]>();
	const add = (key: string, group: number, k: number) => {
		let list = out.get(key);
		if (!list) out.set(key, (list = []));
		let stratum = list.at(-1);
		if (stratum?.group !== group) list.push((stratum = { group, members: [] }));
		stratum.members.push(k);
	};
	round.groups.forEach((g, gi) => {
		for (let k = 0; k < g.ids.length; k++) {
			if (g.flags[k]) continue;
			add(`province|${g.regions[k].slice(0, 2)}`, gi, k);
			const city = regions.cityOf(g.regions[k]);
			if (city !== null) add(`city|${city}`, gi, k);
		}
	});
	return out;
}

/** The draws of one unit's scores, then their quantiles and standard deviation per measure. */
function unitIntervals(
	round: ScoredRound,
	strata: readonly Stratum[],
	{ draws, rng, groupWeights, resampleUpTo = RESAMPLE_UP_TO }: BootstrapOptions
): Record<ScoreKey, BootstrapMeasure> {
	const totals = new Float64Array(draws * M);
	let weight = 0;
	for (const stratum of strata) {
		const w = groupWeights[round.groups[stratum.group].group] ?? 0;
		weight += w;
		const values = stratumValues(round, stratum);
		const means =
			stratum.members.length <= resampleUpTo
				? resampledMeans(values, draws, rng.uniform)
				: normalMeans(values, draws, () => rng.normal());
		for (let i = 0; i < totals.length; i++) totals[i] += w * means[i];
	}
	return Object.fromEntries(
		SCORE_KEYS.map((key, m) => {
			const values = Array.from({ length: draws }, (_, b) => totals[b * M + m] / weight);
			return [key, summarise(values)];
		})
	) as Record<ScoreKey, BootstrapMeasure>;
}

/** A stratum's four scores interleaved (`[i * 4 + m]`): the draws then read memory that sits together. */
function stratumValues(round: ScoredRound, stratum: Stratum): Float64Array {
	const g = round.groups[stratum.group];
	const columns = SCORE_KEYS.map((key) => g[key]);
	const values = new Float64Array(stratum.members.length * M);
	stratum.members.forEach((k, i) => columns.forEach((c, m) => (values[i * M + m] = c[k])));
	return values;
}

/** B resampled means of a stratum's four scores, draw-major (`[b * 4 + m]`): n positions drawn with replacement per draw. */
export function resampledMeans(values: Float64Array, draws: number, uniform: () => number): Float64Array {
	const n = values.length / M;
	const means = new Float64Array(draws * M);
	for (let b = 0; b < draws; b++) {
		let s0 = 0,
			s1 = 0,
			s2 = 0,
			s3 = 0;
		for (let j = 0; j < n; j++) {
			const at = Math.floor(uniform() * n) * M;
			s0 += values[at];
			s1 += values[at + 1];
			s2 += values[at + 2];
			s3 += values[at + 3];
		}
		means[b * M] = s0 / n;
		means[b * M + 1] = s1 / n;
		means[b * M + 2] = s2 / n;
		means[b * M + 3] = s3 / n;
	}
	return means;
}

/** Percentile interval (type 7) and standard deviation of a measure's draws. */
export function summarise(values: number[]): BootstrapMeasure {
	const sorted = [...values].sort((a, b) => a - b);
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	const se =
		sorted[0] === sorted.at(-1) || values.length < 2
			? 0
			: Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
	// Unrounded: scores are not ranks, and a unit of one respondent must keep its estimate as both ends.
	return { lower: quantileType7(sorted, 0.025), upper: quantileType7(sorted, 0.975), se };
}
