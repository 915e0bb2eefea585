/**
 * Province, city and zone tables from regions' running sums (rollup.ts): roll-up, rank and stage.
 * Pure: zones and city series come in as arguments.
 */
import { stageOf, type Framework } from '../scoring/framework.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { GroupSums, rankBy, type RegionScore, type ScoreKey } from './rollup.ts';

export interface RankedRegion extends RegionScore {
	code: string;
	rank: number;
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

/** Regions rolled up, ranked by composite and staged. */
export function rankRegions(framework: Framework, regions: ReadonlyMap<string, GroupSums>): RankedRegion[] {
	const weights = framework.rollup.groupWeights as Record<RespondentGroup, number>;
	const rolled = [...regions].flatMap(([code, sums]) => {
		const score = sums.rollUp(weights);
		return score ? [{ code, ...score }] : [];
	});
	const ranks = rankBy(rolled, (r) => r.scores.composite);
	return rolled
		.map((r, i) => ({ ...r, rank: ranks[i], stage: stageOf(framework, r.scores.composite) }))
		.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

/** Cities' sums split into their two series, each ranked. */
export function citySeries(
	framework: Framework,
	cities: ReadonlyMap<string, GroupSums>,
	series1: ReadonlySet<string>
): (RankedRegion & { series: 1 | 2 })[] {
	return ([1, 2] as const).flatMap((series) => {
		const members = new Map([...cities].filter(([code]) => series1.has(code) === (series === 1)));
		return rankRegions(framework, members).map((r) => ({ ...r, series }));
	});
}

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
