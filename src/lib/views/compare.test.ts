import { describe, expect, it } from 'vitest';
import type { IndicatorRate } from '../analysis/indicator-rates.ts';
import { comparePage, gapOf, HIGHLIGHTED_GAPS, indicatorGaps } from './compare.ts';
import { MAX_COMPARED } from './query.ts';
import { testBase, testRound } from './testing.ts';

const rate = (indicator: string, provinces: Record<string, number | null>, national = 50): IndicatorRate => ({
	survey: 'regional',
	indicator,
	zh: `指标${indicator}`,
	en: `Indicator ${indicator}`,
	dimension: 'governance',
	national,
	nationalCi: null,
	provinces: Object.fromEntries(
		Object.entries(provinces).map(([c, percent]) => [c, { percent, n: 10, ci: null }])
	)
});

const RATES = [
	rate('a', { '11': 90, '44': 80, '62': 85 }),
	rate('b', { '11': 100, '44': 20, '62': 60 }),
	rate('c', { '11': null, '44': 50 }),
	rate('d', { '11': 40, '44': 70, '62': 40 })
];

describe('gapOf', () => {
	it.each([
		[[90, 80, 85], 10],
		[[null, 50], null],
		[[null, null], null],
		[[40, 70, null, 40], 30],
		[[], null]
	])('%j → %s', (values, gap) => {
		expect(gapOf(values)).toBe(gap);
	});
});

describe('indicatorGaps', () => {
	it('orders the indicators by the gap between the chosen provinces, unknown gaps last', () => {
		expect(indicatorGaps(RATES, ['11', '44']).map((r) => [r.indicator, r.values, r.gap])).toEqual([
			['b', [100, 20], 80],
			['d', [40, 70], 30],
			['a', [90, 80], 10],
			['c', [null, 50], null]
		]);
		expect(indicatorGaps(RATES, ['11', '62']).map((r) => [r.indicator, r.gap])).toEqual([
			['b', 40],
			['a', 5],
			['d', 0],
			['c', null]
		]);
	});
});

/** The test round's provinces and five more, eight in all, with made-up names in both languages. */
function eightProvinces() {
	const round = testRound();
	const extra = ['12', '13', '14', '15'].map((code, i) => ({
		...round.provinces[0],
		code,
		name: `省${code}`,
		nameEn: `Province ${code}`,
		rank: 5 + i
	}));
	return testRound(2024, { provinces: [...round.provinces, ...extra] });
}

describe('comparePage', () => {
	it('compares the first six asked and names, in the page language, the ones left out', () => {
		const asked = ['11', '12', '13', '14', '15', '44', '62', '66'];
		const en = comparePage(testBase('en', { view: eightProvinces() }), asked, RATES);
		expect(MAX_COMPARED).toBe(6);
		expect(en.names).toEqual([
			'Beijing',
			'Province 12',
			'Province 13',
			'Province 14',
			'Province 15',
			'Guangdong'
		]);
		expect(en.tooMany).toBe('At most 6 provincial units are compared at once; left out: Gansu, XPCC.');
		// The form shows what is compared: the left-out ones unticked.
		expect(en.all.filter((p) => p.checked)).toHaveLength(6);
		expect(en.all.find((p) => p.code === '62')?.checked).toBe(false);
		expect(en.compared?.radar.data.series).toHaveLength(7);
		const zh = comparePage(testBase('zh-CN', { view: eightProvinces() }), asked, RATES);
		expect(zh.tooMany).toBe('一次最多对比6个省级单位，未纳入：甘肃省、新疆生产建设兵团。');
	});

	it('says nothing of a limit when six or fewer are asked', () => {
		const page = comparePage(
			testBase('en', { view: eightProvinces() }),
			['11', '12', '13', '14', '15', '44'],
			RATES
		);
		expect(page.tooMany).toBeNull();
		expect(page.max).toBe(6);
	});

	it('asks for two provinces until it has them', () => {
		const page = comparePage(testBase('en'), ['44', '99'], RATES);
		expect(page.compared).toBeNull();
		expect(page.names).toEqual(['Guangdong']);
		expect(page.all.map((p) => [p.code, p.checked])).toEqual([
			['11', false],
			['44', true],
			['62', false],
			['66', false]
		]);
	});

	it('compares in the order asked, the score with the widest gap marked', () => {
		const page = comparePage(testBase('en'), ['62', '11'], RATES);
		expect(page.names).toEqual(['Gansu', 'Beijing']);
		const { scores, ranks, indicators } = page.compared!;
		expect(scores.map((s) => [s.key, s.values, s.gap, s.widest])).toEqual([
			['governance', ['60.0', '85.0'], '25.0', false],
			['infrastructure', ['40.0', '75.0'], '35.0', true],
			['application', ['50.0', '80.0'], '30.0', false],
			['composite', ['50.0', '80.0'], '30.0', false]
		]);
		expect(ranks).toEqual(['3', '1']);
		expect(comparePage(testBase('en'), ['66', '11'], RATES).compared!.ranks).toEqual(['not ranked', '1']);
		expect(indicators.map((r) => [r.key, r.values, r.gap])).toEqual([
			['regional|b', ['60.0', '100.0'], '40.0'],
			['regional|a', ['85.0', '90.0'], '5.0'],
			['regional|d', ['40.0', '40.0'], '0.0'],
			['regional|c', ['–', '–'], '–']
		]);
		expect(indicators.map((r) => r.highlighted)).toEqual([true, true, true, false]);
		const { scoresDownload, indicatorsDownload } = page.compared!;
		expect(scoresDownload.rows.map((r) => r.slice(1))).toEqual([
			[60, 85, expect.any(Number), 25],
			[40, 75, expect.any(Number), 35],
			[50, 80, expect.any(Number), 30],
			[50, 80, expect.any(Number), 30],
			[3, 1, null, null]
		]);
		expect(indicatorsDownload.columns.slice(3, 5)).toEqual(['Gansu (%)', 'Beijing (%)']);
		expect(indicatorsDownload.rows.map((r) => r.slice(3))).toEqual([
			[60, 100, 50, 40],
			[85, 90, 50, 5],
			[40, 40, 50, 0],
			[null, null, 50, null]
		]);
	});

	it('highlights at most the ten widest gaps', () => {
		const many = Array.from({ length: 14 }, (_, i) => rate(`x${i}`, { '11': i, '44': 0 }));
		const { indicators } = comparePage(testBase('en'), ['11', '44'], many).compared!;
		expect(indicators.filter((r) => r.highlighted)).toHaveLength(HIGHLIGHTED_GAPS);
		expect(indicators[0].gap).toBe('13.0');
	});

	it('draws the chosen provinces and the national mean, in the language of the page', () => {
		const { radar, bars, caption } = comparePage(testBase('zh-CN'), ['11', '44'], RATES).compared!;
		expect(radar.data.series.map((s) => s.name)).toEqual([
			'北京市',
			'广东省',
			testBase('zh-CN').t.nationalMean
		]);
		expect(bars.data.series[0].values).toEqual([85, 75, 80, 80]);
		// The respondents behind the comparison: the two provinces', not the round's.
		expect(caption).toContain('240');
	});
});
