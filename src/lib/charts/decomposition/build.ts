/**
 * Theil T decomposition over rounds: for each zoning scheme (zone4, zone3) a stack of its
 * between-zone and within-zone parts, the two schemes side by side in each round. A stack's
 * height is the total Theil T, the same for both schemes; how it splits is what differs.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { axisStyle, baseOption, paramList, tooltip, tooltipLine } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { CATEGORICAL, CATEGORICAL_LIGHT } from '../palette.ts';
import { legendAndGrid, type ChartLayout } from '../layout.ts';
import type { ChartTable } from '../table.ts';

export interface DecompositionData {
	years: number[];
	schemes: { name: string; between: number[]; within: number[] }[];
	locale?: string;
}

export interface DecompositionLabels {
	year: string;
	scheme: string;
	between: string;
	within: string;
	total: string;
	/** Value axis title ("Theil T"). */
	yAxis: string;
}

const DIGITS = 5;

/** Scheme s: between in a dark colour, within in its light partner. */
const colours = (s: number) => ({
	between: CATEGORICAL[s % CATEGORICAL.length],
	within: CATEGORICAL_LIGHT[s % CATEGORICAL_LIGHT.length]
});

export function buildDecompositionOption(
	data: DecompositionData,
	labels: DecompositionLabels,
	layout?: ChartLayout
): EChartsOption {
	const series: BarSeriesOption[] = data.schemes.flatMap((scheme, s) =>
		(['between', 'within'] as const).map((part) => ({
			type: 'bar' as const,
			name: `${scheme.name} · ${labels[part]}`,
			stack: scheme.name,
			data: scheme[part].map((v) => roundTo(v, DIGITS)),
			itemStyle: { color: colours(s)[part], borderColor: '#ffffff', borderWidth: 0.5 },
			barMaxWidth: 32
		}))
	);
	return {
		...baseOption(),
		...legendAndGrid(
			series.map((s) => s.name as string),
			layout,
			40
		),
		tooltip: tooltip('axis', (params) => {
			const list = paramList(params);
			const k = list[0]?.dataIndex ?? 0;
			const lines = data.schemes.flatMap((scheme, s) => {
				const total = scheme.between[k] + scheme.within[k];
				return [
					`<b>${escapeHtml(scheme.name)}</b> (${escapeHtml(labels.total)} ${formatNumber(total, data.locale, 4)})`,
					tooltipLine(
						colours(s).between,
						escapeHtml(labels.between),
						formatNumber(scheme.between[k], data.locale, 4)
					),
					tooltipLine(
						colours(s).within,
						escapeHtml(labels.within),
						formatNumber(scheme.within[k], data.locale, 4)
					)
				];
			});
			return [`<b>${data.years[k] ?? ''}</b>`, ...lines].join('<br>');
		}),
		xAxis: { type: 'category', data: data.years.map(String), ...axisStyle },
		yAxis: {
			type: 'value',
			...axisStyle,
			name: labels.yAxis,
			nameTextStyle: { ...axisStyle.nameTextStyle, align: 'left' },
			axisLabel: { ...axisStyle.axisLabel, formatter: (v: number) => formatNumber(v, data.locale, 3) }
		},
		series
	};
}

/** The table view: one row per round and scheme. */
export function decompositionTable(data: DecompositionData, labels: DecompositionLabels): ChartTable {
	return {
		columns: [labels.year, labels.scheme, labels.between, labels.within, labels.total],
		rows: data.years.flatMap((year, k) =>
			data.schemes.map((s) => [
				year,
				s.name,
				roundTo(s.between[k], DIGITS),
				roundTo(s.within[k], DIGITS),
				roundTo(s.between[k] + s.within[k], DIGITS)
			])
		)
	};
}
