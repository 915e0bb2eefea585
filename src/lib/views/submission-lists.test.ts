import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { queueFilter, submissionLines, unitName, type ListedSubmission } from './submission-lists.ts';

const NAMES = new Map([['440106', { name: '天河区', nameEn: 'Tianhe District' }]]);

const listed = (over: Partial<ListedSubmission> = {}): ListedSubmission => ({
	id: 7,
	file_name: 'tianhe.csv',
	years: '2024,2025',
	row_count: 1200,
	submitted_at: '2026-12-01T09:30:12.345Z',
	submitted_by: 'tianhe',
	region_code: '440106',
	status: 'returned',
	reviewed_by: 'gz',
	reviewed_at: '2026-12-02T10:00:00.000Z',
	review_comment: 'Row 3: check telemedicine',
	...over
});

describe('the lines of the queue and of the history', () => {
	it('names the unit, the rounds, the times in UTC and the state in the reader’s language', () => {
		const [en] = submissionLines(MESSAGES.en, 'en', NAMES, [listed()]);
		expect(en).toEqual({
			id: 7,
			href: '/submissions/7',
			unit: 'Tianhe District (440106)',
			file: 'tianhe.csv',
			rounds: '2024, 2025',
			submittedBy: 'tianhe',
			submittedAt: '2026-12-01 09:30',
			rows: '1,200',
			status: 'Returned',
			statusKey: 'returned',
			reviewedBy: 'gz',
			reviewedAt: '2026-12-02 10:00',
			comment: 'Row 3: check telemedicine'
		});
		const [zh] = submissionLines(MESSAGES['zh-CN'], 'zh-CN', NAMES, [listed({ status: 'submitted' })]);
		expect([zh.unit, zh.status]).toEqual(['天河区 (440106)', '待审核']);
	});

	it.each([
		[undefined, '1,200'],
		[1200, '1,200'],
		[0, '0 of 1,200 current']
	])('with %s rows current, says %s', (current, rows) => {
		expect(submissionLines(MESSAGES.en, 'en', NAMES, [listed({ current_rows: current })])[0].rows).toBe(rows);
	});

	it('leaves what is not reviewed yet empty, and a unit outside the reference as its code', () => {
		const [line] = submissionLines(MESSAGES.en, 'en', new Map(), [
			listed({ status: 'submitted', reviewed_by: null, reviewed_at: null, review_comment: null })
		]);
		expect([line.unit, line.reviewedBy, line.reviewedAt, line.comment]).toEqual(['440106', '', '', '']);
		expect(unitName(NAMES, null, 'en')).toBe('–');
	});
});

describe('the queue filter', () => {
	it.each([
		['', 'submitted', undefined],
		['status=approved&year=2025', 'approved', 2025],
		['status=returned&year=25', 'returned', undefined],
		['status=deleted', 'submitted', undefined]
	])('%s → %s, %s', (query, status, year) => {
		expect(queueFilter(new URLSearchParams(query))).toEqual({ status, year });
	});
});
