/**
 * What the dashboard pages show, assembled from the index services and cached per score run: a
 * run id changes whenever the data or the method do, so a cached view is never stale.
 */
import { disparitySummary, lorenzCurve } from '../analysis/disparity/index.ts';
import type { RankedRegion } from '../analysis/regional-tables.ts';
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import type { RankInterval } from '../analysis/sensitivity.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { citiesOf, provincesOf, roundIndex, zonesOf, type RoundIndex } from './index-service.ts';
import { REGIONS } from './region-reference.ts';
import { roundsWithData } from './score-service.ts';
import { provinceRankIntervals } from './uncertainty-service.ts';

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
	/** The group means the province score is combined from, and the respondents behind each. */
	groupMeans: RankedRegion['groupMeans'];
	counts: RankedRegion['counts'];
}

export interface CityView {
	code: string;
	name: string;
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
}

const cache = new Map<string, RoundView>();
const intervalCache = new Map<number, RankInterval[]>();
const pending = new Map<number, Promise<void>>();

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
		groupMeans: p.groupMeans,
		counts: p.counts
	};
}

function buildView(index: RoundIndex, intervals: RankInterval[] | null): RoundView {
	const provinces = provincesOf(index).map((p) => provinceView(p, intervals));
	const zones = zonesOf(index, 'zone4');
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
		year: index.year,
		runId: index.run.id,
		frameworkVersion: `${index.framework.id} ${index.framework.version}`,
		method: methodKey(index.method),
		respondents: index.run.respondents - index.run.flagged,
		national: national.scores,
		provinces,
		cities: citiesOf(index).map((c) => ({
			code: c.code,
			name: REGIONS.get(c.code)?.name ?? c.code,
			provinceCode: c.code.slice(0, 2),
			series: c.series,
			rank: c.rank,
			scores: c.scores,
			respondents: c.respondents
		})),
		zones: zones
			.filter((z) => z.code !== 'national')
			.map((z) => ({ zone: z.code, scores: z.scores, respondents: z.respondents })),
		betweenShare
	};
}

/**
 * One round's view. `withIntervals` adds the Monte Carlo rank intervals if they are ready (and
 * starts them if not); `'wait'` waits for them.
 */
export async function roundView(
	database: HimapDatabase,
	year: number,
	options: { method?: Method; withIntervals?: boolean | 'wait' } = {}
): Promise<RoundView | null> {
	const method = options.method ?? DEFAULT_METHOD;
	const index = await roundIndex(database, year, method);
	if (!index) return null;
	let intervals: RankInterval[] | null = null;
	if (options.withIntervals) {
		intervals = intervalCache.get(index.run.id) ?? null;
		// Seconds of Monte Carlo: never make a page wait for it. Start it once per run; pages show
		// the intervals from the next view on (the start-up warms the latest round).
		if (!intervals && !pending.has(index.run.id)) {
			const runId = index.run.id;
			pending.set(
				runId,
				provinceRankIntervals(database, year)
					.then((result) => void intervalCache.set(runId, result))
					.catch((e) => console.error(`rank intervals for ${year} failed:`, e))
					.finally(() => pending.delete(runId))
			);
		}
		if (options.withIntervals === 'wait') {
			await pending.get(index.run.id);
			intervals = intervalCache.get(index.run.id) ?? null;
		}
	}
	const key = `${index.run.id}:${intervals ? 'i' : '-'}`;
	let view = cache.get(key);
	if (!view) cache.set(key, (view = buildView(index, intervals)));
	return view;
}

/** One province across every round (oldest first), for its history chart. */
export async function provinceHistory(database: HimapDatabase, code: string) {
	const years = (await roundsWithData(database)).reverse();
	const views = await Promise.all(years.map((y) => roundView(database, y)));
	return views.flatMap((v) => {
		const p = v?.provinces.find((x) => x.code === code);
		return v && p ? [{ year: v.year, scores: p.scores, rank: p.rank }] : [];
	});
}

/** The disparities page: Lorenz curve of a round and Theil parts and CV across rounds, for one score. */
export async function disparityView(database: HimapDatabase, year: number, key: ScoreKey) {
	const view = await roundView(database, year);
	if (!view) return null;
	const values = view.provinces.map((p) => p.scores[key]);
	const zone3 = view.provinces.map((p) => REGIONS.get(`${p.code}0000`)?.zone3 ?? '');
	const summary = disparitySummary(values, { groups: view.provinces.map((p) => p.zone4) });
	const weighted = view.provinces.filter((p) => REGIONS.get(`${p.code}0000`)?.population2020);
	const popWeighted = disparitySummary(
		weighted.map((p) => p.scores[key]),
		{ weights: weighted.map((p) => REGIONS.get(`${p.code}0000`)!.population2020!) }
	);
	const years = (await roundsWithData(database)).reverse();
	const rounds = (await Promise.all(years.map((y) => roundView(database, y)))).flatMap((v) => {
		if (!v) return [];
		const xs = v.provinces.map((p) => p.scores[key]);
		const z4 = disparitySummary(xs, { groups: v.provinces.map((p) => p.zone4) });
		const z3 = disparitySummary(xs, {
			groups: v.provinces.map((p) => REGIONS.get(`${p.code}0000`)?.zone3 ?? '')
		});
		return [
			{
				year: v.year,
				cv: z4.cv,
				theilT: z4.theil_t,
				between4: z4.theil_t_between,
				between3: z3.theil_t_between
			}
		];
	});
	return {
		year,
		summary,
		theilLPop: popWeighted.theil_l,
		zone3Between: disparitySummary(values, { groups: zone3 }).theil_t_between,
		lorenz: lorenzCurve(values),
		rounds,
		zones: [...new Set(view.provinces.map((p) => p.zone4))].map((zone) => ({
			zone,
			values: view.provinces.filter((p) => p.zone4 === zone).map((p) => p.scores[key])
		})),
		provenance: {
			frameworkVersion: view.frameworkVersion,
			method: view.method,
			respondents: view.respondents
		}
	};
}
