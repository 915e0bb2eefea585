/**
 * Province, city and zone tables from scored respondents: roll-up (rollup.ts), rank and stage.
 * Pure: region names, zones and city series come in as arguments.
 */
import { stageOf, type Framework } from '../scoring/framework.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { rankBy, rollUp, type RegionScore, type ScoredRespondent } from './rollup.ts';

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

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		if (k === null) continue;
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}

function rankRegions(framework: Framework, groups: Map<string, PlacedRespondent[]>): RankedRegion[] {
	const weights = framework.rollup.groupWeights as Record<RespondentGroup, number>;
	const regions = [...groups].flatMap(([code, members]) => {
		const score = rollUp(members, weights);
		return score ? [{ code, ...score }] : [];
	});
	const ranks = rankBy(regions, (r) => r.scores.composite);
	return regions
		.map((r, i) => ({ ...r, rank: ranks[i], stage: stageOf(framework, r.scores.composite) }))
		.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

/** Provinces (2-digit codes) ranked by composite. */
export function provinceTable(framework: Framework, rows: readonly PlacedRespondent[]): RankedRegion[] {
	return rankRegions(
		framework,
		groupBy(rows, (r) => r.provinceCode)
	);
}

/** Cities ranked within their series (1: municipalities, sub-provincial cities, capitals; 2: the rest). */
export function cityTable(
	framework: Framework,
	rows: readonly PlacedRespondent[],
	series1: ReadonlySet<string>
): (RankedRegion & { series: 1 | 2 })[] {
	const byCity = groupBy(rows, (r) => r.cityCode);
	return ([1, 2] as const).flatMap((series) => {
		const members = new Map([...byCity].filter(([code]) => series1.has(code) === (series === 1)));
		return rankRegions(framework, members).map((r) => ({ ...r, series }));
	});
}

/** Zone scores under a zone scheme (zone4 or zone3), rolled up from the zone's respondents, plus `national`. */
export function zoneTable(
	framework: Framework,
	rows: readonly PlacedRespondent[],
	zoneOf: (provinceCode: string) => string | undefined
): RankedRegion[] {
	const zones = rankRegions(
		framework,
		groupBy(rows, (r) => zoneOf(r.provinceCode) ?? null)
	);
	const national = rankRegions(framework, new Map([['national', [...rows]]]));
	return [...zones, ...national.map((n) => ({ ...n, rank: 0 }))];
}
