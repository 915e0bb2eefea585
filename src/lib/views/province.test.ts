import { describe, expect, it } from 'vitest';
import { indicatorsAgainstNation, provincePage, type ProvinceIdentity } from './province.ts';
import { GUANGDONG, RATES, scores, testBase, XPCC } from './testing.ts';

describe('indicatorsAgainstNation', () => {
	it('orders by dimension, then where the province lags most; unknowns last', () => {
		expect(indicatorsAgainstNation(RATES, '44').map((r) => [r.indicator, r.difference])).toEqual([
			['gov-behind', -40],
			['gov-ahead', 30],
			['infra-behind', -5],
			['infra-unknown', null],
			['app-small-gap', -2],
			['none', 0]
		]);
	});
});

describe('provincePage', () => {
	const history = [
		{ year: 2023, scores: scores(65), rank: 2 },
		{ year: 2024, scores: scores(70), rank: 2 }
	];

	it('is a title and nothing more for a province without scores in the round', () => {
		expect(provincePage(testBase('en', { view: null }), GUANGDONG, RATES, history)).toEqual({
			title: 'Guangdong',
			shown: null
		});
	});

	it('leads with the composite, the rank among the units, its interval and the respondents', () => {
		const { shown } = provincePage(testBase('en'), GUANGDONG, RATES, history);
		expect(shown!.lead).toEqual({
			composite: '70.0',
			compositeInterval: '68.0–72.0',
			rank: '2 / 3',
			interval: '2–4',
			stage: 3,
			respondents: '120'
		});
		expect(shown!.fewNote).toBeNull();
		const xpcc = provincePage(testBase('en'), XPCC, RATES, history).shown!;
		expect([xpcc.lead.rank, xpcc.lead.interval, xpcc.lead.respondents]).toEqual(['not ranked', null, '12 †']);
		expect(xpcc.fewNote).toMatch(/fewer than 30 /);
	});

	it('sets the province against its zone and the nation, and its groups side by side', () => {
		const { shown } = provincePage(testBase('en'), GUANGDONG, RATES, history);
		expect(shown!.radar.data.series.map((s) => s.name)).toEqual(['Guangdong', 'East mean', 'National mean']);
		expect(shown!.groups.data.series.map((s) => [s.name, s.values])).toEqual([
			['Provincial commission (1)', [60, 80, 70, 70]],
			['County commissions (119)', [60, 60, 60, 60]]
		]);
	});

	it('shows its cities of both series, its history from two rounds, its indicators with marks', () => {
		const { shown } = provincePage(testBase('en'), GUANGDONG, RATES, history);
		expect(shown!.cities.rows.map((c) => [c.name, c.series])).toEqual([
			['Guangzhou', 1],
			['Shenzhen', 2],
			['Dongguan †', 2]
		]);
		expect(shown!.cities.rows.map((c) => c.rank)).toEqual([1, 1, null]);
		expect(shown!.history!.data.series[3]).toEqual({ name: 'Composite index', values: [65, 70] });
		expect(provincePage(testBase('en'), GUANGDONG, RATES, history.slice(1)).shown!.history).toBeNull();
		expect(shown!.indicators.map((r) => [r.name, r.difference, r.behind])).toEqual([
			['gov-behind', '-40.0', true],
			['gov-ahead', '+30.0', false],
			['infra-behind', '-5.0', true],
			['infra-unknown', '–', false],
			['app-small-gap', '-2.0', true],
			['none', '0.0', false]
		]);
	});

	it('offers its cities and indicators tables with plain numbers', () => {
		const { shown } = provincePage(testBase('en'), GUANGDONG, RATES, history);
		expect(shown!.citiesDownload.rows.map((r) => [r[1], r[2]])).toEqual([
			['Guangzhou', 'series 1'],
			['Shenzhen', 'series 2'],
			['Dongguan †', 'series 2']
		]);
		expect(shown!.citiesDownload.columns[0]).toBe('Rank in series');
		// The seven columns, then the province rate's 95 % Wilson interval (testing.ts: own ± 5).
		expect(shown!.indicatorsDownload.columns).toHaveLength(9);
		expect(shown!.indicatorsDownload.rows[0].slice(7)).toEqual([25, 35]);
		expect(shown!.indicatorsDownload.rows.find((r) => r[2] === 'infra-unknown')!.slice(7)).toEqual([
			null,
			null
		]);
		expect(shown!.indicatorsDownload.rows.map((r) => [r[2], r[5]])).toEqual([
			['gov-behind', -40],
			['gov-ahead', 30],
			['infra-behind', -5],
			['infra-unknown', null],
			['app-small-gap', -2],
			['none', 0]
		]);
	});

	it('says which dimension lags most, and draws every province from one centre', () => {
		// Gansu: governance 60 (62 national), infrastructure 40 (58), application 50 (60).
		const GANSU: ProvinceIdentity = { code: '62', name: '甘肃省', nameEn: 'Gansu', zone4: 'west' };
		const gansu = provincePage(testBase('en'), GANSU, RATES, history).shown!;
		expect(gansu.lagging).toBe(
			'Furthest behind the national mean on Infrastructure development: -18.0 points.'
		);
		const zh = provincePage(testBase('zh-CN'), GANSU, RATES, history).shown!;
		expect(zh.lagging).toBe('与全国均值差距最大的维度：基础建设（-18.0分）。');
		const beijing = provincePage(testBase('en'), { ...GANSU, code: '11' }, RATES, history).shown!;
		expect(beijing.lagging).toBe(testBase('en').t.aheadEverywhere);
		// The lowest score of the round is 30 (the XPCC's application): centre 20 for every province.
		expect([gansu.radar.data.min, beijing.radar.data.min]).toEqual([20, 20]);
	});
});
