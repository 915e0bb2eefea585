/**
 * What the dashboard pages show, assembled from the index services and cached per score run: a
 * run id changes whenever the data or the method do, so a cached view is never stale.
 */
import { disparitySummary, lorenzCurve } from '../analysis/disparity/index.ts';
import { computeRates } from '../analysis/rates.ts';
import type { RankedRegion } from '../analysis/regional-tables.ts';
import { FEW_RESPONDENTS, SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import type { RankInterval } from '../analysis/sensitivity.ts';
import { placeOfAnswer } from '../scoring/answer-indicator.ts';
import type { DimensionId, Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import { TEMPLATES, type TemplateId } from '../survey/templates.ts';
import type { HimapDatabase } from './db/connect.ts';
import { currentResponses } from './db/responses.repository.ts';
import { citiesOf, provincesOf, roundIndex, zonesOf, type RoundIndex } from './index-service.ts';
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
	const index = await roundIndex(database, year, method);
	if (!index) return null;
	const view = buildView(index, ready);
	views.set(database, index.run, view, variant);
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

export interface IndicatorRate {
	survey: TemplateId;
	indicator: string;
	zh: string;
	en: string;
	/** The dimension whose indicator the answer feeds (see scoring/answer-indicator.ts). */
	dimension: DimensionId | null;
	/** Percent answering yes nationally, one decimal; null when nobody answered. */
	national: number | null;
	/** Per province code: percent and how many answered. */
	provinces: Record<string, { percent: number | null; n: number }>;
}

const rates = new RunCache<Promise<IndicatorRate[]>>();

/**
 * Every yes/no indicator's rate by province and nationally for one round: the province page and the
 * comparison set a province's rate beside the national one. Read once per score run, however many
 * pages ask at once.
 */
export async function indicatorRates(database: HimapDatabase, year: number): Promise<IndicatorRate[] | null> {
	const index = await roundIndex(database, year);
	if (!index) return null;
	let loading = rates.get(database, index.run);
	if (!loading) {
		loading = loadIndicatorRates(database, year, index.framework);
		rates.set(database, index.run, loading);
		loading.catch(() => rates.delete(database, index.run));
	}
	return loading;
}

async function loadIndicatorRates(
	database: HimapDatabase,
	year: number,
	framework: Framework
): Promise<IndicatorRate[]> {
	const responses = await currentResponses(database.db, year);
	const codes = [...new Set(responses.map((r) => r.province_code))].sort();
	const rows = computeRates(
		responses.map((r) => ({
			year,
			survey: r.survey as TemplateId,
			group: r.province_code,
			answers: r.answers
		})),
		{ regional: codes, hospital: codes }
	);
	const byKey = new Map<string, IndicatorRate>();
	for (const r of rows) {
		const key = `${r.survey}|${r.indicator}`;
		let rate = byKey.get(key);
		if (!rate) {
			const column = TEMPLATES[r.survey].columns.find((c) => c.name === r.indicator)!;
			rate = {
				survey: r.survey,
				indicator: r.indicator,
				zh: column.zh,
				en: column.description.charAt(0).toUpperCase() + column.description.slice(1),
				dimension: placeOfAnswer(framework, r.indicator)?.dimension ?? null,
				national: null,
				provinces: {}
			};
			byKey.set(key, rate);
		}
		if (r.group === 'all') rate.national = r.percent;
		else rate.provinces[r.group] = { percent: r.percent, n: r.denominator };
	}
	return [...byKey.values()];
}

/** The disparities page: Lorenz curve of a round and Theil parts and CV across rounds, for one score. */
export async function disparityView(
	database: HimapDatabase,
	year: number,
	key: ScoreKey,
	method = DEFAULT_METHOD
) {
	const view = await roundView(database, year, { method });
	if (!view) return null;
	const values = view.provinces.map((p) => p.scores[key]);
	const zone3 = view.provinces.map((p) => REGIONS.get(`${p.code}0000`)?.zone3 ?? '');
	const summary = disparitySummary(values, { groups: view.provinces.map((p) => p.zone4) });
	const weighted = view.provinces.filter((p) => REGIONS.get(`${p.code}0000`)?.population2020);
	const popWeighted = disparitySummary(
		weighted.map((p) => p.scores[key]),
		{ weights: weighted.map((p) => REGIONS.get(`${p.code}0000`)!.population2020!) }
	);
	const years = (await roundsScoredWith(database, method)).reverse();
	const rounds = (await Promise.all(years.map((y) => roundView(database, y, { method })))).flatMap((v) => {
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
