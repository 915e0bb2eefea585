import type { BarSeriesOption, DefaultLabelFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import {
	buildRankingOption,
	rankingHeight,
	rankingNameWidth,
	rankingTable,
	type RankingData,
	type RankingItem,
	type RankingLabels
} from './build.ts';
import { textWidth } from '../layout.ts';

const labels: RankingLabels = {
	value: 'Composite',
	rank: 'Rank',
	interval: '5–95 %',
	region: 'Province',
	rankP05: 'Rank p5',
	rankP95: 'Rank p95',
	unranked: 'not ranked'
};

const data: RankingData = {
	locale: 'en',
	rows: [
		{ code: '11', name: 'Beijing', value: 70.123, rank: 2, rankP05: 1, rankP95: 3.5 },
		{ code: '44', name: 'Guangdong', value: 75, rank: 1, rankP05: 1, rankP95: 2 },
		{ code: '66', name: 'XPCC', value: 40, rank: 3, rankP05: null, rankP95: null }
	]
};

const option = buildRankingOption(data, labels);
const series = (option.series as BarSeriesOption[])[0];
const yAxes = option.yAxis as { data: string[]; inverse: boolean; position: string; name?: string }[];

describe('buildRankingOption', () => {
	it('draws bars sorted by rank, best on top', () => {
		expect(series.type).toBe('bar');
		expect(yAxes[0]).toMatchObject({
			data: ['Guangdong', 'Beijing', 'XPCC'],
			inverse: true,
			position: 'left'
		});
		expect((series.data as RankingItem[]).map((d) => [d.code, d.value])).toEqual([
			['44', 75],
			['11', 70.12],
			['66', 40]
		]);
	});

	it('puts the value inside the bar end on a 0–100 axis', () => {
		expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
		expect(series.label).toMatchObject({ show: true, position: 'insideRight' });
		expect(buildRankingOption({ ...data, max: 1 }, labels).xAxis).toMatchObject({ max: 1 });
	});

	it('writes each rank with its 5–95 % interval on the right axis', () => {
		expect(yAxes[1]).toMatchObject({
			data: ['1 (1–2)', '2 (1–4)', '3'],
			inverse: true,
			position: 'right',
			name: 'Rank (5–95 %)'
		});
	});

	it('cuts a long name to its column on a phone, keeping the few-respondents mark', () => {
		const long = 'Xinjiang Production and Construction Corps †';
		const phone = buildRankingOption(data, labels, { width: 366, height: 712 });
		const names = (phone.yAxis as { axisLabel: { formatter: (n: string) => string } }[])[0].axisLabel;
		const cut = names.formatter(long);
		expect(cut).toMatch(/^Xinjiang .*… †$/);
		expect(textWidth(cut, 12)).toBeLessThanOrEqual(rankingNameWidth({ width: 366, height: 712 }));
		expect(names.formatter('Beijing')).toBe('Beijing');
		expect(phone.xAxis).toMatchObject({ splitNumber: 2 });
	});

	it('gives names up to 280 px on a laptop', () => {
		expect(rankingNameWidth({ width: 632, height: 712 })).toBe(280);
		expect(rankingNameWidth({ width: 366, height: 712 })).toBe(117);
	});

	it('tooltip gives name, value and interval', () => {
		const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		expect(formatter({ dataIndex: 1 } as DefaultLabelFormatterCallbackParams)).toBe(
			'<b>Beijing</b><br>Composite: <b>70.1</b><br>Rank (5–95 %): 2 (1–4)'
		);
	});

	it("tooltip gives the score's bootstrap interval where there is one", () => {
		const rows = data.rows.map((r) =>
			r.code === '11' ? { ...r, valueInterval: { lower: 68.04, upper: 72.96 } } : r
		);
		const withBand = buildRankingOption({ ...data, rows }, { ...labels, valueInterval: '95 % interval' });
		const formatter = (withBand.tooltip as { formatter: (p: unknown) => string }).formatter;
		expect(formatter({ dataIndex: 1 } as DefaultLabelFormatterCallbackParams)).toBe(
			'<b>Beijing</b><br>Composite: <b>70.1</b><br>95 % interval: 68.0–73.0<br>Rank (5–95 %): 2 (1–4)'
		);
		// Guangdong has none: no line for it.
		expect(formatter({ dataIndex: 0 } as DefaultLabelFormatterCallbackParams)).not.toContain('interval');
	});
});

describe('rankingTable', () => {
	it('lists the bars in order with the interval bounds', () => {
		expect(rankingTable(data, labels)).toEqual({
			columns: ['Rank', 'Province', 'Composite', 'Rank p5', 'Rank p95'],
			rows: [
				[1, 'Guangdong', 75, 1, 2],
				[2, 'Beijing', 70.12, 1, 3.5],
				[3, 'XPCC', 40, null, null]
			]
		});
	});
});

describe('rankingHeight', () => {
	it.each([
		[32, '712px'],
		[3, '240px']
	])('%i bars → %s', (n, height) => {
		expect(rankingHeight(n)).toBe(height);
	});
});
