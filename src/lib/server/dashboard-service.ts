/**
 * What the dashboard pages show, built from a round's stored run (index-service.ts) and cached per
 * run: a run id changes whenever the data or the method do, so a cached view is never stale. A
 * run being brought up to date is shown, marked as such, until its successor is stored.
 */
import { betweenZoneShare, regionalDisparity } from '../analysis/disparity/index.ts';
import type { RankedRegion } from '../analysis/regional-tables.ts';
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import type { RankInterval } from '../analysis/sensitivity.ts';
import { rankThresholds, type Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { citiesOf, provincesOf, storedRound, zonesOf, type StoredRound } from './index-service.ts';
import { provinceZones, REGIONS } from './region-reference.ts';
import { roundsScoredWith } from './rounds-service.ts';
import { RunCache } from './run-cache.ts';
import { provinceUnits, type ProvinceView, type RoundView } from '../views/round-view.ts';

const views = new RunCache<Omit<RoundView, 'stale'>>(32);

/** A run's bootstrap intervals by `level|code` (analysis/bootstrap.ts). */
type BootstrapOf = (level: 'province' | 'city', code: string) => ProvinceView['bootstrap'];

function bootstrapOf(round: StoredRound): BootstrapOf {
	const units = new Map(
		(round.results.bootstrap?.units ?? []).map((u) => [`${u.level}|${u.code}`, u.measures])
	);
	return (level, code) => units.get(`${level}|${code}`) ?? null;
}

function provinceView(
	p: RankedRegion,
	intervals: RankInterval[] | null,
	bootstrap: BootstrapOf
): ProvinceView {
	const region = REGIONS.get(`${p.code}0000`);
	const { zone4, zone3, population } = provinceZones(p.code);
	return {
		code: p.code,
		name: region?.name ?? p.code,
		nameEn: region?.nameEn ?? p.code,
		zone4,
		zone3,
		population,
		scores: p.scores,
		rank: p.rank,
		stage: p.stage,
		respondents: p.respondents,
		interval: intervals?.find((i) => i.code === p.code) ?? null,
		bootstrap: bootstrap('province', p.code),
		few: p.rank === null,
		groupMeans: p.groupMeans,
		counts: p.counts
	};
}

function buildView(round: StoredRound): Omit<RoundView, 'stale'> {
	const intervals = round.results.intervals ?? null;
	const bootstrap = bootstrapOf(round);
	const provinces = provincesOf(round).map((p) => provinceView(p, intervals, bootstrap));
	const zones = zonesOf(round, 'zone4');
	const national = zones.find((z) => z.code === 'national')!;
	const betweenShare = Object.fromEntries(
		SCORE_KEYS.map((k) => [k, betweenZoneShare(regionalDisparity(provinceUnits(provinces, k)))])
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
			respondents: c.respondents,
			bootstrap: bootstrap('city', c.code)
		})),
		rankThreshold: rankThresholds(round.framework),
		stages: round.framework.stages,
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
	options: { method?: Method; framework?: Framework } = {}
): Promise<RoundView | null> {
	const round = await storedRound(database, year, options.method ?? DEFAULT_METHOD, options.framework);
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

/** The national index of the round before `year` among `years` (newest first), if there is one. */
export async function previousNational(
	database: HimapDatabase,
	years: number[],
	year: number,
	method: Method,
	framework?: Framework
) {
	const previous = years.find((y) => y < year);
	const view = previous === undefined ? null : await roundView(database, previous, { method, framework });
	return view && { year: view.year, national: view.national };
}

/** Every round's view under a method, oldest first: the pages' histories and trends. */
export async function roundViews(
	database: HimapDatabase,
	method = DEFAULT_METHOD,
	framework?: Framework
): Promise<RoundView[]> {
	const years = (await roundsScoredWith(database, method, framework)).reverse();
	const views = await Promise.all(years.map((y) => roundView(database, y, { method, framework })));
	return views.filter((v) => v !== null);
}

/** One province across every round (oldest first), for its history chart. */
export async function provinceHistory(
	database: HimapDatabase,
	code: string,
	method = DEFAULT_METHOD,
	framework?: Framework
) {
	return (await roundViews(database, method, framework)).flatMap((v) => {
		const p = v.provinces.find((x) => x.code === code);
		return p ? [{ year: v.year, scores: p.scores, rank: p.rank }] : [];
	});
}

/** The national index and each zone4 zone across rounds (oldest first), every score. */
export async function roundTrend(database: HimapDatabase, method = DEFAULT_METHOD, framework?: Framework) {
	return (await roundViews(database, method, framework)).map((v) => ({
		year: v.year,
		national: v.national,
		zones: Object.fromEntries(v.zones.map((z) => [z.zone, z.scores]))
	}));
}
