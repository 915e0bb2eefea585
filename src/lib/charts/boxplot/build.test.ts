import type { BoxplotSeriesOption, DefaultLabelFormatterCallbackParams, ScatterSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { boxplotTable, buildBoxplotOption, fittedRange, type BoxplotLabels } from './build.ts';

const labels: BoxplotLabels = {
	group: 'Zone',
	n: 'n',
	min: 'Min',
	q1: 'Q1',
	median: 'Median',
	q3: 'Q3',
	max: 'Max',
	yAxis: 'Composite',
	axisRange: 'Axis {min}–{max}, not 0–100'
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
		expect(option.yAxis).toMatchObject({ type: 'value', name: 'Composite' });
	});

	it('fits the value axis to the values and says so', () => {
		const scores = {
			groups: [
				{ name: 'East', values: [61.2, 75.9, 68] },
				{ name: 'West', values: [58.5, 63] }
			]
		};
		const fitted = buildBoxplotOption(scores, labels);
		expect(fitted.yAxis).toMatchObject({ min: 55, max: 80 });
		expect(fitted.title).toMatchObject({ text: 'Axis 55–80, not 0–100' });
		// A given range wins, and a full 0–100 axis needs no note.
		const full = buildBoxplotOption({ ...scores, yMin: 0, yMax: 100 }, labels);
		expect(full.yAxis).toMatchObject({ min: 0, max: 100 });
		expect(full.title).toBeUndefined();
	});

	it('names every group under its box, wrapped to its column', () => {
		const phone = buildBoxplotOption(data, labels, { width: 366, height: 340 });
		expect(phone.xAxis).toMatchObject({ axisLabel: { interval: 0, width: 149, overflow: 'break' } });
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

describe('fittedRange', () => {
	it.each([
		{ values: [58.5, 75.9], range: { min: 55, max: 80 } },
		// Pad of at least 2 points, clamped to the scale.
		{ values: [1, 7], range: { min: 0, max: 10 } },
		{ values: [97, 99.5], range: { min: 95, max: 100 } },
		// A span over 40 goes by tens.
		{ values: [12, 88], range: { min: 0, max: 100 } },
		{ values: [30, 75], range: { min: 20, max: 80 } },
		{ values: [], range: { min: 0, max: 100 } },
		{ values: [NaN, 50], range: { min: 45, max: 55 } }
	])('$values → $range', ({ values, range }) => {
		expect(fittedRange(values)).toEqual(range);
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
