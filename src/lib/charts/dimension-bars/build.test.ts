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
	it('on a phone, starts the bars below a legend of several rows and wraps category names at spaces', () => {
		const groups = ['Provincial commission (1)', 'Municipal commissions (9)', 'County commissions (51)'];
		const phone = buildDimensionBarsOption(
			{
				categories: [
					'Governance capacity',
					'Infrastructure development',
					'Application efficacy',
					'Composite index'
				],
				series: groups.map((name) => ({ name, values: [1, 2, 3, 4] }))
			},
			labels,
			{ width: 366, height: 320 }
		);
		// Two rows of legend (11 px, 8 px apart, 5 px padding) and room for the axis name.
		expect(phone.grid).toMatchObject({ top: 2 * 11 + 8 + 10 + 32 });
		expect(option.grid).toMatchObject({ top: 56 });
		const axisLabel = (phone.xAxis as { axisLabel: { fontSize: number; formatter: (n: string) => string } })
			.axisLabel;
		expect(axisLabel.fontSize).toBe(11);
		expect(axisLabel.formatter('Infrastructure development')).toBe('Infrastructure\ndevelopment');
	});

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

describe('the tooltip', () => {
	it("gives each value's bootstrap interval where the series has one, and says what it is", () => {
		const banded: DimensionBarsData = {
			...data,
			series: [
				{
					...data.series[0],
					intervals: [{ lower: 68.2, upper: 71.9 }, null, null, { lower: 70, upper: 74 }]
				},
				data.series[1]
			]
		};
		const option = buildDimensionBarsOption(banded, { ...labels, interval: '95 % interval' });
		const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		const params = (dataIndex: number) =>
			[0, 1].map((seriesIndex) => ({
				seriesIndex,
				dataIndex,
				seriesName: data.series[seriesIndex].name,
				name: data.categories[dataIndex],
				value: data.series[seriesIndex].values[dataIndex]
			}));
		const text = formatter(params(0));
		expect(text).toContain('Guangdong: <b>70.0</b> (68.2–71.9)');
		expect(text).toContain('National: <b>60.0</b><br>');
		expect(text).toMatch(/<i>\( \): 95 % interval<\/i>$/);
		// Infrastructure: no interval given, no note.
		expect(formatter(params(1))).not.toContain('interval');
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
