/**
 * Province, city and zone tables from scored respondents: roll-up (rollup.ts), rank and stage.
 * Pure: region names, zones and city series come in as arguments.
 */
import { stageOf, type Framework } from '../scoring/framework.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { GroupSums, rankBy, type RegionScore, type ScoreKey, type ScoredRespondent } from './rollup.ts';

export interface PlacedRespondent extends ScoredRespondent {
	provinceCode: string;
	/** Prefecture-level city (or municipality), null when the unit belongs to none. */
	cityCode: string | null;
}

export interface RegionInfo {
	code: string;
	name: string;
	nameEn?: string;
	zone4?: string;
	zone3?: string;
}

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

/** Sums of `rows` by the region `key` gives (rows with no region left out). */
function sumsBy(rows: readonly PlacedRespondent[], key: (r: PlacedRespondent) => string | null): RegionSums {
	const sums = new RegionSums();
	for (const r of rows) {
		const region = key(r);
		if (region !== null) sums.add(region, r.group, r.scores);
	}
	return sums;
}

/** Provinces (2-digit codes) ranked by composite. */
export function provinceTable(framework: Framework, rows: readonly PlacedRespondent[]): RankedRegion[] {
	return rankRegions(framework, sumsBy(rows, (r) => r.provinceCode).regions);
}

/** Cities ranked within their series (1: municipalities, sub-provincial cities, capitals; 2: the rest). */
export function cityTable(
	framework: Framework,
	rows: readonly PlacedRespondent[],
	series1: ReadonlySet<string>
): (RankedRegion & { series: 1 | 2 })[] {
	return citySeries(framework, sumsBy(rows, (r) => r.cityCode).regions, series1);
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

/** Zone scores under a zone scheme (zone4 or zone3), rolled up from the zone's respondents, plus `national`. */
export function zoneTable(
	framework: Framework,
	rows: readonly PlacedRespondent[],
	zoneOf: (provinceCode: string) => string | undefined
): RankedRegion[] {
	return zonesAndNation(
		framework,
		sumsBy(rows, (r) => zoneOf(r.provinceCode) ?? null).regions,
		sumsBy(rows, () => 'national').regions
	);
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
