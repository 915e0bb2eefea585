import { describe, expect, it } from 'vitest';
import { largestGaps, provinceBrief } from './province-brief.ts';
import { GUANGDONG, RATES, scores, testBase, XPCC } from './testing.ts';

const history = [
	{ year: 2023, scores: scores(65, 60, 70, 66), rank: 3 },
	{ year: 2024, scores: scores(70, 60, 80, 70), rank: 2 }
];

describe('provinceBrief', () => {
	it('is the name alone without a round or for a province without scores', () => {
		expect(provinceBrief(testBase('en', { view: null }), GUANGDONG, RATES, history)).toEqual({
			name: 'Guangdong',
			shown: null
		});
	});

	it('heads with the four scores, their unit and their change since the previous round', () => {
		const b = provinceBrief(testBase('en'), GUANGDONG, RATES, history).shown!;
		expect(b.title).toBe('Guangdong: health informatization development index, 2024');
		expect(b.cards.map((c) => [c.key, c.value, c.change])).toEqual([
			['composite', '70.0', '+5.0 points vs 2023'],
			['governance', '60.0', '0.0 points vs 2023'],
			['infrastructure', '80.0', '+10.0 points vs 2023'],
			['application', '70.0', '+4.0 points vs 2023']
		]);
		const first = provinceBrief(testBase('en'), GUANGDONG, RATES, history.slice(1)).shown!;
		expect(first.cards.every((c) => c.change === 'first round')).toBe(true);
	});

	it('gives the rank among the ranked units with its likely range, and the named stage', () => {
		const en = provinceBrief(testBase('en'), GUANGDONG, RATES, history).shown!;
		expect([en.rank, en.stage, en.fewNote]).toEqual(['2 of 3 (likely ranks 2–4)', '3 · Established', null]);
		const zh = provinceBrief(testBase('zh-CN'), GUANGDONG, RATES, history).shown!;
		expect([zh.rank, zh.stage]).toEqual(['第 2 位（共 3 个；可能排名 2–4）', '3 · 成型']);
		expect(zh.title).toBe('广东省卫生健康信息化发展指数（2024年）');
	});

	it('says a unit too small to rank is not ranked, and why', () => {
		const b = provinceBrief(testBase('en'), XPCC, RATES, history).shown!;
		expect(b.rank).toBe('not ranked');
		expect(b.fewNote).toMatch(/fewer than 30 /);
	});

	it('names the lagging dimension, draws the radar on the round scale, and says where it comes from', () => {
		const b = provinceBrief(testBase('en'), GUANGDONG, RATES, history).shown!;
		expect(b.lagging).toBe('Furthest behind the national mean on Governance capacity: -2.0 points.');
		expect(b.radar.data.series.map((s) => s.name)).toEqual(['Guangdong', 'East mean', 'National mean']);
		expect(b.source).toContain('round 2024');
		expect(b.computed).toBe('Scores computed 2026-11-30.');
	});
});

describe('largestGaps', () => {
	it('lists the three indicators furthest below the national rate, across dimensions', () => {
		expect(largestGaps(RATES, '44').map((r) => [r.indicator, r.difference])).toEqual([
			['gov-behind', -40],
			['infra-behind', -5],
			['app-small-gap', -2]
		]);
		const b = provinceBrief(testBase('zh-CN'), GUANGDONG, RATES, history).shown!;
		expect(b.gaps.map((g) => [g.name, g.own, g.national, g.difference])).toEqual([
			['gov-behind', '30.0', '70.0', '-40.0'],
			['infra-behind', '20.0', '25.0', '-5.0'],
			['app-small-gap', '60.0', '62.0', '-2.0']
		]);
	});

	it('lists none when the province is at or above the national rate everywhere', () => {
		expect(largestGaps(RATES, '11')).toEqual([]);
	});
});
