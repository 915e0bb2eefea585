/**
 * Lorenz curve: cumulative share of the population against cumulative share of the score, units
 * sorted ascending (points from analysis/disparity `lorenzCurve`, (0, 0) to (1, 1)), with the line
 * of equality and the Gini coefficient in the subtitle.
 */
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, firstParam, legend, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, formatShare, roundTo } from '../format.ts';
import { categorical, REFERENCE, TEXT_MUTED } from '../palette.ts';
import type { ChartTable } from '../table.ts';

export interface LorenzData {
	/** Cumulative shares in [0, 1], from (0, 0) to (1, 1). */
	points: { population: number; value: number }[];
	gini: number;
	locale?: string;
}

export interface LorenzLabels {
	/** x axis and table: "Cumulative share of population". */
	population: string;
	/** y axis and table: "Cumulative share of score". */
	value: string;
	/** Series names: "Lorenz curve", "Line of equality". */
	curve: string;
	equality: string;
	/** "Gini coefficient"; the subtitle reads "<gini> = 0.123". */
	gini: string;
}

const DIGITS = 4;

export function buildLorenzOption(data: LorenzData, labels: LorenzLabels): EChartsOption {
	const shareAxis = (name: string) => ({
		type: 'value' as const,
		min: 0,
		max: 1,
		interval: 0.2,
		...axisStyle,
		name,
		nameLocation: 'middle' as const,
		nameGap: 32,
		axisLabel: { ...axisStyle.axisLabel, formatter: (v: number) => formatShare(v, data.locale) }
	});
	return {
		...baseOption(),
		title: {
			text: '',
			subtext: `${labels.gini} = ${formatNumber(data.gini, data.locale, 3)}`,
			left: 'center',
			top: 0,
			subtextStyle: { color: TEXT_MUTED, fontSize: 13 }
		},
		legend: { ...legend, top: 36 },
		grid: { left: 16, right: 24, top: 72, bottom: 16, outerBoundsMode: 'same', outerBoundsContain: 'all' },
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const [x, y] = p.value as [number, number];
			return (
				`<b>${escapeHtml(p.seriesName ?? '')}</b><br>${escapeHtml(labels.population)}: ${formatShare(x, data.locale, 1)}` +
				`<br>${escapeHtml(labels.value)}: ${formatShare(y, data.locale, 1)}`
			);
		}),
		xAxis: shareAxis(labels.population),
		yAxis: { ...shareAxis(labels.value), nameGap: 44 },
		series: [
			{
				type: 'line',
				name: labels.curve,
				data: data.points.map((p) => [roundTo(p.population, DIGITS), roundTo(p.value, DIGITS)]),
				symbol: 'circle',
				symbolSize: 5,
				lineStyle: { width: 2, color: categorical(0) },
				itemStyle: { color: categorical(0) },
				areaStyle: { color: categorical(0), opacity: 0.08 }
			},
			{
				type: 'line',
				name: labels.equality,
				data: [
					[0, 0],
					[1, 1]
				],
				symbol: 'none',
				lineStyle: { width: 1.5, type: 'dashed', color: REFERENCE },
				itemStyle: { color: REFERENCE },
				tooltip: { show: false }
			}
		]
	};
}

/** The table view: the curve's points. */
export function lorenzTable(data: LorenzData, labels: LorenzLabels): ChartTable {
	return {
		columns: [labels.population, labels.value],
		rows: data.points.map((p) => [roundTo(p.population, DIGITS), roundTo(p.value, DIGITS)])
	};
}
