/**
 * Lines over survey rounds: the national index and each zone's, or the coefficient of variation
 * over rounds. Rounds are categories (they need not be evenly spaced); a missing value breaks the
 * line rather than being bridged.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { axisStyle, baseOption, paramList, tooltip, tooltipLine } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { categorical, symbol } from '../palette.ts';
import { legendAndGrid, type ChartLayout } from '../layout.ts';
import type { ChartTable } from '../table.ts';

export interface TrendData {
	years: number[];
	series: { name: string; values: (number | null)[] }[];
	/** Title of the value axis. */
	yLabel: string;
	yMin?: number;
	yMax?: number;
	/** Decimals shown in tooltips (1 by default; 3 suits a CV). */
	digits?: number;
	locale?: string;
}

export interface TrendLabels {
	/** Header of the table's first column ("Round"). */
	year: string;
}

/** Data and table precision: two more decimals than shown. */
const dataDigits = (data: TrendData) => (data.digits ?? 1) + 2;

export function buildTrendOption(data: TrendData, _labels: TrendLabels, layout?: ChartLayout): EChartsOption {
	const digits = data.digits ?? 1;
	const series: LineSeriesOption[] = data.series.map((s, i) => ({
		type: 'line',
		name: s.name,
		data: s.values.map((v) => roundTo(v, dataDigits(data))),
		connectNulls: false,
		symbol: symbol(i),
		symbolSize: 7,
		lineStyle: { width: 2, color: categorical(i) },
		itemStyle: { color: categorical(i) }
	}));
	return {
		...baseOption(),
		...legendAndGrid(
			data.series.map((s) => s.name),
			layout
		),
		tooltip: tooltip('axis', (params) => {
			const list = paramList(params);
			const year = list[0]?.name ?? '';
			const lines = list.map((p) =>
				tooltipLine(
					categorical(p.seriesIndex ?? 0),
					escapeHtml(p.seriesName ?? ''),
					formatNumber(p.value as number | null, data.locale, digits)
				)
			);
			return [`<b>${escapeHtml(year)}</b>`, ...lines].join('<br>');
		}),
		xAxis: { type: 'category', data: data.years.map(String), boundaryGap: false, ...axisStyle },
		yAxis: {
			type: 'value',
			...axisStyle,
			name: data.yLabel,
			nameLocation: 'end',
			nameTextStyle: { ...axisStyle.nameTextStyle, align: 'left' },
			min: data.yMin,
			max: data.yMax,
			// Without a given minimum the axis fits the data instead of starting at 0.
			scale: data.yMin === undefined,
			axisLabel: {
				...axisStyle.axisLabel,
				formatter: (v: number) => formatNumber(v, data.locale, Number.isInteger(v) ? 0 : digits)
			}
		},
		series
	};
}

/** The table view: one row per round, one column per series. */
export function trendTable(data: TrendData, labels: TrendLabels): ChartTable {
	return {
		columns: [labels.year, ...data.series.map((s) => s.name)],
		rows: data.years.map((y, k) => [
			y,
			...data.series.map((s) => roundTo(s.values[k] ?? null, dataDigits(data)))
		])
	};
}
