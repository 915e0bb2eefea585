/**
 * Choropleth of the provinces: one value per province in five equal-interval classes (ColorBrewer
 * YlGnBu), provinces without a value, Taiwan, Hong Kong and Macau in a hatched "no data" grey.
 * Data items are named by the map's feature names and carry the province `code`, so a click
 * handler reads `params.data.code`. The South China Sea inset gets an item of its own, so its
 * tooltip names it in the page's language and shows no score. On a phone the legend moves from
 * beside the map to below it, and the map takes the whole width.
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
import { isCompact, lineCount, type ChartLayout } from '../layout.ts';
import { boundDigits, classOf, equalIntervalClasses } from './classes.ts';
import { FEATURE_NAMES, PROVINCE_MAP_NAME, SOUTH_CHINA_SEA } from './features.ts';

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
	/** Name of the South China Sea inset ("South China Sea Islands"). */
	southChinaSea: string;
}

/** What each data item of the map series carries; `params.data` in event handlers. */
export interface ProvinceMapItem {
	/** Feature name in the GeoJSON (matching key). */
	name: string;
	/** Two-digit province code; empty for the South China Sea inset. */
	code: string;
	displayName: string;
	value: number | null;
	rank: number | null;
	itemStyle?: MapSeriesOption['itemStyle'];
	emphasis?: { disabled: boolean };
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

/**
 * The no-data legend entry, hatched as the regions are (2 px grey lines every 7 px, turned 45° as in
 * NO_DATA_DECAL). A visual map draws its swatches in plain colour, and a piece given its own
 * symbol makes ECharts drop the other pieces' colours from the map, so this entry is drawn apart,
 * as one more row under the visual map's.
 */
export const NO_DATA_SWATCH =
	'data:image/svg+xml;charset=utf-8,' +
	encodeURIComponent(
		`<svg xmlns="http://www.w3.org/2000/svg" width="18" height="12">` +
			`<defs><pattern id="h" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
			`<rect width="2" height="7" fill="${NO_DATA_HATCH}"/></pattern></defs>` +
			`<rect width="18" height="12" fill="${NO_DATA}"/><rect width="18" height="12" fill="url(#h)"/></svg>`
	);

const VALUE_DIGITS = 2;
const FOOTNOTE_SIZE = 11;
/** The legend's height: its title and six swatches 12 px high, 6 px apart, and its padding. */
const LEGEND_HEIGHT = 18 + 6 * 18 + 10;
/** The visual map's swatch, the gap between its rows and the gap before a swatch's words. */
const SWATCH = { width: 18, height: 12, gap: 6, textGap: 6 };

export function buildProvinceMapOption(
	data: ProvinceMapData,
	labels: ProvinceMapLabels,
	layout?: ChartLayout
): EChartsOption {
	const compact = isCompact(layout);
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
	// Not a region without data: the inset's frame and islands, drawn plain and never highlighted.
	items.push({
		name: SOUTH_CHINA_SEA,
		code: '',
		displayName: labels.southChinaSea,
		value: null,
		rank: null,
		emphasis: { disabled: true }
	});
	const digits = boundDigits(classes);
	const bound = (x: number) => formatNumber(x, data.locale, digits);
	const pieces: PiecewiseVisualMapComponentOption['pieces'] = classes.map((c, k) => ({
		gte: c.min,
		...(k === classes.length - 1 ? { lte: c.max } : { lt: c.max }),
		label: `${bound(c.min)}–${bound(c.max)}`,
		color: SEQUENTIAL_5[k]
	}));

	const unmapped = data.rows.filter((r) => !(r.code in FEATURE_NAMES));
	const note = unmapped.length
		? `${labels.notMapped}: ${unmapped.map((r) => `${r.name} ${formatNumber(r.value, data.locale, 1, labels.noData)}`).join('; ')}`
		: '';
	// On a phone the note wraps within the chart, left-aligned under the legend.
	const noteWidth = compact && layout ? layout.width - 8 : undefined;
	const noteHeight = note ? lineCount(note, FOOTNOTE_SIZE, noteWidth ?? Infinity) * 15 + 4 : 0;
	const footnote: TitleComponentOption[] = note
		? [
				{
					text: note,
					left: compact ? 0 : 'right',
					bottom: 0,
					textStyle: {
						fontSize: FOOTNOTE_SIZE,
						lineHeight: 15,
						fontWeight: 'normal',
						color: TEXT_MUTED,
						...(noteWidth ? { width: noteWidth, overflow: 'break' as const } : {})
					}
				}
			]
		: [];
	const legendBottom = (note ? noteHeight + 4 : 0) + 8;
	// A title (rich text: the hatch image, then the words) lined up as the visual map's last row,
	// whose swatches ECharts draws 10 px in from the visual map's left.
	const noDataEntry: TitleComponentOption = {
		text: `{swatch|}{label|${labels.noData}}`,
		left: 18,
		bottom: legendBottom,
		textStyle: {
			rich: {
				swatch: { width: SWATCH.width, height: SWATCH.height, backgroundColor: { image: NO_DATA_SWATCH } },
				label: {
					padding: [0, 0, 0, SWATCH.textGap],
					fontSize: 12,
					lineHeight: SWATCH.height,
					fontWeight: 'normal',
					color: TEXT
				}
			}
		}
	};

	return {
		...baseOption(),
		title: [...footnote, noDataEntry],
		tooltip: tooltip('item', (params) => {
			const p = firstParam(params);
			const item = p.data as ProvinceMapItem | undefined;
			const name = escapeHtml(item?.displayName ?? p.name);
			if (p.name === SOUTH_CHINA_SEA) return `<b>${name}</b>`;
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
			// Without classes ECharts would make up its own; the no-data entry below is then the legend.
			show: classes.length > 0,
			text: [labels.legendTitle, ''],
			showLabel: true,
			orient: 'vertical',
			left: 8,
			bottom: legendBottom + SWATCH.height + SWATCH.gap,
			itemWidth: SWATCH.width,
			itemHeight: SWATCH.height,
			itemGap: SWATCH.gap,
			textGap: SWATCH.textGap,
			textStyle: { color: TEXT, fontSize: 12 }
		},
		series: [
			{
				type: 'map',
				map: PROVINCE_MAP_NAME,
				name: data.metric,
				selectedMode: false,
				top: 8,
				bottom: compact ? legendBottom + LEGEND_HEIGHT + 8 : legendBottom,
				left: compact ? 8 : 120,
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
