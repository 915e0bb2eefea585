/**
 * What the dashboard pages show, assembled from the index services and cached per score run: a
 * run id changes whenever the data or the method do, so a cached view is never stale.
 */
import { disparitySummary } from '../analysis/disparity/index.ts';
import type { RankedRegion } from '../analysis/regional-tables.ts';
import { FEW_RESPONDENTS, SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import type { RankInterval } from '../analysis/sensitivity.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { citiesOf, provincesOf, runIndex, zonesOf, type RoundIndex } from './index-service.ts';
import { REGIONS } from './region-reference.ts';
import { freshRun, roundsScoredWith } from './score-service.ts';
import { RunCache } from './run-cache.ts';
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
	/** Whether the provinces carry their rank intervals (asked for, default method, computed). */
	withIntervals: boolean;
}

const views = new RunCache<RoundView>(32);
/** Rank intervals of a run: the promise of their computation, and the result once it is there. */
const intervals = new RunCache<{ done: Promise<void>; result: RankInterval[] | null }>();

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
		withIntervals: intervals !== null
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
	// The run first: a view already built needs no roll-up read again.
	const run = await freshRun(database, year, method);
	if (!run) return null;
	let ready: RankInterval[] | null = null;
	// The intervals are ranks under the default method with the others drawn around it: beside
	// another method's ranks they would mislead.
	if (options.withIntervals && methodKey(method) === methodKey(DEFAULT_METHOD)) {
		// Seconds of Monte Carlo: never make a page wait for it. Start it once per run; pages show
		// the intervals from the next view on (the start-up warms the latest round).
		let entry = intervals.get(database, run);
		if (!entry) {
			const started: { done: Promise<void>; result: RankInterval[] | null } = {
				done: Promise.resolve(),
				result: null
			};
			started.done = provinceRankIntervals(database, year)
				.then((result) => void (started.result = result))
				.catch((e) => {
					console.error(`rank intervals for ${year} failed:`, e);
					// Forgotten, so the next view tries again rather than never showing them.
					intervals.delete(database, run);
				});
			intervals.set(database, run, (entry = started));
		}
		if (options.withIntervals === 'wait') await entry.done;
		ready = entry.result;
	}
	const variant = ready ? ':i' : '';
	const cached = views.get(database, run, variant);
	if (cached) return cached;
	const view = buildView(await runIndex(database, run, method), ready);
	views.set(database, run, view, variant);
	return view;
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
