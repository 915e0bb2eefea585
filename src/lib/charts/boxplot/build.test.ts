import type { BoxplotSeriesOption, DefaultLabelFormatterCallbackParams, ScatterSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { boxplotTable, buildBoxplotOption, type BoxplotLabels } from './build.ts';

const labels: BoxplotLabels = {
	group: 'Zone',
	n: 'n',
	min: 'Min',
	q1: 'Q1',
	median: 'Median',
	q3: 'Q3',
	max: 'Max',
	yAxis: 'Composite'
};

const data = {
	groups: [
		{ name: 'East', values: [7, 1, 3, 5] },
		{ name: 'Northeast', values: [] }
	],
	locale: 'en'
};

const option = buildBoxplotOption(data, labels);
const [boxes, dots] = option.series as [BoxplotSeriesOption, ScatterSeriesOption];

describe('buildBoxplotOption', () => {
	it('draws one box per group from the five-number summary', () => {
		expect(boxes.type).toBe('boxplot');
		expect(boxes.data).toEqual([[1, 2.5, 4, 5.5, 7], '-']);
		expect(option.xAxis).toMatchObject({ type: 'category', data: ['East', 'Northeast'] });
		expect(option.yAxis).toMatchObject({ type: 'value', min: 0, max: 100, name: 'Composite' });
	});

	it('shows every province as a dot over its group', () => {
		expect(dots.type).toBe('scatter');
		expect(dots.data).toEqual([
			[0, 7],
			[0, 1],
			[0, 3],
			[0, 5]
		]);
	});

	it('tooltip states n and the summary', () => {
		const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		expect(formatter({ dataIndex: 0 } as DefaultLabelFormatterCallbackParams)).toBe(
			'<b>East</b> (n = 4)<br>Min: 1.0<br>Q1: 2.5<br>Median: 4.0<br>Q3: 5.5<br>Max: 7.0'
		);
		expect(formatter({ dataIndex: 1 } as DefaultLabelFormatterCallbackParams)).toBe(
			'<b>Northeast</b> (n = 0)'
		);
	});
});

describe('boxplotTable', () => {
	it('has n and the summary per group', () => {
		expect(boxplotTable(data, labels)).toEqual({
			columns: ['Zone', 'n', 'Min', 'Q1', 'Median', 'Q3', 'Max'],
			rows: [
				['East', 4, 1, 2.5, 4, 5.5, 7],
				['Northeast', 0, null, null, null, null, null]
			]
		});
	});
});
