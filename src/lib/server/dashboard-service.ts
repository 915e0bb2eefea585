/**
 * What the dashboard pages show, built from a round's stored run (index-service.ts) and cached per
 * run: a run id changes whenever the data or the method do, so a cached view is never stale. A
 * run being brought up to date is shown, marked as such, until its successor is stored.
 */
import { disparitySummary } from '../analysis/disparity/index.ts';
import type { RankedRegion } from '../analysis/regional-tables.ts';
import { FEW_RESPONDENTS, SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import type { RankInterval } from '../analysis/sensitivity.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { citiesOf, provincesOf, storedRound, zonesOf, type StoredRound } from './index-service.ts';
import { REGIONS } from './region-reference.ts';
import { roundsScoredWith } from './rounds-service.ts';
import { RunCache } from './run-cache.ts';

export interface ProvinceView {
	code: string;
	name: string;
	nameEn: string;
	zone4: string;
	scores: Record<ScoreKey, number>;
	rank: number;
	stage: number;
	respondents: number;
	interval: RankInterval | null;
	/** Too few respondents for the score to be read like the others (see FEW_RESPONDENTS). */
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
	rank: number;
	scores: Record<ScoreKey, number>;
	respondents: number;
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
	zones: { zone: string; scores: Record<ScoreKey, number>; respondents: number }[];
	/** Share of Theil T that lies between the zone4 zones, per score. */
	betweenShare: Record<ScoreKey, number | null>;
	/** Whether the provinces carry their rank intervals (the default method's runs have them). */
	withIntervals: boolean;
	/** When the shown run was computed (ISO 8601). */
	computedAt: string;
	/** Newer responses have arrived: the shown run is being brought up to date. */
	stale: boolean;
}

const views = new RunCache<Omit<RoundView, 'stale'>>(32);

function provinceView(p: RankedRegion, intervals: RankInterval[] | null): ProvinceView {
	const region = REGIONS.get(`${p.code}0000`);
	return {
		code: p.code,
		name: region?.name ?? p.code,
		nameEn: region?.nameEn ?? p.code,
		zone4: region?.zone4 ?? '',
		scores: p.scores,
		rank: p.rank,
		stage: p.stage,
		respondents: p.respondents,
		interval: intervals?.find((i) => i.code === p.code) ?? null,
		few: p.respondents < FEW_RESPONDENTS,
		groupMeans: p.groupMeans,
		counts: p.counts
	};
}

function buildView(round: StoredRound): Omit<RoundView, 'stale'> {
	const intervals = round.results.intervals ?? null;
	const provinces = provincesOf(round).map((p) => provinceView(p, intervals));
	const zones = zonesOf(round, 'zone4');
	const national = zones.find((z) => z.code === 'national')!;
	const groups = provinces.map((p) => p.zone4);
	const betweenShare = Object.fromEntries(
		SCORE_KEYS.map((k) => {
			const d = disparitySummary(
				provinces.map((p) => p.scores[k]),
				{ groups }
			);
			return [k, d.theil_t > 0 && d.theil_t_between !== null ? d.theil_t_between / d.theil_t : null];
		})
	) as Record<ScoreKey, number | null>;
	return {
		year: round.year,
		runId: round.run.id,
		frameworkVersion: `${round.framework.id} ${round.framework.version}`,
		method: methodKey(round.method),
		respondents: round.run.respondents - round.run.flagged,
		national: national.scores,
		provinces,
		cities: citiesOf(round).map((c) => ({
			code: c.code,
			name: REGIONS.get(c.code)?.name ?? c.code,
			nameEn: REGIONS.get(c.code)?.nameEn ?? c.code,
			provinceCode: c.code.slice(0, 2),
			series: c.series,
			rank: c.rank,
			scores: c.scores,
			respondents: c.respondents
		})),
		zones: zones
			.filter((z) => z.code !== 'national')
			.map((z) => ({ zone: z.code, scores: z.scores, respondents: z.respondents })),
		betweenShare,
		withIntervals: intervals !== null,
		computedAt: round.run.computed_at
	};
}

/** One round's view under a method; null if the round has not been scored with it yet. */
export async function roundView(
	database: HimapDatabase,
	year: number,
	options: { method?: Method } = {}
): Promise<RoundView | null> {
	const round = await storedRound(database, year, options.method ?? DEFAULT_METHOD);
	if (!round) return null;
	let view = views.get(database, round.run);
	if (!view) views.set(database, round.run, (view = buildView(round)));
	return { ...view, stale: round.stale };
}

/**
 * The method a page shows for a round: the one asked for once it has been scored for that round
 * (`himap score`), otherwise the default, with the asked one named so the page can say so.
 */
export async function servedMethod(
	database: HimapDatabase,
	year: number | null,
	asked: Method
): Promise<{ method: Method; notScored: Method | null }> {
	if (year === null || methodKey(asked) === methodKey(DEFAULT_METHOD))
		return { method: asked, notScored: null };
	const scored = await roundsScoredWith(database, asked);
	return scored.includes(year)
		? { method: asked, notScored: null }
		: { method: DEFAULT_METHOD, notScored: asked };
}

/** One province across every round (oldest first), for its history chart. */
export async function provinceHistory(database: HimapDatabase, code: string, method = DEFAULT_METHOD) {
	const years = (await roundsScoredWith(database, method)).reverse();
	const views = await Promise.all(years.map((y) => roundView(database, y, { method })));
	return views.flatMap((v) => {
		const p = v?.provinces.find((x) => x.code === code);
		return v && p ? [{ year: v.year, scores: p.scores, rank: p.rank }] : [];
	});
}

/** The national index and each zone4 zone across rounds (oldest first), every score. */
export async function roundTrend(database: HimapDatabase, method = DEFAULT_METHOD) {
	const years = (await roundsScoredWith(database, method)).reverse();
	const views = await Promise.all(years.map((y) => roundView(database, y, { method })));
	return views.flatMap((v) =>
		v
			? [
					{
						year: v.year,
						national: v.national,
						zones: Object.fromEntries(v.zones.map((z) => [z.zone, z.scores]))
					}
				]
			: []
	);
}
