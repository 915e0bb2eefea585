import { describe, expect, it } from 'vitest';
import { formatRows, groupIssues, IssueCollector, MAX_GROUPS, MAX_RANGES } from './issue-groups.ts';
import type { SurveyIssue } from './issues.ts';

const notBoolean = (row: number, value = 'maybe', column = '远程医疗'): SurveyIssue => ({
	row,
	column,
	value,
	message: `"${value}" is not a yes/no value`,
	code: 'not-boolean',
	params: {}
});

describe('issue groups', () => {
	it('collapses one mistake repeated into row ranges, ordered by first row', () => {
		const rows = [12, 13, 14, 345, 400, 401, 402];
		const issues = [
			notBoolean(5, 'perhaps'),
			...rows.map((r) => notBoolean(r)),
			notBoolean(7, 'maybe', '互联网医院'),
			{ row: null, column: null, value: null, message: 'the file is empty', code: 'empty-file' as const }
		];
		const groups = groupIssues(issues);
		expect(groups.map((g) => [g.column, g.value, formatRows(g.rows), g.count])).toEqual([
			[null, null, '', 1],
			['远程医疗', 'perhaps', '5', 1],
			['互联网医院', 'maybe', '7', 1],
			['远程医疗', 'maybe', '12–14, 345, 400–402', 7]
		]);
	});

	it('keeps params apart but for the row: the same duplicate id against different first rows are two mistakes', () => {
		const dup = (first: number, row: number): SurveyIssue => ({
			row,
			column: 'respondent_id',
			value: 'H1',
			message: `appears twice, in rows ${first} and ${row}`,
			code: 'duplicate-respondent',
			params: { id: 'H1', year: 2024, first, row }
		});
		const groups = groupIssues([dup(2, 9), dup(2, 10), dup(3, 11)]);
		expect(groups.map((g) => [g.params, g.rows, g.count])).toEqual([
			[{ id: 'H1', year: 2024, first: 2 }, [[9, 10]], 2],
			[{ id: 'H1', year: 2024, first: 3 }, [[11, 11]], 1]
		]);
	});

	it('groups issues without a code by their message', () => {
		const refused = (row: number) => ({
			row,
			column: 'year',
			value: '2023',
			message: 'round 2023 is closed'
		});
		expect(groupIssues([refused(2), refused(3)]).map((g) => [g.code, g.rows, g.count])).toEqual([
			[null, [[2, 3]], 2]
		]);
	});

	it('the same mistake on 500,000 rows is one group of one range, every error counted, 200 kept as they came', () => {
		const collector = new IssueCollector();
		for (let row = 2; row <= 500_001; row++) collector.add(notBoolean(row));
		expect(collector.count).toBe(500_000);
		expect(collector.issues).toHaveLength(200);
		const groups = collector.groups();
		expect(groups).toHaveLength(1);
		expect(formatRows(groups[0].rows)).toBe('2–500001');
		expect(groups[0]).toMatchObject({ count: 500_000, rowsTruncated: false });
	});

	it('bounds memory: at most MAX_RANGES ranges a group and MAX_GROUPS groups, the rest counted', () => {
		const collector = new IssueCollector();
		for (let i = 0; i < MAX_RANGES + 50; i++) collector.add(notBoolean(2 + 2 * i));
		for (let i = 0; i < MAX_GROUPS + 10; i++) collector.add(notBoolean(1000 + i, `v${i}`));
		const groups = collector.groups();
		expect(groups).toHaveLength(MAX_GROUPS);
		const first = groups[0];
		expect(first.rows).toHaveLength(MAX_RANGES);
		expect(first).toMatchObject({ count: MAX_RANGES + 50, rowsTruncated: true });
		expect(collector.ungrouped).toBe(11);
		expect(collector.count).toBe(MAX_RANGES + 50 + MAX_GROUPS + 10);
	});

	it('joins ranges that arrive out of order', () => {
		const groups = groupIssues([notBoolean(5), notBoolean(3), notBoolean(4), notBoolean(9)]);
		expect(formatRows(groups[0].rows)).toBe('3–5, 9');
	});
});
