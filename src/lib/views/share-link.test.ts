import { describe, expect, it } from 'vitest';
import { roundSteps, shareUrl, withQuery } from './share-link.ts';

const at = (path: string) => new URL(path, 'http://himap.local:3000');

describe('withQuery', () => {
	it.each([
		['/?year=2019&dimension=governance', { view: 'table' }, '/?year=2019&dimension=governance&view=table'],
		['/?view=chart&year=2019', { view: 'map' }, '/?view=map&year=2019'],
		['/?view=chart&normalise=minmax', { year: 2022 }, '/?view=chart&normalise=minmax&year=2022'],
		['/?view=chart', { view: null }, '/'],
		['/compare?p=11,31', { lang: 'zh-CN' }, '/compare?p=11%2C31&lang=zh-CN']
	])('%s with %j → %s', (path, changes, href) => {
		expect(withQuery(at(path), changes)).toBe(href);
	});
});

describe('shareUrl', () => {
	it('writes in the language and the round shown, and keeps every other setting', () => {
		expect(
			shareUrl(at('/?view=table&dimension=governance&weights=entropy'), { locale: 'en', year: 2024 })
		).toBe('http://himap.local:3000/?view=table&dimension=governance&weights=entropy&lang=en&year=2024');
		expect(shareUrl(at('/compare?p=11,31,44&lang=en'), { locale: 'zh-CN', year: 2019 })).toBe(
			'http://himap.local:3000/compare?p=11%2C31%2C44&lang=zh-CN&year=2019'
		);
	});
	it('says the round shown, not one asked for that has no data', () => {
		expect(shareUrl(at('/province/44?year=1999'), { locale: 'en', year: 2024 })).toBe(
			'http://himap.local:3000/province/44?year=2024&lang=en'
		);
		expect(shareUrl(at('/?year=1999'), { locale: 'en', year: null })).toBe(
			'http://himap.local:3000/?lang=en'
		);
	});
	it('drops where the reader scrolled to', () => {
		expect(shareUrl(at('/?year=2024#ranking-heading'), { locale: 'en', year: 2024 })).toBe(
			'http://himap.local:3000/?year=2024&lang=en'
		);
	});
});

describe('roundSteps', () => {
	it.each([
		[[2024, 2022, 2019], 2022, { previous: 2019, next: 2024 }],
		[[2024, 2022, 2019], 2024, { previous: 2022, next: null }],
		[[2024, 2022, 2019], 2019, { previous: null, next: 2022 }],
		[[2024], 2024, { previous: null, next: null }],
		[[2024, 2019], null, { previous: null, next: null }],
		[[2024, 2019], 2020, { previous: null, next: null }]
	])('rounds %j at %s → %j', (years, year, steps) => {
		expect(roundSteps(years, year)).toEqual(steps);
	});
});
