import { describe, expect, it } from 'vitest';
import { format, MESSAGES, pickLocale } from './messages.ts';

describe('messages', () => {
	it('has every key, non-empty, in both languages', () => {
		const en = Object.keys(MESSAGES.en).sort();
		expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual(en);
		for (const locale of Object.values(MESSAGES))
			for (const text of Object.values(locale)) expect(text.trim()).not.toBe('');
	});
	it('uses the same placeholders in both languages', () => {
		const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, text] of Object.entries(MESSAGES.en)) {
			expect(names(MESSAGES['zh-CN'][key as keyof typeof MESSAGES.en]), key).toEqual(names(text));
		}
	});
	it('fills placeholders', () => expect(format('vs {year} ({x})', { year: 2023 })).toBe('vs 2023 ({x})'));
	it('prefers the remembered choice over Accept-Language, and ?lang= over both', () => {
		expect(pickLocale(null, 'zh-CN', 'en')).toBe('en');
		// Accept-Language by its q-values, not its order.
		for (const [header, locale] of [
			['en;q=0.1,zh', 'zh-CN'],
			['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
			['en-US,en;q=0.9', 'en'],
			['fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.4', 'en'],
			['fr,de', 'zh-CN'],
			['en;q=0,zh;q=0.1', 'zh-CN'],
			['en;q=0.5,zh-TW;q=0.5', 'en'],
			['', 'zh-CN'],
			['*', 'zh-CN']
		] as const)
			expect(pickLocale(null, header), header).toBe(locale);
		expect(pickLocale('zh-CN', 'en', 'en')).toBe('zh-CN');
		expect(pickLocale(null, 'en', 'klingon')).toBe('en');
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
