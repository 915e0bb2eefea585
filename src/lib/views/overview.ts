/**
 * The overview page: the national index with its change since the previous round, the map and the
 * ranking of provinces, the zones, the trend over rounds and the ranking table.
 */
import { byRank, rankAmong } from '../analysis/regional-tables.ts';
import type { ScoreKey } from '../analysis/rollup.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import { formatCount, formatNumber, formatRank, formatRankRange, roundTo } from '../charts/format.ts';
import { intervalText } from '../charts/interval-text.ts';
import type { ProvinceMapData, ProvinceMapLabels } from '../charts/province-map/build.ts';
import { NOT_SURVEYED } from '../charts/province-map/features.ts';
import { rankingHeight, type RankingData, type RankingLabels } from '../charts/ranking/build.ts';
import type { ChartTable } from '../charts/table.ts';
import type { TrendData } from '../charts/trend/build.ts';
import { format } from '../i18n/format.ts';
import { DEFAULT_METHOD, methodKey } from '../scoring/method.ts';
import { markedName, zoneName } from './names.ts';
import type { PageBase } from './page-base.ts';
import type { RoundView } from './round-view.ts';
import { scoreCards } from './score-cards.ts';

export interface TrendPoint {
	year: number;
	national: Record<ScoreKey, number>;
	zones: Record<string, Record<ScoreKey, number>>;
}

export interface OverviewInput {
	/** The round before the shown one, for the change on each card; null for the first round. */
	previous: { year: number; national: Record<ScoreKey, number> } | null;
	/** The national index and the zones in every round, oldest first. */
	trend: TrendPoint[];
}

export function overviewPage(base: PageBase, { previous, trend }: OverviewInput) {
	const { t, locale, view, dimension } = base;
	if (!view) return null;
	const caption = sourceCaption(t, locale, base.demo, view);
	// Provinces by the chosen score, best first; ties share a rank, as everywhere else, and those
	// too small to rank on the composite are unranked on every score.
	const ranks = rankAmong(
		view.provinces,
		(p) => p.scores[dimension],
		(p) => p.rank !== null
	);
	const byScore = view.provinces
		.map((p, i) => ({ p, rank: ranks[i], code: p.code }))
		.sort(byRank((x) => x.p.scores[dimension]));
	return {
		year: view.year,
		cards: scoreCards(
			t,
			locale,
			view.national,
			previous && { year: previous.year, scores: previous.national },
			(key) => (key === 'composite' ? `${t.national} · ${t.composite}` : t[key])
		),
		map: provinceMap(base, view, byScore),
		ranking: ranking(base, view),
		caption,
		zones: view.zones.map((z) => ({
			zone: z.zone,
			name: zoneName(t, z.zone),
			value: formatNumber(z.scores[dimension], locale),
			respondents: formatCount(z.respondents, locale)
		})),
		betweenShare:
			view.betweenShare[dimension] === null
				? '–'
				: `${formatNumber(100 * view.betweenShare[dimension]!, locale)} %`,
		trend: trend.length > 1 ? trendChart(base, view, trend) : null,
		table: {
			note: view.method === methodKey(DEFAULT_METHOD) ? t.rankingNote : t.methodNote,
			fewNote: view.provinces.some((p) => p.few)
				? format(t.fewRespondents, { n: view.rankThreshold.province })
				: null,
			// The interval is of the composite's rank: shown only beside the composite.
			withInterval: dimension === 'composite',
			rows: byScore.map(({ p, rank }) => ({
				code: p.code,
				rank: formatRank(dimension === 'composite' ? p.rank : rank, locale, t.unrankedShort),
				name: markedName(p, locale),
				value: formatNumber(p.scores[dimension], locale),
				valueCi: intervalText(p.bootstrap?.[dimension], locale),
				interval: formatRankRange(p.interval?.p05 ?? null, p.interval?.p95 ?? null, locale) ?? '',
				stage: p.stage,
				respondents: formatCount(p.respondents, locale)
			})),
			download: rankingDownload(base, byScore)
		}
	};
}

/** The ranking table as its CSV has it: plain numbers, the interval's exact bounds. */
function rankingDownload(
	{ t, locale, dimension }: PageBase,
	byScore: { p: RoundView['provinces'][number]; rank: number | null }[]
): ChartTable {
	const composite = dimension === 'composite';
	return {
		columns: [
			t.rank,
			t.province,
			t[dimension],
			...(composite ? [t.rankP05, t.rankP95] : []),
			t.stage,
			t.respondents
		],
		rows: byScore.map(({ p, rank }) => [
			composite ? p.rank : rank,
			markedName(p, locale),
			roundTo(p.scores[dimension], 2),
			...(composite ? [p.interval?.p05 ?? null, p.interval?.p95 ?? null] : []),
			p.stage,
			p.respondents
		])
	};
}

/** The provinces by score, then the regions the survey does not cover, as "no data". */
function provinceMap(
	{ t, locale, dimension }: PageBase,
	view: RoundView,
	byScore: { p: RoundView['provinces'][number]; rank: number | null }[]
): { data: ProvinceMapData; labels: ProvinceMapLabels } {
	return {
		data: {
			locale,
			metric: t[dimension],
			rows: [
				...byScore.map(({ p, rank }) => ({
					code: p.code,
					name: markedName(p, locale),
					value: p.scores[dimension],
					rank
				})),
				...NOT_SURVEYED.map((code) => ({
					code,
					name: t[`name_${code}`],
					value: null,
					rank: null
				}))
			]
		},
		labels: {
			noData: t.noDataMap,
			rank: t.rank,
			value: t[dimension],
			legendTitle: t[dimension],
			region: t.province,
			notMapped: t.notMapped,
			southChinaSea: t.southChinaSea
		}
	};
}

/** The composite ranking with each rank's 5–95 % interval, whatever score the page shows. */
function ranking(
	{ t, locale }: PageBase,
	view: RoundView
): { data: RankingData; labels: RankingLabels; height: string } {
	return {
		data: {
			locale,
			rows: view.provinces.map((p) => ({
				code: p.code,
				name: markedName(p, locale),
				value: p.scores.composite,
				rank: p.rank,
				rankP05: p.interval?.p05 ?? null,
				rankP95: p.interval?.p95 ?? null,
				valueInterval: p.bootstrap?.composite ?? null
			}))
		},
		labels: {
			value: t.composite,
			rank: t.rank,
			interval: t.rankInterval,
			region: t.province,
			rankP05: t.rankP05,
			rankP95: t.rankP95,
			unranked: t.unranked,
			valueInterval: t.scoreInterval
		},
		height: rankingHeight(view.provinces.length)
	};
}

function trendChart(base: PageBase, view: RoundView, trend: TrendPoint[]) {
	const { t, locale, dimension } = base;
	const data: TrendData = {
		locale,
		years: trend.map((r) => r.year),
		yLabel: t[dimension],
		series: [
			{ name: t.national, values: trend.map((r) => r.national[dimension]) },
			...view.zones.map((z) => ({
				name: zoneName(t, z.zone),
				values: trend.map((r) => r.zones[z.zone]?.[dimension] ?? null)
			}))
		]
	};
	return {
		data,
		labels: { year: t.round },
		caption: sourceCaption(t, locale, base.demo, {
			...view,
			year: `${trend[0].year}–${trend.at(-1)!.year}`
		})
	};
}
