/**
 * Box plot of province scores per zone: whiskers at the minimum and maximum (no outlier rule: with
 * 3–12 provinces per zone every one matters), quartiles by type 7 (five-numbers.ts), and each
 * province as a dot over its zone's box, since a box of three values hides more than it shows.
 * The value axis fits the data (`fittedRange`): provincial scores span some 20 points, and on a
 * 0–100 axis their boxes are slivers. The chart then says where its axis runs (`labels.axisRange`).
 */
import type { BoxplotSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { format } from '../../i18n/format.ts';
import { axisStyle, baseOption, firstParam, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { type ChartLayout } from '../layout.ts';
import { BOX_FILL, categorical, TEXT, TEXT_MUTED } from '../palette.ts';
import type { ChartTable } from '../table.ts';
import { fiveNumbers, type FiveNumbers } from './five-numbers.ts';

export interface BoxplotData {
	groups: { name: string; values: number[] }[];
	/** Value axis range; fitted to the values within 0–100 (scores) by default. */
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
	/** Shown when the axis is narrower than 0–100: "Axis {min}–{max}, not 0–100". */
	axisRange?: string;
}

const DIGITS = 2;

/**
 * A value axis around `values`: a tenth of their spread (at least 2 points) added at each end, then
 * out to multiples of 5 (of 10 when the span exceeds 40), within the scale's bounds.
 * @example fittedRange([58.5, 75.9]) // { min: 55, max: 80 }
 */
export function fittedRange(
	values: readonly number[],
	floor = 0,
	ceiling = 100
): { min: number; max: number } {
	const finite = values.filter(Number.isFinite);
	if (!finite.length) return { min: floor, max: ceiling };
	const lo = Math.min(...finite);
	const hi = Math.max(...finite);
	const pad = Math.max(2, (hi - lo) / 10);
	const step = hi - lo + 2 * pad > 40 ? 10 : 5;
	return {
		min: Math.max(floor, Math.floor((lo - pad) / step) * step),
		max: Math.min(ceiling, Math.ceil((hi + pad) / step) * step)
	};
}

const summary = (s: FiveNumbers) => [s.min, s.q1, s.median, s.q3, s.max].map((v) => roundTo(v, DIGITS));

export function buildBoxplotOption(
	data: BoxplotData,
	labels: BoxplotLabels,
	layout?: ChartLayout
): EChartsOption {
	const stats = data.groups.map((g) => fiveNumbers(g.values));
	const fitted = fittedRange(data.groups.flatMap((g) => g.values));
	const yMin = data.yMin ?? fitted.min;
	const yMax = data.yMax ?? fitted.max;
	const narrowed = (yMin > 0 || yMax < 100) && labels.axisRange !== undefined;
	// Each zone's name on one line under its box, wrapped rather than dropped when columns are narrow.
	const columnWidth = Math.floor(((layout?.width ?? 640) - 60) / Math.max(1, data.groups.length)) - 4;
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
		...(narrowed
			? {
					title: {
						text: format(labels.axisRange ?? '', {
							min: formatNumber(yMin, data.locale, 0),
							max: formatNumber(yMax, data.locale, 0)
						}),
						right: 0,
						top: 0,
						textStyle: { fontSize: 12, fontWeight: 'normal', color: TEXT_MUTED }
					}
				}
			: {}),
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
		xAxis: {
			type: 'category',
			data: data.groups.map((g) => g.name),
			...axisStyle,
			axisLabel: { ...axisStyle.axisLabel, interval: 0, width: columnWidth, overflow: 'break' }
		},
		yAxis: {
			type: 'value',
			...axisStyle,
			name: labels.yAxis,
			nameTextStyle: { ...axisStyle.nameTextStyle, align: 'left' },
			min: yMin,
			max: yMax
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
