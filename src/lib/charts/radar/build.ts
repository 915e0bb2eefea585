/**
 * Radar of the dimension scores (0–100) for one or more series: a province with the national and
 * zone means, or 2–6 provinces on the compare page. Each series has its own colour and line
 * symbol; only the first is filled, so overlapping polygons stay readable.
 */
import type { EChartsOption, RadarSeriesOption } from 'echarts';
import { baseOption, firstParam, legend, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { AXIS, categorical, GRID_LINE, symbol, TEXT, TEXT_MUTED } from '../palette.ts';
import { DIMENSIONS, type DimensionId } from '../../scoring/framework.ts';
import {
	isCompact,
	legendHeight,
	legendSizes,
	lineCount,
	textWidth,
	wrapText,
	type ChartLayout
} from '../layout.ts';
import type { ChartTable } from '../table.ts';

export interface RadarData {
	indicators: { key: string; label: string }[];
	series: { name: string; values: number[] }[];
	/** Top of every spoke; 100 by default (scores are 0–100). */
	max?: number;
	/** Centre of every spoke; 0 by default. See `radarMin` for a start that shows the differences. */
	min?: number;
	locale?: string;
}

export interface RadarLabels {
	/** Header of the table's first column ("Series"). */
	series: string;
	/** Shown in the lower left when the spokes do not start at 0 ("Centre 50, edge 100"). */
	scale?: string;
}

const DIGITS = 2;

/**
 * The three dimensions as spokes, one series per region. The centre is `min` when given — one
 * centre for every province of a round, so that their shapes compare — else where `radarMin`
 * puts it for these series.
 */
export function dimensionRadar(
	series: { name: string; scores: Record<DimensionId, number> }[],
	label: (dimension: DimensionId) => string,
	locale?: string,
	min?: number
): RadarData & { min: number } {
	const values = series.map((s) => ({ name: s.name, values: DIMENSIONS.map((k) => s.scores[k]) }));
	return {
		locale,
		indicators: DIMENSIONS.map((k) => ({ key: k, label: label(k) })),
		series: values,
		min: min ?? radarMin(values)
	};
}

/**
 * A centre for the spokes 10 below the lowest value, on a multiple of 10: scores of 60–75 drawn
 * from 0 are three nearly equal triangles. The chart then states its scale (`labels.scale`) in a
 * corner, since ECharts cannot label a single spoke.
 */
export function radarMin(series: RadarData['series']): number {
	const lowest = Math.min(...series.flatMap((s) => s.values));
	return Number.isFinite(lowest) ? Math.max(0, Math.floor(lowest / 10) * 10 - 10) : 0;
}

const NAME_SIZE = 13;
const NAME_LINE = 17;
const NAME_GAP = 12;
/** The box a radar is drawn for when the caller does not say (a laptop's half-width column). */
const DEFAULT_LAYOUT: ChartLayout = { width: 640, height: 320 };

/**
 * Where the radar sits and how wide its spoke names may be, so that every name stays inside the
 * chart: the names beside the lower spokes take the room left and right of the polygon, so on a
 * phone they wrap to about a quarter of the width and the polygon shrinks to leave them that room.
 */
export function radarGeometry(
	indicators: readonly string[],
	series: readonly string[],
	layout: ChartLayout = DEFAULT_LAYOUT,
	withScale = false
) {
	const { width, height } = layout;
	const longest = Math.max(0, ...indicators.map((name) => textWidth(name, NAME_SIZE)));
	const nameWidth = Math.min(longest, isCompact(layout) ? Math.max(80, Math.round(width * 0.27)) : 220);
	const lines = Math.max(1, ...indicators.map((name) => lineCount(name, NAME_SIZE, nameWidth)));
	// Spokes start at the top and go round evenly (ECharts' default startAngle 90°).
	const angles = indicators.map((_, k) => Math.PI / 2 + (2 * Math.PI * k) / indicators.length);
	const across = Math.max(0.5, ...angles.map((a) => Math.abs(Math.cos(a))));
	const below = Math.max(0, ...angles.map((a) => -Math.sin(a)));
	const top = legendHeight(series, layout) + lines * NAME_LINE + NAME_GAP;
	const bottom = (lines * NAME_LINE) / 2 + (withScale ? 24 : 8);
	const radius = Math.max(
		24,
		Math.floor(
			Math.min(
				(width / 2 - nameWidth - NAME_GAP - 4) / across,
				(height - top - bottom) / (1 + below),
				// A wide box: no larger than the 70 % of the short side the chart used to have.
				0.35 * Math.min(width, height)
			)
		)
	);
	return { radius, center: [Math.round(width / 2), Math.round(top + radius)], nameWidth };
}

export function buildRadarOption(data: RadarData, labels: RadarLabels, layout?: ChartLayout): EChartsOption {
	const max = data.max ?? 100;
	const min = data.min ?? 0;
	const series: RadarSeriesOption[] = data.series.map((s, i) => ({
		type: 'radar',
		name: s.name,
		symbol: symbol(i),
		symbolSize: 6,
		lineStyle: { width: 2, color: categorical(i), type: i === 0 ? 'solid' : i % 2 ? 'dashed' : 'dotted' },
		itemStyle: { color: categorical(i) },
		areaStyle: i === 0 ? { opacity: 0.15 } : undefined,
		data: [{ name: s.name, value: s.values.map((v) => roundTo(v, DIGITS)) }]
	}));
	const withScale = min > 0 && labels.scale !== undefined;
	const geometry = radarGeometry(
		data.indicators.map((i) => i.label),
		data.series.map((s) => s.name),
		layout,
		withScale
	);
	return {
		...baseOption(),
		legend: { ...legend, ...legendSizes(layout), data: data.series.map((s) => s.name) },
		...(withScale
			? {
					title: {
						text: labels.scale,
						left: 0,
						bottom: 0,
						textStyle: { fontSize: 12, fontWeight: 'normal', color: TEXT_MUTED }
					}
				}
			: {}),
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const values = data.series[p.seriesIndex ?? 0].values;
			const lines = data.indicators.map(
				(ind, k) => `${escapeHtml(ind.label)}: <b>${formatNumber(values[k], data.locale, 1)}</b>`
			);
			return [`<b>${escapeHtml(p.seriesName ?? '')}</b>`, ...lines].join('<br>');
		}),
		radar: {
			indicator: data.indicators.map((ind) => ({
				name: ind.label,
				min,
				max
			})),
			radius: geometry.radius,
			center: geometry.center,
			splitNumber: 5,
			axisNameGap: NAME_GAP,
			axisName: {
				color: TEXT,
				fontSize: NAME_SIZE,
				lineHeight: NAME_LINE,
				// Broken at spaces here: ECharts' own width and overflow do not apply to spoke names.
				formatter: (name?: string) => wrapText(name ?? '', NAME_SIZE, geometry.nameWidth)
			},
			axisLine: { lineStyle: { color: AXIS } },
			splitLine: { lineStyle: { color: GRID_LINE } },
			splitArea: { show: false }
		},
		series
	};
}

/** The table view: one row per series, one column per indicator. */
export function radarTable(data: RadarData, labels: RadarLabels): ChartTable {
	return {
		columns: [labels.series, ...data.indicators.map((i) => i.label)],
		rows: data.series.map((s) => [s.name, ...s.values.map((v) => roundTo(v, DIGITS))])
	};
}
