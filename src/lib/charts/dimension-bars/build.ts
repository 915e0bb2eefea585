/**
 * Grouped bars: for each series (a province, the national mean, a zone mean) its three dimension
 * scores and the composite, the categories along the x axis and one colour per series.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { axisStyle, baseOption, paramList, tooltip, tooltipLine } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { intervalText, type Bounds } from '../interval-text.ts';
import { categorical } from '../palette.ts';
import { DEFAULT_WIDTH, isCompact, legendAndGrid, wrapText, type ChartLayout } from '../layout.ts';
import type { ChartTable } from '../table.ts';

export interface DimensionBarsData {
	/** Category labels: the dimensions, then the composite. */
	categories: string[];
	/** `intervals`: each value's 95 % bootstrap interval (analysis/bootstrap.ts), shown in the tooltip. */
	series: { name: string; values: number[]; intervals?: (Bounds | null)[] }[];
	/** Top of the value axis; 100 by default. */
	max?: number;
	locale?: string;
}

export interface DimensionBarsLabels {
	/** Header of the table's first column ("Series"). */
	series: string;
	/** Value axis title ("Score"). */
	yAxis: string;
	/** What the bracketed range after a value is ("95 % interval …"), said under the tooltip's lines. */
	interval?: string;
}

const DIGITS = 2;

export function buildDimensionBarsOption(
	data: DimensionBarsData,
	labels: DimensionBarsLabels,
	layout?: ChartLayout
): EChartsOption {
	// Category names wrap at spaces within their column instead of running into the next one
	// (ECharts' own 'break' would cut words in two).
	const labelSize = isCompact(layout) ? 11 : 12;
	const columnWidth =
		Math.floor(((layout?.width ?? DEFAULT_WIDTH) - 60) / Math.max(1, data.categories.length)) - 4;
	const series: BarSeriesOption[] = data.series.map((s, i) => ({
		type: 'bar',
		name: s.name,
		data: s.values.map((v) => roundTo(v, DIGITS)),
		itemStyle: { color: categorical(i) },
		barMaxWidth: 28
	}));
	return {
		...baseOption(),
		...legendAndGrid(
			data.series.map((s) => s.name),
			layout
		),
		tooltip: tooltip('axis', (params) => {
			const list = paramList(params);
			let banded = false;
			const lines = list.map((p) => {
				const band = intervalText(
					data.series[p.seriesIndex ?? 0]?.intervals?.[p.dataIndex ?? 0],
					data.locale
				);
				banded ||= band !== null;
				const line = tooltipLine(
					categorical(p.seriesIndex ?? 0),
					escapeHtml(p.seriesName ?? ''),
					formatNumber(p.value as number, data.locale, 1)
				);
				return band ? `${line} (${band})` : line;
			});
			const note = banded && labels.interval ? [`<i>( ): ${escapeHtml(labels.interval)}</i>`] : [];
			return [`<b>${escapeHtml(list[0]?.name ?? '')}</b>`, ...lines, ...note].join('<br>');
		}),
		xAxis: {
			type: 'category',
			data: data.categories,
			...axisStyle,
			axisLabel: {
				...axisStyle.axisLabel,
				interval: 0,
				fontSize: labelSize,
				formatter: (name: string) => wrapText(name, labelSize, columnWidth)
			}
		},
		yAxis: {
			type: 'value',
			...axisStyle,
			name: labels.yAxis,
			nameTextStyle: { ...axisStyle.nameTextStyle, align: 'left' },
			min: 0,
			max: data.max ?? 100
		},
		series
	};
}

/** The table view: one row per series, one column per category. */
export function dimensionBarsTable(data: DimensionBarsData, labels: DimensionBarsLabels): ChartTable {
	return {
		columns: [labels.series, ...data.categories],
		rows: data.series.map((s) => [s.name, ...s.values.map((v) => roundTo(v, DIGITS))])
	};
}
