import type { DefaultLabelFormatterCallbackParams, MapSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { NO_DATA, SEQUENTIAL_5 } from '../palette.ts';
import {
	buildProvinceMapOption,
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
	notMapped: 'Not on the map'
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
const items = series.data as ProvinceMapItem[];
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

	it('has five YlGnBu classes with their ranges, then a no-data entry', () => {
		expect(visualMap.pieces.map((p) => [p.label, p.color])).toEqual([
			['40–50', SEQUENTIAL_5[0]],
			['50–60', SEQUENTIAL_5[1]],
			['60–70', SEQUENTIAL_5[2]],
			['70–80', SEQUENTIAL_5[3]],
			['80–90', SEQUENTIAL_5[4]],
			['No data', NO_DATA]
		]);
		expect(visualMap.pieces[0]).toMatchObject({ gte: 40, lt: 50 });
		expect(visualMap.pieces[4]).toMatchObject({ gte: 80, lte: 90 });
		expect(visualMap.outOfRange.color).toBe(NO_DATA);
	});

	it.each([
		[{ name: '广东', data: item('44') }, '<b>Guangdong</b><br>Score: <b>81.2</b><br>Rank: 1'],
		[{ name: '北京', data: item('11') }, '<b>Beijing &lt;b&gt;</b><br>Score: <b>72.1</b><br>Rank: 2'],
		[{ name: '台湾', data: item('71') }, '<b>台湾</b><br>No data'],
		[{ name: '南海诸岛', data: undefined }, '<b>南海诸岛</b><br>No data']
	])('tooltip of %j', (params, expected) => {
		expect(tooltip(params as DefaultLabelFormatterCallbackParams)).toBe(expected);
	});
});

describe('buildProvinceMapOption without any value', () => {
	it('greys every province and keeps only the no-data legend entry', () => {
		const empty = buildProvinceMapOption(
			{ ...data, rows: [{ code: '44', name: 'Guangdong', value: null, rank: null }] },
			labels
		);
		const pieces = (empty.visualMap as { pieces: { label: string }[] }).pieces;
		expect(pieces.map((p) => p.label)).toEqual(['No data']);
		const all = (empty.series as MapSeriesOption[])[0].data as ProvinceMapItem[];
		expect(all.every((i) => i.value === null && i.itemStyle?.areaColor === NO_DATA)).toBe(true);
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
