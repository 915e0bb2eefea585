import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { viewQuery } from './view-query.ts';

describe('viewQuery', () => {
	it('carries the language, and only the parts of the method that differ from the default', () => {
		expect(viewQuery('en')).toBe('lang=en');
		expect(viewQuery('zh-CN', DEFAULT_METHOD)).toBe('lang=zh-CN');
		expect(viewQuery('en', { ...DEFAULT_METHOD, weights: 'entropy', aggregate: 'geometric' })).toBe(
			'lang=en&weights=entropy&aggregate=geometric'
		);
	});
});
