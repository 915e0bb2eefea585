import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { AGGREGATE_METHODS } from './aggregate.ts';
import { methodPartName, methodTitle } from './method-names.ts';
import { DEFAULT_METHOD, methodKey, WEIGHT_METHODS } from './method.ts';
import { NORMALISE_METHODS } from './normalise.ts';

const { en, 'zh-CN': zh } = MESSAGES;

describe('methodTitle', () => {
	it.each([
		[
			'goalposts/framework/arithmetic/winsorise',
			'Goalposts, framework weights, arithmetic mean (default)',
			'目标值法、框架权重、算术平均（默认）'
		],
		[
			'minmax/entropy/geometric/winsorise',
			'Min–max, entropy weights, geometric mean, outliers winsorised',
			'极差法、熵权法、几何平均、异常值缩尾'
		],
		[
			'zscore/critic/arithmetic/raw',
			'z-score, CRITIC weights, arithmetic mean, outliers kept',
			'Z分数法、CRITIC法、算术平均、不处理异常值'
		],
		// Outlier treatment only applies under min–max and z-score, so it is not named elsewhere.
		[
			'rank/pca/geometric/winsorise',
			'Rank, principal-component weights, geometric mean',
			'排序法、主成分法、几何平均'
		]
	])('%s in words', (key, english, chinese) => {
		expect(methodTitle(key, en)).toBe(english);
		expect(methodTitle(key, zh)).toBe(chinese);
	});

	it('takes a method as well as its key; leaves a string that is no key as it is', () => {
		expect(methodTitle(DEFAULT_METHOD, en)).toBe(methodTitle(methodKey(DEFAULT_METHOD), en));
		expect(methodTitle('made/up', en)).toBe('made/up');
	});
});

describe('methodPartName', () => {
	it('names every choice of every part in both languages, never by its identifier', () => {
		for (const choice of [...NORMALISE_METHODS, ...WEIGHT_METHODS, ...AGGREGATE_METHODS, 'winsorise', 'raw'])
			for (const t of [en, zh]) {
				expect(methodPartName(choice, t), choice).not.toBe(choice);
				expect(methodPartName(choice, t)).not.toMatch(/default|默认/);
			}
	});
});
