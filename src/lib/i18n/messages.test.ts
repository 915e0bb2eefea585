import { describe, expect, it } from 'vitest';
import { MESSAGES, pickLocale } from './messages.ts';

describe('messages', () => {
	it('has every key, non-empty, in both languages', () => {
		const en = Object.keys(MESSAGES.en).sort();
		expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual(en);
		for (const locale of Object.values(MESSAGES))
			for (const text of Object.values(locale)) expect(text.trim()).not.toBe('');
	});
	it.each([
		[null, 'en-GB,en;q=0.9', 'en'],
		[null, 'zh-CN,zh;q=0.9', 'zh-CN'],
		[null, null, 'zh-CN'],
		['en', 'zh-CN', 'en'],
		['zh-CN', 'en', 'zh-CN'],
		['fr', 'en-US', 'en']
	])('pickLocale(%s, %s) is %s', (query, header, expected) => {
		expect(pickLocale(query, header)).toBe(expected);
	});
});
