import { describe, expect, it } from 'vitest';
import { answerText } from './preview-answer.ts';

const WORDS = { previewYes: 'yes', previewNo: 'no', previewEmpty: '(empty)' };

describe('answerText', () => {
	it.each([
		['boolean', 1, 'en', 'yes'],
		['boolean', 0, 'en', 'no'],
		['boolean', null, 'en', '(empty)'],
		['ordinal', 5, 'en', '4A'],
		['ordinal', 5, 'zh-CN', '四级甲等'],
		['ordinal', 0, 'zh-CN', '0'],
		['number', 12.5, 'en', '12.5']
	] as const)('%s %s in %s is %s', (kind, value, locale, text) => {
		expect(answerText(kind, value, WORDS, locale)).toBe(text);
	});
});
