import type { BarSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL, CATEGORICAL_LIGHT } from '../palette.ts';
import { buildDecompositionOption, decompositionTable, type DecompositionLabels } from './build.ts';

const labels: DecompositionLabels = {
	year: 'Round',
	scheme: 'Zoning',
	between: 'between',
	within: 'within',
	total: 'Total',
	yAxis: 'Theil T'
};

const data = {
	years: [2018, 2021],
	schemes: [
		{ name: 'zone4', between: [0.004, 0.003], within: [0.006, 0.0055] },
		{ name: 'zone3', between: [0.003, 0.0025], within: [0.007, 0.006] }
	]
};

const option = buildDecompositionOption(data, labels);
const series = option.series as BarSeriesOption[];

describe('buildDecompositionOption', () => {
	it('stacks between and within per scheme', () => {
		expect(series.map((s) => [s.type, s.name, s.stack, s.data])).toEqual([
			['bar', 'zone4 · between', 'zone4', [0.004, 0.003]],
			['bar', 'zone4 · within', 'zone4', [0.006, 0.0055]],
			['bar', 'zone3 · between', 'zone3', [0.003, 0.0025]],
			['bar', 'zone3 · within', 'zone3', [0.007, 0.006]]
		]);
		expect(option.xAxis).toMatchObject({ type: 'category', data: ['2018', '2021'] });
	});

	it('gives each scheme a dark between and a light within colour', () => {
		expect(series.map((s) => (s.itemStyle as { color: string }).color)).toEqual([
			CATEGORICAL[0],
			CATEGORICAL_LIGHT[0],
			CATEGORICAL[1],
			CATEGORICAL_LIGHT[1]
		]);
	});
});

describe('decompositionTable', () => {
	it('has a row per round and scheme with the total', () => {
		expect(decompositionTable(data, labels)).toEqual({
			columns: ['Round', 'Zoning', 'between', 'within', 'Total'],
			rows: [
				[2018, 'zone4', 0.004, 0.006, 0.01],
				[2018, 'zone3', 0.003, 0.007, 0.01],
				[2021, 'zone4', 0.003, 0.0055, 0.0085],
				[2021, 'zone3', 0.0025, 0.006, 0.0085]
			]
		});
	});
});
