import { describe, expect, it } from 'vitest';
import type { SurveyIssue } from '../survey/issues.ts';
import { issueReport } from './issue-report.ts';

const maybe = (row: number): SurveyIssue => ({
	row,
	column: '远程医疗',
	value: 'maybe',
	message: '"maybe" is not a yes/no value; use yes/no, y/n, true/false, 1/0, 是/否 or 有/无',
	code: 'not-boolean',
	params: {}
});

describe('issueReport', () => {
	it('groups stored errors when the outcome has no groups, and says how many are not listed', () => {
		const errors = [12, 13, 14, 345].map(maybe);
		const view = issueReport({ errors, errorCount: 900 }, 'zh-CN');
		expect(view.rows).toEqual([
			{
				rows: '12–14, 345',
				column: '远程医疗',
				value: 'maybe',
				count: 4,
				whatToDo: '“maybe”不是“是/否”，请填写 是 或 否（也可填 有/无、yes/no、1/0）'
			}
		]);
		expect(view.summary).toBe('共 900 处错误，归为 1 类；没有保存任何数据。');
		expect(view.more).toBe('另有 896 处错误未列出；请先更正以上错误，再重新上传。');
	});

	it('marks a group with rows beyond those listed, and names a whole-file problem', () => {
		const view = issueReport(
			{
				errors: [],
				errorCount: 2,
				groups: [
					{ ...maybe(2), code: 'not-boolean', rows: [[2, 2]], count: 1, rowsTruncated: true, params: {} },
					{
						code: 'empty-file',
						column: null,
						value: null,
						params: {},
						message: 'the file is empty',
						rows: [],
						count: 1,
						rowsTruncated: false
					}
				]
			},
			'en'
		);
		expect(view.rows.map((r) => r.rows)).toEqual(['2 and more', 'whole file']);
		expect(view.more).toBeNull();
	});
});
