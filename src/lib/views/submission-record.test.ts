import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { actionName, recordView, refusalText, type SubmissionRecordData } from './submission-record.ts';

const t = MESSAGES.en;
const NAMES = new Map([['440106', { name: '天河区', nameEn: 'Tianhe District' }]]);

const row = (id: string, over: Partial<SubmissionRecordData['rows'][number]> = {}) => ({
	year: 2025,
	respondent_id: id,
	name: `Hospital ${id}`,
	respondent_group: 'tertiary',
	region_code: '440106',
	superseded_by: null,
	composite: null,
	stage: null,
	...over
});

const record = (
	over: Partial<SubmissionRecordData['submission']> = {},
	data: Partial<SubmissionRecordData> = {}
) => ({
	submission: {
		id: 9,
		file_name: 'tianhe.csv',
		years: '2025',
		row_count: 3,
		current_rows: 3,
		submitted_at: '2026-12-01T09:30:00.000Z',
		submitted_by: 'tianhe',
		region_code: '440106',
		status: 'submitted',
		reviewed_by: null,
		reviewed_at: null,
		review_comment: null,
		...over
	},
	rows: [row('H1'), row('H2', { superseded_by: 12 })],
	actions: [],
	trail: [],
	preview: null,
	...data
});

describe('one submission’s page', () => {
	it('puts the reviewer’s comment first when it came back', () => {
		const v = recordView(
			t,
			'en',
			NAMES,
			record({
				status: 'returned',
				reviewed_by: 'gz',
				reviewed_at: '2026-12-02T08:00:00Z',
				review_comment: 'Fix row 3'
			})
		);
		expect(v.notice).toEqual({
			kind: 'returned',
			text: 'Returned by gz on 2026-12-02 08:00 UTC:',
			comment: 'Fix row 3'
		});
		expect([v.title, v.region, v.status, v.submitted]).toEqual([
			'Submission #9',
			'Tianhe District (440106)',
			'Returned',
			'Submitted by tianhe on 2026-12-01 09:30 UTC'
		]);
	});

	it.each([
		['submitted', null, 'waiting for approval', '–'],
		['approved', null, 'not scored yet', '–'],
		['approved', 61.25, '61.3', '3']
	] as const)('a %s row scored %s shows %s', (status, composite, shown, stage) => {
		const data = record(
			{ status },
			{ rows: [row('H1', { composite, stage: composite === null ? null : 3 })] }
		);
		expect(recordView(t, 'en', NAMES, data).rows[0]).toMatchObject({
			composite: shown,
			stage,
			replaced: null
		});
	});

	it('marks a row a later file replaced, and says when only the first rows are shown', () => {
		const v = recordView(t, 'en', NAMES, record({ row_count: 900 }));
		expect(v.rows.map((r) => r.replaced)).toEqual([null, 'replaced by #12']);
		expect(v.rows[1].composite).toBe('–');
		expect(v.rowsNote).toBe('The first 2 of 900 rows.');
		expect(recordView(t, 'en', NAMES, record({ row_count: 2 })).rowsNote).toBeNull();
	});

	it('offers the moves the server allows, a comment box for those that need one', () => {
		const v = recordView(t, 'en', NAMES, record({}, { actions: ['approve', 'return'] }));
		expect(v.moves).toEqual([
			{ move: 'approve', label: 'Approve', commentLabel: null },
			{ move: 'return', label: 'Return to the unit', commentLabel: t.reviewReturnLabel }
		]);
		const reopen = recordView(t, 'en', NAMES, record({ status: 'approved' }, { actions: ['reopen'] }));
		expect(reopen.moves).toEqual([{ move: 'reopen', label: 'Reopen', commentLabel: t.reviewReopenLabel }]);
	});

	it('tells the story from the audit log: who, when, what, the change and the comment', () => {
		const trail = [
			{
				at: '2026-12-01T09:30:01.5Z',
				actor: 'tianhe',
				action: 'import+supersede',
				comment: null,
				before: null,
				after: null
			},
			{
				at: '2026-12-02T08:00:00Z',
				actor: 'gz',
				action: 'submission.return',
				comment: 'Fix',
				before: 'submitted',
				after: 'returned'
			}
		];
		expect(recordView(t, 'en', NAMES, record({}, { trail })).trail).toEqual([
			{ key: 0, when: '2026-12-01 09:30:01', who: 'tianhe', what: 'Stored', change: '', comment: '' },
			{
				key: 1,
				when: '2026-12-02 08:00:00',
				who: 'gz',
				what: 'Returned',
				change: 'Waiting for review → Returned',
				comment: 'Fix'
			}
		]);
		expect(
			['submission.approve', 'submission.reopen', 'import', 'other'].map((a) => actionName(t, a))
		).toEqual(['Approved', 'Reopened', 'Stored', 'other']);
	});
});

describe('why a move was refused, in the reader’s language', () => {
	const base = {
		move: 'return' as const,
		comment: 'Fix',
		shownStatus: 'submitted',
		status: 'submitted',
		currentRows: 3
	};
	it.each([
		['reviewed meanwhile', { status: 'approved' }, 'It has been reviewed meanwhile: it is now “Approved”.'],
		[
			'reviewed meanwhile, no comment either',
			{ status: 'returned', comment: '' },
			'It has been reviewed meanwhile: it is now “Returned”.'
		],
		['no comment', { comment: '  ' }, t.reviewRefusedComment],
		[
			'approve needs none',
			{ move: 'approve' as const, comment: '', currentRows: 0 },
			t.reviewRefusedReplaced
		],
		['every row replaced', { currentRows: 0 }, t.reviewRefusedReplaced],
		[
			'a state that does not allow it',
			{ move: 'reopen' as const },
			'That is not possible while it is “Waiting for review”.'
		]
	])('%s', (_, over, text) => {
		expect(refusalText(t, { ...base, ...over })).toBe(text);
	});

	it('in Chinese too', () => {
		expect(refusalText(MESSAGES['zh-CN'], { ...base, comment: '' })).toBe(
			'请说明单位需要修改的内容：意见为必填。'
		);
	});
});
