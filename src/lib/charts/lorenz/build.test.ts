import type { LineSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildLorenzOption, lorenzTable, type LorenzData, type LorenzLabels } from './build.ts';

const labels: LorenzLabels = {
	population: 'Population share',
	value: 'Score share',
	curve: 'Lorenz curve',
	equality: 'Line of equality',
	gini: 'Gini'
};

// lorenzCurve([1, 2, 3, 4, 10]) from analysis/disparity.
const data: LorenzData = {
	points: [
		{ population: 0, value: 0 },
		{ population: 0.2, value: 0.05 },
		{ population: 0.4, value: 0.15 },
		{ population: 0.6, value: 0.3 },
		{ population: 0.8, value: 0.5 },
		{ population: 1, value: 1 }
	],
	gini: 0.36,
	locale: 'en'
};

const option = buildLorenzOption(data, labels);
const series = option.series as LineSeriesOption[];

describe('buildLorenzOption', () => {
	it('draws the curve and the line of equality on 0–1 share axes', () => {
		expect(series.map((s) => [s.type, s.name])).toEqual([
			['line', 'Lorenz curve'],
			['line', 'Line of equality']
		]);
		expect(series[0].data).toEqual([
			[0, 0],
			[0.2, 0.05],
			[0.4, 0.15],
			[0.6, 0.3],
			[0.8, 0.5],
			[1, 1]
		]);
		expect(series[1].data).toEqual([
			[0, 0],
			[1, 1]
		]);
		expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 1, name: 'Population share' });
		expect(option.yAxis).toMatchObject({ type: 'value', min: 0, max: 1, name: 'Score share' });
	});

	it('states the Gini in the subtitle', () => {
		expect(option.title).toMatchObject({ subtext: 'Gini = 0.360' });
	});

	it('labels the share axes as percentages', () => {
		const formatter = (option.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel
			.formatter;
		expect(formatter(0.4)).toBe('40%');
	});
});

describe('lorenzTable', () => {
	it('lists the points', () => {
		const table = lorenzTable(data, labels);
		expect(table.columns).toEqual(['Population share', 'Score share']);
		expect(table.rows[1]).toEqual([0.2, 0.05]);
		expect(table.rows).toHaveLength(6);
	});
});
