/**
 * Box plot of province scores per zone: whiskers at the minimum and maximum (no outlier rule: with
 * 3–12 provinces per zone every one matters), quartiles by type 7 (five-numbers.ts), and each
 * province as a dot over its zone's box, since a box of three values hides more than it shows.
 */
import type { BoxplotSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { axisStyle, baseOption, firstParam, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { BOX_FILL, categorical, TEXT } from '../palette.ts';
import type { ChartTable } from '../table.ts';
import { fiveNumbers, type FiveNumbers } from './five-numbers.ts';

export interface BoxplotData {
	groups: { name: string; values: number[] }[];
	/** Value axis range; 0–100 by default (scores). */
	yMin?: number;
	yMax?: number;
	locale?: string;
}

export interface BoxplotLabels {
	group: string;
	n: string;
	min: string;
	q1: string;
	median: string;
	q3: string;
	max: string;
	/** Value axis title ("Composite index"). */
	yAxis: string;
}

const DIGITS = 2;

const summary = (s: FiveNumbers) => [s.min, s.q1, s.median, s.q3, s.max].map((v) => roundTo(v, DIGITS));

export function buildBoxplotOption(data: BoxplotData, labels: BoxplotLabels): EChartsOption {
	const stats = data.groups.map((g) => fiveNumbers(g.values));
	const names: (keyof FiveNumbers)[] = ['min', 'q1', 'median', 'q3', 'max'];
	const boxes: BoxplotSeriesOption = {
		type: 'boxplot',
		name: labels.yAxis,
		// An empty group draws no box ('-' is ECharts' empty value).
		data: stats.map((s) => (s ? summary(s) : '-')) as BoxplotSeriesOption['data'],
		boxWidth: [12, 48],
		itemStyle: { color: BOX_FILL, borderColor: categorical(0), borderWidth: 1.5 }
	};
	const dots: ScatterSeriesOption = {
		type: 'scatter',
		name: labels.yAxis,
		data: data.groups.flatMap((g, k) => g.values.filter(Number.isFinite).map((v) => [k, roundTo(v, DIGITS)])),
		symbolSize: 6,
		itemStyle: { color: TEXT, opacity: 0.55 },
		tooltip: { show: false },
		silent: true
	};
	return {
		...baseOption(),
		grid: { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
		tooltip: tooltip('item', (params) => {
			const k = firstParam(params).dataIndex;
			const s = stats[k];
			const head = `<b>${escapeHtml(data.groups[k].name)}</b> (${escapeHtml(labels.n)} = ${data.groups[k].values.length})`;
			if (!s) return head;
			return [
				head,
				...names.map((n) => `${escapeHtml(labels[n])}: ${formatNumber(s[n], data.locale, 1)}`)
			].join('<br>');
		}),
		xAxis: { type: 'category', data: data.groups.map((g) => g.name), ...axisStyle },
		yAxis: {
			type: 'value',
			...axisStyle,
			name: labels.yAxis,
			nameTextStyle: { ...axisStyle.nameTextStyle, align: 'left' },
			min: data.yMin ?? 0,
			max: data.yMax ?? 100
		},
		series: [boxes, dots]
	};
}

/** The table view: each group's size and five-number summary. */
export function boxplotTable(data: BoxplotData, labels: BoxplotLabels): ChartTable {
	return {
		columns: [labels.group, labels.n, labels.min, labels.q1, labels.median, labels.q3, labels.max],
		rows: data.groups.map((g) => {
			const s = fiveNumbers(g.values);
			return [g.name, g.values.length, ...(s ? summary(s) : [null, null, null, null, null])];
		})
	};
}
