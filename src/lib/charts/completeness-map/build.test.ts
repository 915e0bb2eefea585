import type { MapSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import type { ProvinceMapItem } from '../province-map/build.ts';
import { NO_DATA, SEQUENTIAL_5 } from '../palette.ts';
import {
	buildCompletenessMapOption,
	completenessMapTable,
	type CompletenessMapData,
	type CompletenessMapLabels
} from './build.ts';

const labels: CompletenessMapLabels = {
	rate: 'Reporting rate (%)',
	of: '{numerator} of {denominator}',
	reported: 'Units with data',
	expected: 'Units expected',
	noData: 'No data',
	legendTitle: 'unused',
	region: 'Province',
	notMapped: 'Not on the map',
	southChinaSea: 'South China Sea Islands'
};

const data: CompletenessMapData = {
	locale: 'en',
	rows: [
		{ code: '44', name: 'Guangdong', numerator: 3, denominator: 4 },
		{ code: '11', name: 'Beijing', numerator: 1000, denominator: 1000 },
		{ code: '45', name: 'Guangxi', numerator: 0, denominator: 10 },
		{ code: '54', name: 'Tibet', numerator: 0, denominator: 0 }
	]
};

const option = buildCompletenessMapOption(data, labels);
const items = ((option.series as MapSeriesOption[])[0].data as ProvinceMapItem[]).filter((i) => i.code);
const item = (code: string) => items.find((i) => i.code === code)!;
const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;

describe('buildCompletenessMapOption', () => {
	it.each([
		['44', 75],
		['11', 100],
		['45', 0],
		['54', null],
		['13', null]
	])('maps %s at %s %%', (code, value) => {
		expect(item(code).value).toBe(value);
	});

	it('greys the provinces that expect nothing', () => {
		expect(item('54').itemStyle).toMatchObject({ areaColor: NO_DATA });
		expect(item('44').itemStyle).toBeUndefined();
	});

	it('titles the legend with the rate and classes it in fixed steps up to 100 %', () => {
		const visualMap = option.visualMap as { text: string[]; pieces: { label: string; color: string }[] };
		expect(visualMap.text).toEqual(['Reporting rate (%)', '']);
		expect(visualMap.pieces.map((p) => p.label)).toEqual(['0–20', '20–40', '40–60', '60–80', '80–100']);
		expect(visualMap.pieces[4]).toMatchObject({ gte: 80, lte: 100, color: SEQUENTIAL_5[4] });
	});

	it('hides the classes when no province expects anything', () => {
		const empty = buildCompletenessMapOption({ locale: 'en', rows: [] }, labels);
		expect(empty.visualMap).toMatchObject({ show: false });
	});

	it.each([
		['44', '<b>Guangdong</b><br>Reporting rate (%): <b>75.0</b><br>3 of 4'],
		['11', '<b>Beijing</b><br>Reporting rate (%): <b>100.0</b><br>1,000 of 1,000'],
		['54', '<b>Tibet</b><br>No data']
	])('the tooltip of %s gives the rate with its counts', (code, expected) => {
		expect(tooltip({ name: item(code).name, data: item(code) })).toBe(expected);
	});
});

describe('completenessMapTable', () => {
	it('lists each province with its rate and counts', () => {
		expect(completenessMapTable(data, labels)).toEqual({
			columns: ['Province', 'Reporting rate (%)', 'Units with data', 'Units expected'],
			rows: [
				['Guangdong', 75, 3, 4],
				['Beijing', 100, 1000, 1000],
				['Guangxi', 0, 0, 10],
				['Tibet', null, 0, 0]
			]
		});
	});
});
