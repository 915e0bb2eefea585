import { describe, expect, it } from 'vitest';
import { citiesPage, sortLabel } from './cities.ts';
import { testBase } from './testing.ts';

const PROVINCES = [
	{ code: '44', name: '广东省', nameEn: 'Guangdong' },
	{ code: '62', name: '甘肃省', nameEn: 'Gansu' }
];

describe('citiesPage', () => {
	it.each([
		[{ province: '', series: 1, sort: 'rank' }, ['440100', '620100']],
		[{ province: '', series: 1, sort: 'name' }, ['440100', '620100']],
		[{ province: '', series: 1, sort: 'respondents' }, ['440100', '620100']],
		[{ province: '62', series: 1, sort: 'rank' }, ['620100']],
		[{ province: '', series: 2, sort: 'rank' }, ['440300', '441900']],
		[{ province: '99', series: 1, sort: 'rank' }, []]
	] as const)('%j → %j', (query, codes) => {
		const page = citiesPage(testBase('en'), query, PROVINCES);
		expect(page.cities.rows.map((c) => c.code)).toEqual(codes);
		expect(page.query).toBe(query);
	});

	it("writes the composite's bootstrap interval under it", () => {
		const page = citiesPage(testBase('en'), { province: '', series: 1, sort: 'rank' }, PROVINCES);
		// testing.ts: Guangzhou 75 ± 2.
		expect(page.cities.rows[0].compositeCi).toBe('73.0–77.0');
	});

	it('orders names by pinyin in Chinese and alphabetically in English', () => {
		const query = { province: '', series: 1, sort: 'name' } as const;
		// 广州 (guangzhou) before 兰州 (lanzhou): by pinyin, not by character code.
		expect(citiesPage(testBase('zh-CN'), query, PROVINCES).cities.rows.map((c) => c.name)).toEqual([
			'广州市',
			'兰州市'
		]);
	});

	it('leaves a city with too few respondents unranked after the ranked ones, and says why', () => {
		const page = citiesPage(testBase('en'), { province: '', series: 2, sort: 'rank' }, PROVINCES);
		// Dongguan scores higher than Shenzhen but, on 5 respondents, is not ranked above it.
		expect(page.cities.rows.map((c) => [c.name, c.rank, c.scores.composite])).toEqual([
			['Shenzhen', 1, '72.0'],
			['Dongguan †', null, '78.0']
		]);
		expect(page.cities.fewNote).toMatch(/^† Not ranked: fewer than 10 scored respondents/);
		const zh = citiesPage(testBase('zh-CN'), { province: '', series: 2, sort: 'rank' }, PROVINCES);
		expect(zh.cities.fewNote).toContain('少于 10 家');
	});

	it('names provinces and counts the respondents shown', () => {
		const page = citiesPage(testBase('en'), { province: '', series: 1, sort: 'rank' }, PROVINCES);
		expect(page.cities.rows.map((c) => [c.name, c.scores.composite, c.respondents])).toEqual([
			['Guangzhou', '75.0', '40'],
			['Lanzhou', '55.0', '20']
		]);
		expect(page.cities.fewNote).toBeNull();
		expect(page.provinceName).toEqual({ '44': 'Guangdong', '62': 'Gansu' });
		expect(page.caption).toContain(' 60 ');
	});

	it('offers the table as plain numbers, the province named, in the order shown', () => {
		const page = citiesPage(testBase('en'), { province: '', series: 1, sort: 'rank' }, PROVINCES);
		const { t } = testBase('en');
		expect(page.download.columns).toEqual([
			t.rankInSeries,
			t.name,
			t.province,
			t.governance,
			t.infrastructure,
			t.application,
			t.composite,
			t.respondents
		]);
		expect(page.download.rows.map((r) => [r[1], r[2], r[6], r[7]])).toEqual([
			['Guangzhou', 'Guangdong', 75, 40],
			['Lanzhou', 'Gansu', 55, 20]
		]);
	});

	it('labels each order', () => {
		const { t } = testBase('en');
		expect([sortLabel(t, 'rank'), sortLabel(t, 'name'), sortLabel(t, 'governance')]).toEqual([
			t.rank,
			t.name,
			t.governance
		]);
	});
});

describe('city names', () => {
	it('carry the name in the other language, for matching official sources', () => {
		const query = { province: '44', series: 1, sort: 'rank' } as const;
		expect(citiesPage(testBase('en'), query, PROVINCES).cities.rows[0]).toMatchObject({
			name: 'Guangzhou',
			otherName: '广州市'
		});
		expect(citiesPage(testBase('zh-CN'), query, PROVINCES).cities.rows[0]).toMatchObject({
			name: '广州市',
			otherName: 'Guangzhou'
		});
	});
});
