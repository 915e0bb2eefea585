/**
 * Horizontal bars of the provinces' composite, best on top. The rank and its 5–95 % interval from
 * the weight-sensitivity analysis stand as text on a second category axis at the right
 * ("3 (2–5)"): text stays readable at 32 bars on a laptop screen where interval glyphs would not.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { axisStyle, baseOption, firstParam, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, formatRankInterval, roundTo } from '../format.ts';
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

export function buildRankingOption(data: RankingData, labels: RankingLabels): EChartsOption {
	const rows = sorted(data.rows);
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
		axisLabel: { color: position === 'left' ? TEXT : TEXT_MUTED, interval: 0, fontSize: 12 },
		...extra
	});
	return {
		...baseOption(),
		grid: { left: 8, right: 8, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const i = p.dataIndex;
			return (
				`<b>${escapeHtml(rows[i].name)}</b><br>${escapeHtml(labels.value)}: <b>${formatNumber(rows[i].value, data.locale, 1)}</b>` +
				`<br>${escapeHtml(labels.rank)} (${escapeHtml(labels.interval)}): ${intervals[i]}`
			);
		}),
		xAxis: { type: 'value', min: 0, max: data.max ?? 100, ...axisStyle },
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

/** A chart height that gives each bar about 18 px: 32 provinces → "648px", fits a 768 px screen. */
export function rankingHeight(count: number): string {
	return `${Math.max(240, 18 * count + 72)}px`;
}

/** The table view: rows sorted as the bars are. */
export function rankingTable(data: RankingData, labels: RankingLabels): ChartTable {
	return {
		columns: [labels.rank, labels.region, labels.value, labels.rankP05, labels.rankP95],
		rows: sorted(data.rows).map((r) => [r.rank, r.name, roundTo(r.value, VALUE_DIGITS), r.rankP05, r.rankP95])
	};
}
