/**
 * Choropleth of the provinces: one value per province in five equal-interval classes (ColorBrewer
 * YlGnBu), provinces without a value, Taiwan, Hong Kong and Macau in a hatched "no data" grey.
 * Data items are named by the map's feature names and carry the province `code`, so a click
 * handler reads `params.data.code`.
 */
import type {
	EChartsOption,
	MapSeriesOption,
	PiecewiseVisualMapComponentOption,
	TitleComponentOption
} from 'echarts';
import { baseOption, firstParam, tooltip } from '../common.ts';
import { escapeHtml, formatNumber, formatRank, roundTo } from '../format.ts';
import { AXIS, NO_DATA, NO_DATA_HATCH, SEQUENTIAL_5, TEXT, TEXT_MUTED } from '../palette.ts';
import type { ChartTable } from '../table.ts';
import { boundDigits, classOf, equalIntervalClasses } from './classes.ts';
import { FEATURE_NAMES, PROVINCE_MAP_NAME } from './features.ts';

export interface ProvinceMapRow {
	/** Two-digit province code ('44'). */
	code: string;
	/** Display name, in the page's language. */
	name: string;
	value: number | null;
	rank: number | null;
}

export interface ProvinceMapData {
	locale: string;
	/** Label of the mapped metric (the table's value column). */
	metric: string;
	rows: ProvinceMapRow[];
}

export interface ProvinceMapLabels {
	noData: string;
	rank: string;
	value: string;
	legendTitle: string;
	/** Header of the table's name column ("Province"). */
	region: string;
	/** Footnote lead for rows without a polygon (XPCC): "Not on the map". */
	notMapped: string;
}

/** What each data item of the map series carries; `params.data` in event handlers. */
export interface ProvinceMapItem {
	/** Feature name in the GeoJSON (matching key). */
	name: string;
	code: string;
	displayName: string;
	value: number | null;
	rank: number | null;
	itemStyle?: MapSeriesOption['itemStyle'];
}

/** Diagonal hatch for "no data", so it is not told by colour alone. */
const NO_DATA_DECAL = {
	symbol: 'rect',
	color: NO_DATA_HATCH,
	backgroundColor: NO_DATA,
	dashArrayX: [1, 0],
	dashArrayY: [2, 5],
	rotation: Math.PI / 4
};

const VALUE_DIGITS = 2;

export function buildProvinceMapOption(data: ProvinceMapData, labels: ProvinceMapLabels): EChartsOption {
	const byCode = new Map(data.rows.map((r) => [r.code, r]));
	const values = data.rows.filter((r) => r.code in FEATURE_NAMES).map((r) => r.value);
	const classes = equalIntervalClasses(values.filter((v): v is number => v !== null));
	const items: ProvinceMapItem[] = Object.entries(FEATURE_NAMES).map(([code, name]) => {
		const row = byCode.get(code);
		const value = row?.value ?? null;
		const item: ProvinceMapItem = {
			name,
			code,
			displayName: row?.name ?? name,
			value: roundTo(value, VALUE_DIGITS),
			rank: row?.rank ?? null
		};
		if (classOf(value, classes) < 0) item.itemStyle = { areaColor: NO_DATA, decal: NO_DATA_DECAL };
		return item;
	});
	const digits = boundDigits(classes);
	const bound = (x: number) => formatNumber(x, data.locale, digits);
	const pieces: PiecewiseVisualMapComponentOption['pieces'] = classes.map((c, k) => ({
		gte: c.min,
		...(k === classes.length - 1 ? { lte: c.max } : { lt: c.max }),
		label: `${bound(c.min)}–${bound(c.max)}`,
		color: SEQUENTIAL_5[k]
	}));
	// Legend entry only: no value equals this string (ECharts reads a missing value as NaN).
	pieces.push({ value: 'no-data' as unknown as number, label: labels.noData, color: NO_DATA });

	const unmapped = data.rows.filter((r) => !(r.code in FEATURE_NAMES));
	const footnote: TitleComponentOption[] = unmapped.length
		? [
				{
					text: `${labels.notMapped}: ${unmapped.map((r) => `${r.name} ${formatNumber(r.value, data.locale, 1, labels.noData)}`).join('; ')}`,
					left: 'right',
					bottom: 0,
					textStyle: { fontSize: 11, fontWeight: 'normal', color: TEXT_MUTED }
				}
			]
		: [];

	return {
		...baseOption(),
		title: footnote,
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const item = p.data as ProvinceMapItem | undefined;
			const name = escapeHtml(item?.displayName ?? p.name);
			if (!item || item.value === null) return `<b>${name}</b><br>${escapeHtml(labels.noData)}`;
			return (
				`<b>${name}</b><br>${escapeHtml(labels.value)}: <b>${formatNumber(item.value, data.locale, 1)}</b>` +
				`<br>${escapeHtml(labels.rank)}: ${formatRank(item.rank, data.locale)}`
			);
		}),
		visualMap: {
			type: 'piecewise',
			seriesIndex: 0,
			pieces,
			// Values outside every class are the ones without data.
			outOfRange: { color: NO_DATA },
			// A static legend: toggling classes would grey regions like "no data".
			selectedMode: false,
			text: [labels.legendTitle, ''],
			showLabel: true,
			orient: 'vertical',
			left: 8,
			bottom: unmapped.length ? 24 : 8,
			itemWidth: 18,
			itemHeight: 12,
			itemGap: 6,
			textGap: 6,
			textStyle: { color: TEXT, fontSize: 12 }
		},
		series: [
			{
				type: 'map',
				map: PROVINCE_MAP_NAME,
				name: data.metric,
				selectedMode: false,
				top: 8,
				bottom: unmapped.length ? 24 : 8,
				left: 120,
				right: 8,
				// The box above is filled by the map's own aspect, not stretched to it.
				preserveAspect: 'contain',
				label: { show: false },
				itemStyle: { areaColor: NO_DATA, borderColor: AXIS, borderWidth: 0.6 },
				// Keep the class colour on hover (areaColor and color both null), outline instead.
				emphasis: {
					label: { show: false },
					itemStyle: {
						areaColor: null as unknown as string,
						color: null as unknown as string,
						borderColor: TEXT,
						borderWidth: 1.5
					}
				},
				data: items as MapSeriesOption['data']
			}
		]
	};
}

/** The table view: every row as given (including provinces without a polygon). */
export function provinceMapTable(data: ProvinceMapData, labels: ProvinceMapLabels): ChartTable {
	return {
		columns: [labels.region, data.metric, labels.rank],
		rows: data.rows.map((r) => [r.name, roundTo(r.value, VALUE_DIGITS), r.rank])
	};
}
