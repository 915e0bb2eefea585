import { describe, expect, it } from 'vitest';
import type { SurveyIssue } from '../survey/issues.ts';
import { issueText } from './issue-text.ts';

const maybe: SurveyIssue = {
	row: 12,
	column: '远程医疗',
	value: 'maybe',
	message: '"maybe" is not a yes/no value; use yes/no, y/n, true/false, 1/0, 是/否 or 有/无',
	code: 'not-boolean',
	params: {}
};

describe('issueText', () => {
	it.each([
		['zh-CN', maybe, '“maybe”不是“是/否”，请填写 是 或 否（也可填 有/无、yes/no、1/0）'],
		['en', maybe, maybe.message],
		[
			'zh-CN',
			{
				...maybe,
				column: '行政区划代码',
				value: '440100',
				code: 'region-level-mismatch',
				params: { code: '440100', region: '广州市', level: 'county', levelColumn: '层级' }
			},
			'行政区划代码 440100（广州市）与层级“县级”不符，该层级需要县级代码（如 440106）；请更正代码或“层级”列'
		],
		// Worded elsewhere (an access refusal): the message is all there is, in either language.
		[
			'zh-CN',
			{ row: 3, column: 'year', value: '2023', message: 'round 2023 is closed' },
			'round 2023 is closed'
		]
	] as const)('%s: %s', (locale, issue, text) => expect(issueText(issue, locale)).toBe(text));

	it('shortens a long value and shows control characters escaped, in Chinese quotes', () => {
		const text = issueText({ ...maybe, value: `\u202E${'x'.repeat(100)}` }, 'zh-CN');
		expect(text).toMatch(/^“\\u202ex{59}…”不是/);
	});
});
