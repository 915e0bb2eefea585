/**
 * Horizontal bars of the provinces' composite, best on top. The rank and its 5–95 % interval from
 * the weight-sensitivity analysis stand as text on a second category axis at the right
 * ("3 (2–5)"): text stays readable at 32 bars on a laptop screen where interval glyphs would not.
 * Names longer than their column are cut with an ellipsis (the tooltip and table give them whole),
 * so a long English name cannot squeeze the bars or push the rank column out of the chart.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { axisStyle, baseOption, firstParam, tooltip } from '../common.ts';
import { escapeHtml, FEW_MARK, formatNumber, formatRankInterval, roundTo } from '../format.ts';
import { intervalText, type Bounds } from '../interval-text.ts';
import { fitLabel, isCompact, type ChartLayout } from '../layout.ts';
import { categorical, TEXT, TEXT_MUTED } from '../palette.ts';
import type { ChartTable } from '../table.ts';

export interface RankingRow {
	code: string;
	name: string;
	value: number;
	/** Null: shown, not ranked (too few respondents). */
	rank: number | null;
	/** 5th and 95th percentiles of the rank over the sensitivity draws; null when not computed. */
	rankP05: number | null;
	rankP95: number | null;
	/** The score's 95 % bootstrap interval over respondents (analysis/bootstrap.ts); shown in the tooltip. */
	valueInterval?: Bounds | null;
}

export interface RankingData {
	rows: RankingRow[];
	/** End of the value axis; 100 by default (scores). */
	max?: number;
	locale?: string;
}

export interface RankingLabels {
	/** The bars' metric ("Composite index"). */
	value: string;
	rank: string;
	/** "5–95 % rank interval" (right axis title, tooltip). */
	interval: string;
	/** Header of the name column ("Province"). */
	region: string;
	/** Table headers of the interval bounds. */
	rankP05: string;
	rankP95: string;
	/** What stands in the rank column of a unit that is not ranked. */
	unranked: string;
	/** "95 % interval (bootstrap over respondents)": the tooltip's name for `valueInterval`. */
	valueInterval?: string;
}

/** Data item of the bar series; `params.data.code` in click handlers. */
export interface RankingItem {
	value: number;
	code: string;
	name: string;
}

const VALUE_DIGITS = 2;

/** Ranked first by rank, then the unranked by score. */
const sorted = (rows: readonly RankingRow[]) =>
	[...rows].sort(
		(a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.value - a.value || a.name.localeCompare(b.name)
	);

const NAME_SIZE = 12;

/** Pixels for the name column: a third of a phone's chart, up to 45 % (and 280 px) of a wider one. */
export function rankingNameWidth(layout?: ChartLayout): number {
	if (!layout) return 280;
	if (isCompact(layout)) return Math.max(72, Math.round(layout.width * 0.32));
	return Math.min(280, Math.round(layout.width * 0.45));
}

export function buildRankingOption(
	data: RankingData,
	labels: RankingLabels,
	layout?: ChartLayout
): EChartsOption {
	const rows = sorted(data.rows);
	const compact = isCompact(layout);
	const nameWidth = rankingNameWidth(layout);
	const intervals = rows.map((r) =>
		r.rank === null ? labels.unranked : formatRankInterval(r.rank, r.rankP05, r.rankP95, data.locale)
	);
	const items: RankingItem[] = rows.map((r) => ({
		value: roundTo(r.value, VALUE_DIGITS),
		code: r.code,
		name: r.name
	}));
	const category = (names: string[], position: 'left' | 'right', extra = {}) => ({
		type: 'category' as const,
		data: names,
		position,
		inverse: true,
		...axisStyle,
		axisTick: { show: false },
		axisLabel: {
			color: position === 'left' ? TEXT : TEXT_MUTED,
			interval: 0,
			fontSize: position === 'left' ? NAME_SIZE : compact ? 11 : 12,
			...(position === 'left'
				? { formatter: (name: string) => fitLabel(name, NAME_SIZE, nameWidth, FEW_MARK) }
				: {})
		},
		...extra
	});
	return {
		...baseOption(),
		grid: { left: 8, right: 8, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const i = p.dataIndex;
			const band = intervalText(rows[i].valueInterval, data.locale);
			return (
				`<b>${escapeHtml(rows[i].name)}</b><br>${escapeHtml(labels.value)}: <b>${formatNumber(rows[i].value, data.locale, 1)}</b>` +
				(band && labels.valueInterval ? `<br>${escapeHtml(labels.valueInterval)}: ${band}` : '') +
				`<br>${escapeHtml(labels.rank)} (${escapeHtml(labels.interval)}): ${intervals[i]}`
			);
		}),
		// The values stand in the bars; on a phone three ticks (0, 50, 100) keep the axis legible.
		xAxis: {
			type: 'value',
			min: 0,
			max: data.max ?? 100,
			...(compact ? { splitNumber: 2 } : {}),
			...axisStyle
		},
		yAxis: [
			category(
				rows.map((r) => r.name),
				'left'
			),
			category(intervals, 'right', {
				name: `${labels.rank} (${labels.interval})`,
				nameLocation: 'start',
				nameTextStyle: { color: TEXT_MUTED, align: 'right', padding: [0, 0, 4, 0] }
			})
		],
		series: [
			{
				type: 'bar',
				name: labels.value,
				yAxisIndex: 0,
				data: items as BarSeriesOption['data'],
				itemStyle: { color: categorical(0) },
				barMaxWidth: 16,
				barCategoryGap: '30%',
				// Inside the bar end: outside, a value near the axis maximum would run into the rank column.
				// White on the bar colour is 5.2:1.
				label: {
					show: true,
					position: 'insideRight',
					color: '#ffffff',
					fontSize: 11,
					formatter: (p) => formatNumber(Number(p.value), data.locale, 1)
				}
			}
		]
	};
}

/**
 * A chart height that gives each bar 20 px, so 12 px names keep a visible gap between rows:
 * 32 provinces → "712px", which still fits a 768 px screen.
 */
export function rankingHeight(count: number): string {
	return `${Math.max(240, 20 * count + 72)}px`;
}

/** The table view: rows sorted as the bars are. */
export function rankingTable(data: RankingData, labels: RankingLabels): ChartTable {
	return {
		columns: [labels.rank, labels.region, labels.value, labels.rankP05, labels.rankP95],
		rows: sorted(data.rows).map((r) => [r.rank, r.name, roundTo(r.value, VALUE_DIGITS), r.rankP05, r.rankP95])
	};
}
