import type { DefaultLabelFormatterCallbackParams, MapSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { NO_DATA, NO_DATA_HATCH, SEQUENTIAL_5 } from '../palette.ts';
import {
	buildProvinceMapOption,
	NO_DATA_SWATCH,
	provinceMapTable,
	type ProvinceMapData,
	type ProvinceMapItem,
	type ProvinceMapLabels
} from './build.ts';

const labels: ProvinceMapLabels = {
	noData: 'No data',
	rank: 'Rank',
	value: 'Score',
	legendTitle: 'Composite index',
	region: 'Province',
	notMapped: 'Not on the map',
	southChinaSea: 'South China Sea Islands'
};

const data: ProvinceMapData = {
	locale: 'en',
	metric: 'Composite',
	rows: [
		{ code: '44', name: 'Guangdong', value: 81.234, rank: 1 },
		{ code: '11', name: 'Beijing <b>', value: 72.05, rank: 2 },
		{ code: '65', name: 'Xinjiang', value: 41.5, rank: 3 },
		{ code: '54', name: 'Tibet', value: null, rank: null },
		{ code: '66', name: 'XPCC', value: 55, rank: 4 }
	]
};

const option = buildProvinceMapOption(data, labels);
const series = (option.series as MapSeriesOption[])[0];
const all = series.data as ProvinceMapItem[];
const items = all.filter((i) => i.code !== '');
const item = (code: string) => items.find((i) => i.code === code)!;
const visualMap = option.visualMap as {
	pieces: { gte?: number; lt?: number; lte?: number; label: string; color: string }[];
	outOfRange: { color: string };
};
const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;

describe('buildProvinceMapOption', () => {
	it('draws one map series on the map registered as "china"', () => {
		expect(series).toMatchObject({ type: 'map', map: 'china', selectedMode: false });
	});

	it('names every item by its feature and carries the province code', () => {
		expect(items).toHaveLength(34);
		expect(item('44')).toMatchObject({ name: '广东', displayName: 'Guangdong', value: 81.23, rank: 1 });
		expect(items.every((i) => /^\d\d$/.test(i.code))).toBe(true);
	});

	it.each(['71', '81', '82', '54', '13'])('marks %s as no data', (code) => {
		expect(item(code).value).toBeNull();
		expect(item(code).itemStyle).toMatchObject({ areaColor: NO_DATA });
	});

	it('leaves the XPCC off the map and footnotes it', () => {
		expect(items.some((i) => i.code === '66')).toBe(false);
		expect(JSON.stringify(option.title)).toContain('Not on the map: XPCC 55.0');
	});

	it('has five YlGnBu classes with their ranges', () => {
		expect(visualMap.pieces.map((p) => [p.label, p.color])).toEqual([
			['40–50', SEQUENTIAL_5[0]],
			['50–60', SEQUENTIAL_5[1]],
			['60–70', SEQUENTIAL_5[2]],
			['70–80', SEQUENTIAL_5[3]],
			['80–90', SEQUENTIAL_5[4]]
		]);
		expect(visualMap.pieces[0]).toMatchObject({ gte: 40, lt: 50 });
		expect(visualMap.pieces[4]).toMatchObject({ gte: 80, lte: 90 });
		expect(visualMap.outOfRange.color).toBe(NO_DATA);
	});

	it('draws the no-data entry under the classes with the hatch the map uses', () => {
		const titles = option.title as { text: string; textStyle: { rich: Record<string, object> } }[];
		const entry = titles[titles.length - 1];
		expect(entry.text).toBe('{swatch|}{label|No data}');
		expect(entry.textStyle.rich.swatch).toMatchObject({ backgroundColor: { image: NO_DATA_SWATCH } });
		const svg = decodeURIComponent(NO_DATA_SWATCH.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
		expect(svg).toContain(`fill="${NO_DATA}"`);
		expect(svg).toContain(`fill="${NO_DATA_HATCH}"`);
		expect(svg).toContain('rotate(45)');
		expect(item('71').itemStyle).toMatchObject({ decal: { color: NO_DATA_HATCH, backgroundColor: NO_DATA } });
	});

	it('names the South China Sea inset in the page language, without a score', () => {
		const inset = all.find((i) => i.name === '南海诸岛')!;
		expect(inset).toMatchObject({ code: '', displayName: 'South China Sea Islands', value: null });
		expect(inset.itemStyle).toBeUndefined();
		expect(tooltip({ name: '南海诸岛', data: inset })).toBe('<b>South China Sea Islands</b>');
	});

	it('puts the legend under the map and wraps the note on a phone', () => {
		const phone = buildProvinceMapOption(data, labels, { width: 366, height: 460 });
		const map = (phone.series as MapSeriesOption[])[0];
		const note = (phone.title as { textStyle: { width?: number; overflow?: string } }[])[0];
		expect(map).toMatchObject({ left: 8, right: 8 });
		expect(Number(map.bottom)).toBeGreaterThan(Number((phone.visualMap as { bottom: number }).bottom) + 100);
		expect(note.textStyle).toMatchObject({ width: 358, overflow: 'break' });
		expect(series).toMatchObject({ left: 120 });
	});

	it.each([
		[{ name: '广东', data: item('44') }, '<b>Guangdong</b><br>Score: <b>81.2</b><br>Rank: 1'],
		[{ name: '北京', data: item('11') }, '<b>Beijing &lt;b&gt;</b><br>Score: <b>72.1</b><br>Rank: 2'],
		[{ name: '台湾', data: item('71') }, '<b>台湾</b><br>No data'],
		[{ name: '西藏', data: item('54') }, '<b>Tibet</b><br>No data']
	])('tooltip of %j', (params, expected) => {
		expect(tooltip(params as unknown as DefaultLabelFormatterCallbackParams)).toBe(expected);
	});
});

describe('buildProvinceMapOption without any value', () => {
	it('greys every province and keeps only the no-data legend entry', () => {
		const empty = buildProvinceMapOption(
			{ ...data, rows: [{ code: '44', name: 'Guangdong', value: null, rank: null }] },
			labels
		);
		// No classes: ECharts would invent some, so the class legend is hidden and "No data" stays.
		expect(empty.visualMap).toMatchObject({ show: false, pieces: [] });
		expect(JSON.stringify(empty.title)).toContain('{label|No data}');
		const regions = ((empty.series as MapSeriesOption[])[0].data as ProvinceMapItem[]).filter((i) => i.code);
		expect(regions).toHaveLength(34);
		expect(regions.every((i) => i.value === null && i.itemStyle?.areaColor === NO_DATA)).toBe(true);
	});
});

describe('provinceMapTable', () => {
	it('lists every row, the XPCC included', () => {
		expect(provinceMapTable(data, labels)).toEqual({
			columns: ['Province', 'Composite', 'Rank'],
			rows: [
				['Guangdong', 81.23, 1],
				['Beijing <b>', 72.05, 2],
				['Xinjiang', 41.5, 3],
				['Tibet', null, null],
				['XPCC', 55, 4]
			]
		});
	});
});
