/**
 * The disparities page, for one score: the inequality measures of a round, its Lorenz curve and
 * zones, the Theil decomposition across rounds, and the convergence of the provinces (σ, β:
 * views/convergence.ts). Computed by the same functions as the `disparity` and `convergence`
 * exports (analysis/disparity/regional.ts, analysis/convergence.ts).
 */
import { lorenzCurve, regionalDisparity } from '../analysis/disparity/index.ts';
import type { BoxplotData, BoxplotLabels } from '../charts/boxplot/build.ts';
import type { DecompositionData, DecompositionLabels } from '../charts/decomposition/build.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import { formatNumber, formatShare, roundTo } from '../charts/format.ts';
import type { LorenzData, LorenzLabels } from '../charts/lorenz/build.ts';
import type { ChartTable } from '../charts/table.ts';
import { convergenceView } from './convergence.ts';
import { roundsProvenance } from './figure-context.ts';
import { zoneName } from './names.ts';
import type { PageBase } from './page-base.ts';
import { provinceUnits, type RoundView } from './round-view.ts';

/** Inequality measures are small numbers whose third decimal matters. */
const DIGITS = 4;

/** `rounds`: the round views under the page's method, oldest first. */
export function disparitiesPage(base: PageBase, rounds: readonly RoundView[]) {
	const { t, locale, view, dimension } = base;
	if (!view) return null;
	const { zone4, zone3, population } = regionalDisparity(provinceUnits(view.provinces, dimension));
	// A share of Theil T between zones is shown as a percentage; the CSV keeps the fraction.
	const between = (part: number | null) => (part === null ? null : part / zone4.theil_t);
	const measures: { label: string; value: number | null; share?: boolean }[] = [
		{ label: t.gini, value: zone4.gini },
		{ label: t.cv, value: zone4.cv },
		{ label: t.theilT, value: zone4.theil_t },
		{ label: t.theilL, value: zone4.theil_l },
		{ label: t.theilLPop, value: population.theil_l },
		{ label: `${t.betweenShare}: ${t.zone4Scheme}`, value: between(zone4.theil_t_between), share: true },
		{ label: `${t.betweenShare}: ${t.zone3Scheme}`, value: between(zone3.theil_t_between), share: true },
		{ label: t.maxMin, value: zone4.max_min_ratio }
	];
	const values = view.provinces.map((p) => p.scores[dimension]);
	const lorenz: LorenzData = { locale, points: lorenzCurve(values), gini: zone4.gini };
	const lorenzLabels: LorenzLabels = {
		population: t.populationShare,
		value: t.scoreShare,
		curve: t.lorenz,
		equality: t.equality,
		gini: t.gini
	};
	const zones: BoxplotData = {
		locale,
		groups: [...new Set(view.provinces.map((p) => p.zone4))].map((zone) => ({
			name: zoneName(t, zone),
			values: view.provinces.filter((p) => p.zone4 === zone).map((p) => p.scores[dimension])
		}))
	};
	const zonesLabels: BoxplotLabels = {
		group: t.zonesTitle,
		n: t.units,
		min: t.minimum,
		q1: t.lowerQuartile,
		median: t.median,
		q3: t.upperQuartile,
		max: t.maximum,
		yAxis: t[dimension],
		axisRange: t.axisRange
	};
	return {
		year: view.year,
		n: zone4.n,
		summary: measures.map((m) => ({
			label: m.label,
			value: m.share ? formatShare(m.value, locale, 1, 0) : formatNumber(m.value, locale, DIGITS)
		})),
		summaryDownload: {
			columns: [t.measure, t.value],
			rows: measures.map((m) => [m.label, roundTo(m.value, 6)])
		} satisfies ChartTable,
		caption: sourceCaption(t, locale, base.demo, view),
		lorenz: { data: lorenz, labels: lorenzLabels },
		zones: { data: zones, labels: zonesLabels },
		rounds: rounds.length ? acrossRounds(base, rounds) : null,
		convergence: convergenceView(base, rounds)
	};
}

function acrossRounds(base: PageBase, rounds: readonly RoundView[]) {
	const { t, locale, dimension, view } = base;
	const parts = rounds.map((v) => {
		const d = regionalDisparity(provinceUnits(v.provinces, dimension));
		return { year: v.year, theilT: d.zone4.theil_t, zone4: d.zone4, zone3: d.zone3 };
	});
	const years = parts.map((r) => r.year);
	const scheme = (name: string, key: 'zone4' | 'zone3') => ({
		name,
		between: parts.map((r) => r[key].theil_t_between ?? 0),
		within: parts.map((r) => r.theilT - (r[key].theil_t_between ?? 0))
	});
	const decomposition: DecompositionData = {
		locale,
		years,
		schemes: [scheme(t.zone4Scheme, 'zone4'), scheme(t.zone3Scheme, 'zone3')]
	};
	const decompositionLabels: DecompositionLabels = {
		year: t.round,
		scheme: t.zonesTitle,
		between: t.between,
		within: t.within,
		total: t.total,
		yAxis: t.theilT
	};
	return {
		caption: sourceCaption(t, locale, base.demo, roundsProvenance(view!, rounds)),
		decomposition: { data: decomposition, labels: decompositionLabels }
	};
}
