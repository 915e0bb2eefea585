import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { carriedQuery, viewQuery } from './view-query.ts';

describe('viewQuery', () => {
	it('carries the language, and only the parts of the method that differ from the default', () => {
		expect(viewQuery('en')).toBe('lang=en');
		expect(viewQuery('zh-CN', DEFAULT_METHOD)).toBe('lang=zh-CN');
		expect(viewQuery('en', { ...DEFAULT_METHOD, weights: 'entropy', aggregate: 'geometric' })).toBe(
			'lang=en&weights=entropy&aggregate=geometric'
		);
	});
	it('carries the round shown, when there is one', () => {
		expect(viewQuery('en', DEFAULT_METHOD, 2019)).toBe('lang=en&year=2019');
		expect(viewQuery('zh-CN', { ...DEFAULT_METHOD, normalise: 'minmax' }, 2024)).toBe(
			'lang=zh-CN&year=2024&normalise=minmax'
		);
		expect(viewQuery('en', DEFAULT_METHOD, null)).toBe('lang=en');
	});
});

describe('carriedQuery', () => {
	it.each([
		['/?lang=en', ''],
		['/?year=2023&dimension=governance', '?year=2023'],
		['/cities?series=2&province=44&normalise=minmax&year=2022&lang=zh-CN', '?year=2022&normalise=minmax'],
		['/compare?p=11,31&weights=entropy&aggregate=geometric', '?weights=entropy&aggregate=geometric']
	])('%s → %j', (path, query) => {
		expect(carriedQuery(new URL(path, 'http://himap.local'))).toBe(query);
	});
});
