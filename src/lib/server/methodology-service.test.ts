import { describe, expect, it } from 'vitest';
import { joinChineseLines, methodologyHtml } from './methodology-service.ts';

describe('joinChineseLines', () => {
	it.each([
		['指数，\n并从', '指数，并从'],
		['- 第一项：\n  续行', '- 第一项：续行'],
		// Next to Latin text, between paragraphs and before a list item, the break stays.
		['模块为\n`src/`', '模块为\n`src/`'],
		['第一段。\n\n第二段', '第一段。\n\n第二段'],
		['如下：\n- 一', '如下：\n- 一'],
		['an English\nline', 'an English\nline']
	])('%j → %j', (from, to) => {
		expect(joinChineseLines(from)).toBe(to);
	});
});

describe('methodologyHtml', () => {
	it('renders each language’s document, with no space where a Chinese line was broken', () => {
		expect(methodologyHtml('en')).toContain('<h1>HIMAP methodology</h1>');
		const zh = methodologyHtml('zh-CN');
		expect(zh).toContain('<h1>HIMAP 计算方法说明</h1>');
		expect(zh).not.toMatch(/[，。；：、] /);
	});
});
