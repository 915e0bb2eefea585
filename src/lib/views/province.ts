/**
 * A province's page: its scores, rank and stage; a radar against its zone and the nation; its
 * respondent groups; its history over rounds; its cities; and each yes/no indicator beside the
 * national rate, where it lags most first.
 */
import type { IndicatorRate } from '../analysis/indicator-rates.ts';
import { intervalText } from '../charts/interval-text.ts';
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import type { DimensionBarsData } from '../charts/dimension-bars/build.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import {
	FEW_MARK,
	formatCount,
	formatNumber,
	formatRank,
	formatRankRange,
	formatSigned,
	roundTo
} from '../charts/format.ts';
import { dimensionRadar, type RadarData } from '../charts/radar/build.ts';
import type { ChartTable } from '../charts/table.ts';
import type { TrendData } from '../charts/trend/build.ts';
import { format } from '../i18n/format.ts';
import { DIMENSIONS, type DimensionId } from '../scoring/framework.ts';
import { cityRows, cityTable } from './city-rows.ts';
import { indicatorCells, indicatorHeaders, localName, zoneName } from './names.ts';
import type { PageBase } from './page-base.ts';
import { roundRadarMin, type ProvinceView, type RoundView } from './round-view.ts';

/** Respondent groups in the order the survey lists them. */
const GROUPS = ['provincial', 'municipal', 'county', 'tertiary', 'secondary', 'other'] as const;

export interface ProvinceIdentity {
	code: string;
	name: string;
	nameEn: string;
	zone4: string;
}

export interface ProvinceHistoryPoint {
	year: number;
	scores: Record<ScoreKey, number>;
	rank: number | null;
}

export function provincePage(
	base: PageBase,
	identity: ProvinceIdentity,
	rates: readonly IndicatorRate[],
	history: readonly ProvinceHistoryPoint[]
) {
	const { t, locale, view } = base;
	const title = localName(identity, locale);
	const province = view?.provinces.find((p) => p.code === identity.code);
	if (!view || !province) return { title, shown: null };
	const zone = zoneName(t, identity.zone4);
	const provenance = { ...view, respondents: province.respondents };
	const radar = provinceRadar(base, identity, province, view);
	const groups: DimensionBarsData = {
		locale,
		categories: SCORE_KEYS.map((k) => t[k]),
		series: GROUPS.filter((g) => province.groupMeans[g]).map((g) => ({
			name: `${t[`group_${g}`]} (${province.counts[g] ?? 0})`,
			values: SCORE_KEYS.map((k) => province.groupMeans[g]![k])
		}))
	};
	const interval = province.interval && formatRankRange(province.interval.p05, province.interval.p95, locale);
	const cities = view.cities.filter((c) => c.provinceCode === identity.code);
	const indicators = indicatorsAgainstNation(rates, identity.code);
	return {
		title,
		shown: {
			year: view.year,
			zone,
			lead: {
				composite: formatNumber(province.scores.composite, locale),
				/** The composite's 95 % bootstrap interval over respondents (methodology §6.3); null without it. */
				compositeInterval: intervalText(province.bootstrap?.composite, locale),
				/** "2 / 31": among the ranked provinces only. */
				rank:
					province.rank === null
						? t.unranked
						: `${formatRank(province.rank, locale)} / ${view.provinces.filter((p) => p.rank !== null).length}`,
				interval,
				stage: province.stage,
				respondents: formatCount(province.respondents, locale) + (province.few ? FEW_MARK : '')
			},
			fewNote: province.few ? format(t.fewRespondents, { n: view.rankThreshold.province }) : null,
			lagging: laggingSentence(base, province, view),
			caption: sourceCaption(t, locale, base.demo, provenance),
			radar,
			groups: { data: groups, labels: { series: t.group, yAxis: t.score } },
			history: history.length > 1 ? historyChart(base, provenance, history) : null,
			cities: cityRows(cities, t, locale, view.rankThreshold.city),
			citiesDownload: cityTable(cities, t, locale, {
				header: t.series,
				value: (c) => (c.series === 1 ? t.series1Short : t.series2Short)
			}),
			indicatorsDownload: indicatorsTable(base, title, indicators),
			indicators: indicators.map((r) => ({
				key: `${r.survey}|${r.indicator}`,
				dimension: r.dimension ? t[r.dimension] : '–',
				survey: t[r.survey],
				name: localName({ name: r.zh, nameEn: r.en }, locale),
				own: formatNumber(r.own, locale),
				ownCi: intervalText(r.ownCi, locale),
				national: formatNumber(r.national, locale),
				nationalCi: intervalText(r.nationalCi, locale),
				difference: formatSigned(r.difference, locale),
				behind: r.difference !== null && r.difference < 0,
				answered: formatCount(r.n, locale)
			}))
		}
	};
}

