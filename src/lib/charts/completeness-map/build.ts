/**
 * The reporting rate of each province (the completeness page) on the province choropleth:
 * the overview's map (province-map/build.ts) with the rate in percent as its value, and a tooltip
 * giving the rate with its numerator and denominator, so that 100 % of 2 reads apart from 100 % of
 * 200. The table view carries the same numbers.
 */
import type { EChartsOption } from 'echarts';
import { firstParam, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, roundTo } from '../format.ts';
import { SEQUENTIAL_5 } from '../palette.ts';
import type { ChartLayout } from '../layout.ts';
import {
	buildProvinceMapOption,
	type ProvinceMapItem,
	type ProvinceMapLabels
} from '../province-map/build.ts';
import { SOUTH_CHINA_SEA } from '../province-map/features.ts';
import type { ChartTable } from '../table.ts';

export interface CompletenessMapRow {
	/** Two-digit province code. */
	code: string;
	name: string;
	/** Units with data. */
	numerator: number;
	/** Units expected. */
	denominator: number;
}

export interface CompletenessMapData {
	locale: string;
	rows: CompletenessMapRow[];
}

export interface CompletenessMapLabels extends Omit<ProvinceMapLabels, 'rank' | 'value'> {
	/** "Reporting rate (%)": the legend's title and the table's value column. */
	rate: string;
	/** "{numerator} of {denominator}", filled in here. */
	of: string;
	reported: string;
	expected: string;
}

const CLASSES = [0, 20, 40, 60, 80];

/** The rate in percent, 0–100; null when the province expects nothing. */
const percent = (r: CompletenessMapRow) => (r.denominator > 0 ? (100 * r.numerator) / r.denominator : null);

const ofText = (of: string, r: CompletenessMapRow, locale: string) =>
	of
		.replace('{numerator}', formatNumber(r.numerator, locale, 0))
		.replace('{denominator}', formatNumber(r.denominator, locale, 0));

export function buildCompletenessMapOption(
	data: CompletenessMapData,
	labels: CompletenessMapLabels,
	layout?: ChartLayout
): EChartsOption {
	const byCode = new Map(data.rows.map((r) => [r.code, r]));
	const option = buildProvinceMapOption(
		{
			locale: data.locale,
			metric: labels.rate,
			rows: data.rows.map((r) => ({ code: r.code, name: r.name, value: percent(r), rank: null }))
		},
		{ ...labels, legendTitle: labels.rate, value: labels.rate, rank: '' },
		layout
	);
	const any = data.rows.some((r) => r.denominator > 0);
	return {
		...option,
		// A rate's classes are fixed, 0–20 … 80–100 %: the same colour means the same share in
		// every round and region, and no class reaches past 100 as a fitted one can.
		visualMap: {
			...(option.visualMap as object),
			pieces: CLASSES.map((min, k) => ({
				gte: min,
				...(k === CLASSES.length - 1 ? { lte: min + 20 } : { lt: min + 20 }),
				label: `${min}–${min + 20}`,
				color: SEQUENTIAL_5[k]
			})),
			show: any
		},
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const item = p.data as ProvinceMapItem | undefined;
			const name = escapeHtml(item?.displayName ?? p.name);
			const row = item ? byCode.get(item.code) : undefined;
			if (p.name === SOUTH_CHINA_SEA) return `<b>${name}</b>`;
			if (!row || row.denominator === 0) return `<b>${name}</b><br>${escapeHtml(labels.noData)}`;
			return (
				`<b>${name}</b><br>${escapeHtml(labels.rate)}: <b>${formatNumber(percent(row), data.locale, 1)}</b>` +
				`<br>${escapeHtml(ofText(labels.of, row, data.locale))}`
			);
		})
	};
}

/** The table view: each province's rate with the counts it comes from. */
export function completenessMapTable(data: CompletenessMapData, labels: CompletenessMapLabels): ChartTable {
	return {
		columns: [labels.region, labels.rate, labels.reported, labels.expected],
		rows: data.rows.map((r) => [r.name, roundTo(percent(r), 1), r.numerator, r.denominator])
	};
}
