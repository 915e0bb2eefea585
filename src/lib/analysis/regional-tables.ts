/**
 * Province, city and zone tables from regions' running sums (rollup.ts): roll-up, rank and stage.
 * Pure: zones and city series come in as arguments.
 */
import { rankThresholds, stageOf, type Framework } from '../scoring/framework.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { GroupSums, rankBy, type RegionScore, type ScoreKey } from './rollup.ts';

export interface RankedRegion extends RegionScore {
	code: string;
	/** Null when too few respondents stand behind the score to rank it (`rankThresholds`). */
	rank: number | null;
	stage: number;
}

/** Running sums per region, for respondents added one at a time (GroupSums). */
export class RegionSums {
	readonly regions = new Map<string, GroupSums>();

	add(region: string, group: RespondentGroup, scores: Record<ScoreKey, number>): void {
		let sums = this.regions.get(region);
		if (!sums) this.regions.set(region, (sums = new GroupSums()));
		sums.add(group, scores);
	}
}

/**
 * Regions rolled up and staged; those with at least `threshold` scored respondents ranked by
 * composite among themselves, the rest after them, by composite, unranked.
 */
export function rankRegions(
	framework: Framework,
	regions: ReadonlyMap<string, GroupSums>,
	threshold = 1
): RankedRegion[] {
	const weights = framework.rollup.groupWeights as Record<RespondentGroup, number>;
	const rolled = [...regions].flatMap(([code, sums]) => {
		const score = sums.rollUp(weights);
		return score ? [{ code, ...score }] : [];
	});
	const ranked = rankAmong(
		rolled,
		(r) => r.scores.composite,
		(r) => r.respondents >= threshold
	);
	return rolled
		.map((r, i) => ({ ...r, rank: ranked[i], stage: stageOf(framework, r.scores.composite) }))
		.sort(byRank((r) => r.scores.composite));
}

/** Ranks (highest score first, ties sharing) among the items that may be ranked; null for the rest. */
export function rankAmong<T>(
	items: readonly T[],
	score: (t: T) => number,
	mayRank: (t: T) => boolean
): (number | null)[] {
	const eligible = items.flatMap((t, i) => (mayRank(t) ? [i] : []));
	const ranks = rankBy(eligible, (i) => score(items[i]));
	const out = new Array<number | null>(items.length).fill(null);
	eligible.forEach((i, k) => (out[i] = ranks[k]));
	return out;
}

/** Ranked first, by rank; then the unranked, best score first; ties by code. */
export const byRank =
	<T extends { rank: number | null; code: string }>(score: (t: T) => number) =>
	(a: T, b: T): number =>
		(a.rank ?? Infinity) - (b.rank ?? Infinity) ||
		(a.rank === null && b.rank === null ? score(b) - score(a) : 0) ||
		a.code.localeCompare(b.code);

/** Cities' sums split into their two series, each ranked on its own. */
export function citySeries(
	framework: Framework,
	cities: ReadonlyMap<string, GroupSums>,
	series1: ReadonlySet<string>
): (RankedRegion & { series: 1 | 2 })[] {
	const threshold = rankThresholds(framework).city;
	return ([1, 2] as const).flatMap((series) => {
		const members = new Map([...cities].filter(([code]) => series1.has(code) === (series === 1)));
		return rankRegions(framework, members, threshold).map((r) => ({ ...r, series }));
	});
}

/** Provinces ranked, those with too few respondents left unranked. */
export const rankProvinces = (framework: Framework, provinces: ReadonlyMap<string, GroupSums>) =>
	rankRegions(framework, provinces, rankThresholds(framework).province);

/** Zones ranked, then the nation (rank 0). */
export function zonesAndNation(
	framework: Framework,
	zones: ReadonlyMap<string, GroupSums>,
	nation: ReadonlyMap<string, GroupSums>
): RankedRegion[] {
	return [
		...rankRegions(framework, zones),
		...rankRegions(framework, nation).map((n) => ({ ...n, rank: 0 }))
	];
}