/** The province against its zone and the nation, on the round's one radar scale. */
export function provinceRadar(
	{ t, locale }: PageBase,
	identity: ProvinceIdentity,
	province: ProvinceView,
	view: RoundView
) {
	const zone = zoneName(t, identity.zone4);
	const zoneScores = view.zones.find((z) => z.zone === identity.zone4)?.scores;
	const radar = dimensionRadar(
		[
			{ name: localName(identity, locale), scores: province.scores },
			...(zoneScores ? [{ name: format(t.zoneMean, { zone }), scores: zoneScores }] : []),
			{ name: t.nationalMean, scores: view.national }
		],
		(k) => t[k],
		locale,
		roundRadarMin(view)
	);
	return {
		data: radar as RadarData,
		labels: { series: t.series, scale: format(t.radarScale, { min: radar.min, max: 100 }) }
	};
}

/** The dimension furthest below the national mean, in words. */
export function laggingSentence({ t, locale }: PageBase, province: ProvinceView, view: RoundView): string {
	const [lagging] = DIMENSIONS.map((k) => ({ k, gap: province.scores[k] - view.national[k] })).sort(
		(a, b) => a.gap - b.gap
	);
	return lagging.gap < 0
		? format(t.lagsMost, { dimension: t[lagging.k], gap: formatSigned(lagging.gap, locale) })
		: t.aheadEverywhere;
}

/** The indicators table as its CSV has it: rates in percent and the difference in points, unrounded for display. */
function indicatorsTable(
	{ t, locale }: PageBase,
	name: string,
	indicators: ReturnType<typeof indicatorsAgainstNation>
): ChartTable {
	return {
		columns: [
			...indicatorHeaders(t),
			format(t.rateOf, { name }),
			t.nationalRate,
			t.difference,
			t.answered,
			`${format(t.rateOf, { name })} · ${t.ciLower}`,
			`${format(t.rateOf, { name })} · ${t.ciUpper}`
		],
		rows: indicators.map((r) => [
			...indicatorCells(t, locale, r),
			roundTo(r.own, 2),
			roundTo(r.national, 2),
			roundTo(r.difference, 2),
			r.n,
			roundTo(r.ownCi?.lower ?? null, 2),
			roundTo(r.ownCi?.upper ?? null, 2)
		])
	};
}

function historyChart(
	{ t, locale, demo }: PageBase,
	provenance: Parameters<typeof sourceCaption>[3],
	history: readonly ProvinceHistoryPoint[]
) {
	const data: TrendData = {
		locale,
		years: history.map((h) => h.year),
		yLabel: t.score,
		series: SCORE_KEYS.map((k) => ({ name: t[k], values: history.map((h) => h.scores[k]) }))
	};
	return {
		data,
		labels: { year: t.round },
		caption: sourceCaption(t, locale, demo, {
			...provenance,
			year: `${history[0].year}–${history.at(-1)!.year}`
		})
	};
}

/**
 * The indicators the province has answers for, by dimension, then the largest shortfall against
 * the national rate first: where the province lags, and on what. Unknown differences (no national
 * rate) come last, not as the largest shortfall.
 */
export function indicatorsAgainstNation(rates: readonly IndicatorRate[], code: string) {
	const order = (d: DimensionId | null) => (d === null ? DIMENSIONS.length : DIMENSIONS.indexOf(d));
	return rates
		.flatMap((r) => {
			const own = r.provinces[code];
			if (!own) return [];
			const difference = own.percent === null || r.national === null ? null : own.percent - r.national;
			return [{ ...r, own: own.percent, ownCi: own.ci, n: own.n, difference }];
		})
		.sort(
			(a, b) =>
				order(a.dimension) - order(b.dimension) || (a.difference ?? Infinity) - (b.difference ?? Infinity)
		);
}
