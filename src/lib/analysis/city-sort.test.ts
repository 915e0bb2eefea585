import { describe, expect, it } from 'vitest';
import { sortCities } from './city-sort.ts';

const city = (
	code: string,
	name: string,
	nameEn: string,
	rank: number,
	governance: number,
	respondents: number
) => ({
	code,
	name,
	nameEn,
	rank,
	respondents,
	scores: { governance, infrastructure: 50, application: 50, composite: 60 - rank }
});
const cities = [
	city('440100', '广州市', 'Guangzhou', 2, 70, 55),
	city('110000', '北京市', 'Beijing', 3, 80, 113),
	city('330200', '宁波市', 'Ningbo', 1, 75, 39)
];
const codes = (xs: { code: string }[]) => xs.map((c) => c.code);

describe('sortCities', () => {
	it.each([
		['rank', 'en', ['330200', '440100', '110000']],
		['name', 'en', ['110000', '440100', '330200']],
		// Pinyin order: Beijing, Guangzhou, Ningbo.
		['name', 'zh-CN', ['110000', '440100', '330200']],
		['governance', 'en', ['110000', '330200', '440100']],
		['respondents', 'en', ['110000', '440100', '330200']]
	] as const)('by %s (%s)', (sort, locale, expected) => {
		expect(codes(sortCities(cities, sort, locale))).toEqual(expected);
	});

	it('puts Chinese names in pinyin order, reading 长 in 长沙 as chang', () => {
		const named = ['张家口市', '长沙市', '沧州市'].map((name, i) =>
			city(String(i), name, name, i + 1, 50, 1)
		);
		expect(sortCities(named, 'name', 'zh-CN').map((c) => c.name)).toEqual(['沧州市', '长沙市', '张家口市']);
	});

	it('leaves its input alone', () => {
		sortCities(cities, 'name', 'en');
		expect(codes(cities)).toEqual(['440100', '110000', '330200']);
	});
});
