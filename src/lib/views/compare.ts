/**
 * The comparison page: two to six provinces side by side — their scores with the gap between them,
 * a radar and bars against the national mean, and every yes/no indicator with the widest gaps first.
 * A query asking for more compares the first six and says which it left out.
 */
import type { IndicatorRate } from '../analysis/indicator-rates.ts';
import { SCORE_KEYS } from '../analysis/rollup.ts';
import { intervalText } from '../charts/interval-text.ts';
import type { DimensionBarsData, DimensionBarsLabels } from '../charts/dimension-bars/build.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import { formatNumber, formatRank, roundTo } from '../charts/format.ts';
import { dimensionRadar, type RadarData, type RadarLabels } from '../charts/radar/build.ts';
import type { ChartTable } from '../charts/table.ts';
import { format } from '../i18n/format.ts';
import { indicatorCells, indicatorHeaders, localName } from './names.ts';
import type { PageBase } from './page-base.ts';
import { MAX_COMPARED } from './query.ts';
import { roundRadarMin } from './round-view.ts';

/** The widest indicator gaps stand out; the rest stay for reference. */
export const HIGHLIGHTED_GAPS = 10;

/** Max − min of the values known; null unless two are known. */
export function gapOf(values: readonly (number | null)[]): number | null {
	const known = values.filter((v): v is number => v !== null);
	return known.length > 1 ? Math.max(...known) - Math.min(...known) : null;
}

export function comparePage(base: PageBase, codes: readonly string[], rates: readonly IndicatorRate[]) {
	const { t, locale, view } = base;
	const asked = codes.flatMap((c) => view?.provinces.find((p) => p.code === c) ?? []);
	const chosen = asked.slice(0, MAX_COMPARED);
	const names = chosen.map((p) => localName(p, locale));
	const leftOut = asked.slice(MAX_COMPARED).map((p) => localName(p, locale));
	const tooMany = leftOut.length
		? format(t.compareTooMany, { max: MAX_COMPARED, names: leftOut.join(locale === 'en' ? ', ' : '、') })
		: null;
	const all = [...(view?.provinces ?? [])]
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((p) => ({ code: p.code, name: localName(p, locale), checked: chosen.includes(p) }));
	const picking = { all, names, max: MAX_COMPARED, tooMany };
	if (!view || chosen.length < 2) return { ...picking, compared: null };

	const national = view.national;
	const gaps = SCORE_KEYS.map((k) => gapOf(chosen.map((p) => p.scores[k])) ?? 0);
	// The score with the largest gap between the chosen provinces is the row to look at first.
	const widest = gaps.indexOf(Math.max(...gaps));
	const radar = dimensionRadar(
		[
			...chosen.map((p, i) => ({ name: names[i], scores: p.scores })),
			{ name: t.nationalMean, scores: national }
		],
		(k) => t[k],
		locale,
		roundRadarMin(view)
	);
	const radarLabels: RadarLabels = {
		series: t.province,
		scale: format(t.radarScale, { min: radar.min, max: 100 })
	};
	const bars: DimensionBarsData = {
		locale,
		categories: SCORE_KEYS.map((k) => t[k]),
		series: [
			...chosen.map((p, i) => ({
				name: names[i],
				values: SCORE_KEYS.map((k) => p.scores[k]),
				intervals: SCORE_KEYS.map((k) => p.bootstrap?.[k] ?? null)
			})),
			{ name: t.nationalMean, values: SCORE_KEYS.map((k) => national[k]) }
		]
	};
	const barsLabels: DimensionBarsLabels = { series: t.province, yAxis: t.score, interval: t.scoreInterval };
	const pct = (v: number | null) => formatNumber(v, locale);
	const indicators = indicatorGaps(
		rates,
		chosen.map((p) => p.code)
	);
	const scoresDownload: ChartTable = {
		columns: [t.dimension, ...names, t.national, t.gap],
		rows: [
			...SCORE_KEYS.map((k, i) => [
				t[k],
				...chosen.map((p) => roundTo(p.scores[k], 2)),
				roundTo(national[k], 2),
				roundTo(gaps[i], 2)
			]),
			[t.rank, ...chosen.map((p) => p.rank), null, null]
		]
	};
	const indicatorsDownload: ChartTable = {
		columns: [
			...indicatorHeaders(t),
			...names.map((name) => format(t.rateOf, { name })),
			t.nationalRate,
			t.gap
		],
		rows: indicators.map((r) => [
			...indicatorCells(t, locale, r),
			...r.values.map((v) => roundTo(v, 2)),
			roundTo(r.national, 2),
			roundTo(r.gap, 2)
		])
	};
	return {
		...picking,
		compared: {
			year: view.year,
			scores: SCORE_KEYS.map((k, i) => ({
				key: k,
				values: chosen.map((p) => formatNumber(p.scores[k], locale)),
				national: formatNumber(national[k], locale),
				gap: formatNumber(gaps[i], locale),
				widest: i === widest
			})),
			ranks: chosen.map((p) => formatRank(p.rank, locale, t.unranked)),
			caption: sourceCaption(t, locale, base.demo, {
				...view,
				respondents: chosen.reduce((n, p) => n + p.respondents, 0)
			}),
			radar: { data: radar as RadarData, labels: radarLabels },
			bars: { data: bars, labels: barsLabels },
			scoresDownload,
			indicatorsDownload,
			indicators: indicators.map((r, i) => ({
				key: `${r.survey}|${r.indicator}`,
				dimension: r.dimension ? t[r.dimension] : '–',
				survey: t[r.survey],
				name: localName({ name: r.zh, nameEn: r.en }, locale),
				values: r.values.map(pct),
				cis: r.cis.map((ci) => intervalText(ci, locale)),
				national: pct(r.national),
				nationalCi: intervalText(r.nationalCi, locale),
				gap: pct(r.gap),
				highlighted: i < HIGHLIGHTED_GAPS && r.gap !== null
			}))
		}
	};
}

/** Each indicator's rate in the chosen provinces, the widest spread between them first; unknown spreads last. */
export function indicatorGaps(rates: readonly IndicatorRate[], codes: readonly string[]) {
	return rates
		.map((r) => {
			const values = codes.map((c) => r.provinces[c]?.percent ?? null);
			const cis = codes.map((c) => r.provinces[c]?.ci ?? null);
			return { ...r, values, cis, gap: gapOf(values) };
		})
		.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1));
}
