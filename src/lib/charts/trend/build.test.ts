import type { DefaultLabelFormatterCallbackParams, LineSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL } from '../palette.ts';
import { buildTrendOption, trendTable, type TrendData } from './build.ts';

const data: TrendData = {
	years: [2018, 2021, 2022],
	series: [
		{ name: 'National', values: [50.1234, 55, 58] },
		{ name: 'East', values: [55, null, 62] }
	],
	yLabel: 'Index',
	locale: 'en'
};

const option = buildTrendOption(data, { year: 'Round' });
const series = option.series as LineSeriesOption[];
const yAxis = option.yAxis as { name: string; min?: number; max?: number; scale: boolean };

describe('buildTrendOption', () => {
	it('keeps the lines below the legend however many rows it wraps into', () => {
		const five = {
			...data,
			series: ['National', 'East', 'Central', 'West', 'Northeast'].map((name) => ({
				name,
				values: [1, 2, 3]
			}))
		};
		expect(buildTrendOption(five, { year: 'Round' }, { width: 632, height: 300 }).grid).toMatchObject({
			top: 56
		});
		// On a phone its smaller entries still fit one row; six long ones take three.
		expect(buildTrendOption(five, { year: 'Round' }, { width: 366, height: 300 }).grid).toMatchObject({
			top: 11 + 10 + 32
		});
		const long = {
			...data,
			series: [
				'Governance capacity',
				'Infrastructure development',
				'Application efficacy',
				'Composite index',
				'National mean',
				'West mean'
			].map((name) => ({ name, values: [1, 2, 3] }))
		};
		expect(buildTrendOption(long, { year: 'Round' }, { width: 366, height: 300 }).grid).toMatchObject({
			top: 3 * 11 + 2 * 8 + 10 + 32
		});
	});

	it('has the rounds as categories and one line per series', () => {
		expect(option.xAxis).toMatchObject({ type: 'category', data: ['2018', '2021', '2022'] });
		expect(series.map((s) => [s.type, s.name, (s.lineStyle as { color: string }).color])).toEqual([
			['line', 'National', CATEGORICAL[0]],
			['line', 'East', CATEGORICAL[1]]
		]);
		expect(series[0].data).toEqual([50.123, 55, 58]);
	});

	it('breaks a line at a missing round', () => {
		expect(series[1].data).toEqual([55, null, 62]);
		expect(series[1].connectNulls).toBe(false);
	});

	it.each([
		[{}, { min: undefined, max: undefined, scale: true }],
		[
			{ yMin: 0, yMax: 100 },
			{ min: 0, max: 100, scale: false }
		]
	])('value axis with %j', (range, expected) => {
		const y = buildTrendOption({ ...data, ...range }, { year: 'Round' }).yAxis;
		expect(y).toMatchObject({ name: 'Index', ...expected });
	});

	it('tooltip lists the round and every series', () => {
		const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		const text = formatter([
			{ name: '2021', seriesIndex: 0, seriesName: 'National', value: 55 },
			{ name: '2021', seriesIndex: 1, seriesName: 'East', value: null }
		] as unknown as DefaultLabelFormatterCallbackParams[]);
		expect(text).toContain('<b>2021</b>');
		expect(text).toContain('National: <b>55.0</b>');
		expect(text).toContain('East: <b>–</b>');
	});

	it('uses the yLabel as axis name', () => {
		expect(yAxis.name).toBe('Index');
	});
});

describe('trendTable', () => {
	it('has a row per round', () => {
		expect(trendTable(data, { year: 'Round' })).toEqual({
			columns: ['Round', 'National', 'East'],
			rows: [
				[2018, 50.123, 55],
				[2021, 55, null],
				[2022, 58, 62]
			]
		});
	});
});
