import type { DefaultLabelFormatterCallbackParams, RadarSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL } from '../palette.ts';
import { textWidth } from '../layout.ts';
import {
	buildRadarOption,
	dimensionRadar,
	radarGeometry,
	radarMin,
	radarTable,
	type RadarData
} from './build.ts';

const data: RadarData = {
	indicators: [
		{ key: 'governance', label: 'Governance' },
		{ key: 'infrastructure', label: 'Infrastructure' },
		{ key: 'application', label: 'Application' }
	],
	series: [
		{ name: 'Guangdong', values: [70.456, 80, 65] },
		{ name: 'National', values: [60, 62, 55] },
		{ name: 'East', values: [66, 70, 60] }
	]
};

const option = buildRadarOption(data, { series: 'Series' });
const series = option.series as RadarSeriesOption[];

describe('radarGeometry', () => {
	const names = ['Governance capacity', 'Infrastructure development', 'Application efficacy'];
	const series = ['Guizhou', 'West mean', 'National mean'];

	it.each([
		['a phone', { width: 366, height: 320 }],
		['a laptop column', { width: 632, height: 320 }],
		['a narrow phone', { width: 340, height: 300 }]
	])("keeps the lower spokes' names inside the chart on %s", (_, layout) => {
		const { radius, center, nameWidth } = radarGeometry(names, series, layout, true);
		// The lower spokes end 0.866 r either side of the centre; their names stand beyond them.
		const reach = radius * Math.cos(Math.PI / 6) + 12 + nameWidth;
		expect(center[0] - reach).toBeGreaterThanOrEqual(0);
		expect(center[0] + reach).toBeLessThanOrEqual(layout.width);
		expect(radius).toBeGreaterThanOrEqual(60);
	});

	it('wraps long names on a phone, not on a laptop', () => {
		const phone = buildRadarOption(
			{ ...data, indicators: names.map((label, i) => ({ key: `k${i}`, label })) },
			{ series: 'Series' },
			{ width: 366, height: 320 }
		);
		const axisName = (phone.radar as { axisName: { formatter: (n: string) => string } }).axisName;
		expect(axisName.formatter('Infrastructure development')).toBe('Infrastructure\ndevelopment');
		expect(radarGeometry(names, series, { width: 632, height: 320 }).nameWidth).toBe(
			textWidth('Infrastructure development', 13)
		);
	});
});

describe('buildRadarOption', () => {
	it('has one 0–100 spoke per indicator', () => {
		expect((option.radar as { indicator: unknown[] }).indicator).toEqual([
			{ name: 'Governance', min: 0, max: 100 },
			{ name: 'Infrastructure', min: 0, max: 100 },
			{ name: 'Application', min: 0, max: 100 }
		]);
	});

	it('draws one radar series per input series in Okabe–Ito colours, only the first filled', () => {
		expect(series.map((s) => [s.type, s.name, (s.itemStyle as { color: string }).color])).toEqual([
			['radar', 'Guangdong', CATEGORICAL[0]],
			['radar', 'National', CATEGORICAL[1]],
			['radar', 'East', CATEGORICAL[2]]
		]);
		expect(series[0].data).toEqual([{ name: 'Guangdong', value: [70.46, 80, 65] }]);
		expect(series[0].areaStyle).toBeDefined();
		expect(series[1].areaStyle).toBeUndefined();
		expect(option.legend).toMatchObject({ data: ['Guangdong', 'National', 'East'] });
	});

	it('tooltip lists the series values', () => {
		const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		expect(formatter({ seriesIndex: 1, seriesName: 'National' } as DefaultLabelFormatterCallbackParams)).toBe(
			'<b>National</b><br>Governance: <b>60.0</b><br>Infrastructure: <b>62.0</b><br>Application: <b>55.0</b>'
		);
	});

	it('takes another scale', () => {
		const o = buildRadarOption({ ...data, max: 1 }, { series: 'Series' });
		expect((o.radar as { indicator: { max: number }[] }).indicator[0].max).toBe(1);
	});
});

describe('radarTable', () => {
	it('has a row per series and a column per indicator', () => {
		expect(radarTable(data, { series: 'Series' })).toEqual({
			columns: ['Series', 'Governance', 'Infrastructure', 'Application'],
			rows: [
				['Guangdong', 70.46, 80, 65],
				['National', 60, 62, 55],
				['East', 66, 70, 60]
			]
		});
	});
});

describe('radarMin', () => {
	it.each([
		[[62, 75, 71], 50],
		[[60, 99], 50],
		[[8, 40], 0],
		[[100], 90],
		[[], 0]
	])('%j → %i', (values, expected) => expect(radarMin([{ name: 'a', values }])).toBe(expected));

	it('states a scale that does not start at 0, and only then', () => {
		const data = { indicators: [{ key: 'a', label: 'A' }], series: [{ name: 's', values: [70] }] };
		const labels = { series: 'Series', scale: 'Centre 60, edge 100' };
		expect(buildRadarOption({ ...data, min: 60 }, labels).title).toMatchObject({
			text: 'Centre 60, edge 100'
		});
		expect(buildRadarOption(data, labels).title).toBeUndefined();
		const radar = buildRadarOption({ ...data, min: 60 }, labels).radar as { indicator: { min: number }[] };
		expect(radar.indicator[0].min).toBe(60);
	});
});

describe('dimensionRadar', () => {
	it('puts the three dimensions on the spokes and each region on a series', () => {
		const scores = { governance: 72, infrastructure: 61, application: 66 };
		const data = dimensionRadar([{ name: 'Guangdong', scores }], (k) => k.toUpperCase(), 'en');
		expect(data.indicators.map((i) => i.label)).toEqual(['GOVERNANCE', 'INFRASTRUCTURE', 'APPLICATION']);
		expect(data.series).toEqual([{ name: 'Guangdong', values: [72, 61, 66] }]);
		expect(data.min).toBe(50);
	});
});
