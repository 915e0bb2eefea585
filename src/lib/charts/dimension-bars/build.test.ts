import type { BarSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL } from '../palette.ts';
import { buildDimensionBarsOption, dimensionBarsTable, type DimensionBarsData } from './build.ts';

const labels = { series: 'Series', yAxis: 'Score' };
const data: DimensionBarsData = {
	categories: ['Governance', 'Infrastructure', 'Application', 'Composite'],
	series: [
		{ name: 'Guangdong', values: [70, 80.005, 65, 72] },
		{ name: 'National', values: [60, 62, 55, 59] }
	]
};

const option = buildDimensionBarsOption(data, labels);
const series = option.series as BarSeriesOption[];

describe('buildDimensionBarsOption', () => {
	it('groups one bar per series under each category', () => {
		expect(option.xAxis).toMatchObject({ type: 'category', data: data.categories });
		expect(series.map((s) => [s.type, s.name, s.stack, (s.itemStyle as { color: string }).color])).toEqual([
			['bar', 'Guangdong', undefined, CATEGORICAL[0]],
			['bar', 'National', undefined, CATEGORICAL[1]]
		]);
		expect(series[0].data).toEqual([70, 80.01, 65, 72]);
		expect(option.yAxis).toMatchObject({ min: 0, max: 100, name: 'Score' });
	});
});

describe('dimensionBarsTable', () => {
	it('has a row per series', () => {
		expect(dimensionBarsTable(data, labels)).toEqual({
			columns: ['Series', 'Governance', 'Infrastructure', 'Application', 'Composite'],
			rows: [
				['Guangdong', 70, 80.01, 65, 72],
				['National', 60, 62, 55, 59]
			]
		});
	});
});
