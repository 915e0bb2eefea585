/**
 * A round as the dashboard shows it: the stored run's provinces, cities and zones with names in
 * both languages, built once per run (server/dashboard-service.ts) and handed to the page views.
 */
import type { BootstrapMeasure } from '../analysis/bootstrap.ts';
import type { RegionalUnit } from '../analysis/disparity/regional.ts';
import type { RankedRegion } from '../analysis/regional-tables.ts';
import type { ScoreKey } from '../analysis/rollup.ts';
import type { RankInterval } from '../analysis/sensitivity.ts';
import { radarMin } from '../charts/radar/build.ts';
import { DIMENSIONS, type RankThresholds, type Stage } from '../scoring/framework.ts';

export interface ProvinceView {
	code: string;
	name: string;
	nameEn: string;
	zone4: string;
	zone3: string;
	/** Census population (2020); null for the XPCC, which has none of its own. */
	population: number | null;
	scores: Record<ScoreKey, number>;
	/** Null: too few respondents stand behind the score to rank it (RoundView.rankThreshold). */
	rank: number | null;
	stage: number;
	respondents: number;
	interval: RankInterval | null;
	/** The 95 % bootstrap interval of each score over respondents; null for a run without it. */
	bootstrap: Record<ScoreKey, BootstrapMeasure> | null;
	/** Shown, marked and not ranked: too few respondents for the score to be read like the others. */
	few: boolean;
	/** The group means the province score is combined from, and the respondents behind each. */
	groupMeans: RankedRegion['groupMeans'];
	counts: RankedRegion['counts'];
}

export interface CityView {
	code: string;
	name: string;
	nameEn: string;
	provinceCode: string;
	series: 1 | 2;
	/** Within its series; null when unranked. */
	rank: number | null;
	scores: Record<ScoreKey, number>;
	respondents: number;
	/** As ProvinceView's. */
	bootstrap: Record<ScoreKey, BootstrapMeasure> | null;
}

export interface RoundView {
	year: number;
	runId: number;
	frameworkVersion: string;
	method: string;
	respondents: number;
	national: Record<ScoreKey, number>;
	provinces: ProvinceView[];
	cities: CityView[];
	/** Fewest scored respondents a province or city needs to be ranked (the framework's). */
	rankThreshold: RankThresholds;
	/** The framework's maturity stages, with their names. */
	stages: Stage[];
	zones: { zone: string; scores: Record<ScoreKey, number>; respondents: number }[];
	/** Share of Theil T that lies between the zone4 zones, per score. */
	betweenShare: Record<ScoreKey, number | null>;
	/** Whether the provinces carry their rank intervals (every run has them, around its own method). */
	withIntervals: boolean;
	/** When the shown run was computed (ISO 8601). */
	computedAt: string;
	/** Newer responses have arrived: the shown run is being brought up to date. */
	stale: boolean;
}

/**
 * One radar centre for a whole round: every province's page and every comparison draws its spokes
 * from it, so that shapes can be set side by side.
 */
export function roundRadarMin(view: RoundView): number {
	return radarMin([
		{ name: 'national', values: DIMENSIONS.map((k) => view.national[k]) },
		...view.provinces.map((p) => ({ name: p.code, values: DIMENSIONS.map((k) => p.scores[k]) }))
	]);
}

/** The provinces as units of the disparity measures, on one score. */
export function provinceUnits(provinces: readonly ProvinceView[], key: ScoreKey): RegionalUnit[] {
	return provinces.map((p) => ({
		value: p.scores[key],
		zone4: p.zone4,
		zone3: p.zone3,
		population: p.population
	}));
}
