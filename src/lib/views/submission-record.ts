/**
 * What one submission's page shows (routes/submissions/[id]; docs/security.md, Review): the file,
 * its state — the reviewer's comment first when returned — its rows with their scores from
 * approved, scored data, its history from the audit log, and the review moves the reader may make.
 */
import { formatNumber } from '../charts/format.ts';
import { format, type Locale } from '../i18n/messages.ts';
import type { Messages } from './page-base.ts';
import { statusName, unitName, type ListedSubmission, type RegionNames } from './submission-lists.ts';
import { utcTime } from './utc-time.ts';

export type Move = 'approve' | 'return' | 'reopen';

export interface RecordRow {
	year: number;
	respondent_id: string;
	name: string;
	respondent_group: string;
	region_code: string;
	superseded_by: number | null;
	composite: number | null;
	stage: number | null;
}

export interface RecordStep {
	at: string;
	actor: string;
	action: string;
	comment: string | null;
	before: string | null;
	after: string | null;
}

/** The server's record of one submission (submission-record-service.ts), as far as the page reads it. */
export interface SubmissionRecordData {
	submission: ListedSubmission & { current_rows: number };
	rows: readonly RecordRow[];
	actions: readonly Move[];
	trail: readonly RecordStep[];
	preview: unknown;
}

export interface RecordView {
	title: string;
	file: string;
	rounds: string;
	region: string;
	status: string;
	statusKey: string;
	submitted: string;
	/** The state in a sentence: the reviewer's comment when returned, who approved, or that it waits. */
	notice: { kind: 'returned' | 'approved' | 'waiting'; text: string; comment: string };
	rows: {
		key: string;
		respondent: string;
		name: string;
		region: string;
		group: string;
		composite: string;
		stage: string;
		replaced: string | null;
	}[];
	rowsNote: string | null;
	trail: { key: number; when: string; who: string; what: string; change: string; comment: string }[];
	moves: { move: Move; label: string; commentLabel: string | null }[];
}

const ACTION_KEYS: Record<string, keyof Messages> = {
	'submission.approve': 'recordAction_approve',
	'submission.return': 'recordAction_return',
	'submission.reopen': 'recordAction_reopen'
};

/** An audit action named for people: a file stored (`import`, `import+supersede`) or a review move. */
export function actionName(t: Messages, action: string): string {
	if (action.startsWith('import')) return t.recordAction_import;
	const key = ACTION_KEYS[action];
	return key ? t[key] : action;
}

export function recordView(
	t: Messages,
	locale: Locale,
	names: RegionNames,
	data: SubmissionRecordData
): RecordView {
	const s = data.submission;
	const reviewedAt = s.reviewed_at ? utcTime(s.reviewed_at) : '';
	const notice: RecordView['notice'] =
		s.status === 'returned'
			? {
					kind: 'returned',
					text: format(t.recordReturned, { login: s.reviewed_by ?? '', at: reviewedAt }),
					comment: s.review_comment ?? ''
				}
			: s.status === 'approved'
				? {
						kind: 'approved',
						text: s.reviewed_by ? format(t.recordApproved, { login: s.reviewed_by, at: reviewedAt }) : '',
						comment: s.review_comment ?? ''
					}
				: { kind: 'waiting', text: t.recordWaiting, comment: '' };
	const group = (g: string) => t[`group_${g}` as keyof Messages] ?? g;
	const scoreOf = (r: RecordRow) =>
		r.composite !== null
			? formatNumber(r.composite, locale)
			: s.status === 'approved'
				? t.recordNotScored
				: t.recordNotApproved;
	return {
		title: format(t.recordTitle, { id: s.id }),
		file: s.file_name,
		rounds: s.years.split(',').join(', '),
		region: unitName(names, s.region_code, locale),
		status: statusName(t, s.status),
		statusKey: s.status,
		submitted: format(t.recordSubmitted, { login: s.submitted_by, at: utcTime(s.submitted_at) }),
		notice,
		rows: data.rows.map((r) => ({
			key: `${r.year}:${r.respondent_id}`,
			respondent: r.respondent_id,
			name: r.name,
			region: unitName(names, r.region_code, locale),
			group: group(r.respondent_group),
			composite: r.superseded_by !== null ? '–' : scoreOf(r),
			stage: r.superseded_by === null && r.stage !== null ? String(r.stage) : '–',
			replaced: r.superseded_by !== null ? format(t.recordReplaced, { id: r.superseded_by }) : null
		})),
		rowsNote:
			data.rows.length < s.row_count
				? format(t.recordRowsShown, { shown: data.rows.length, rows: s.row_count })
				: null,
		trail: data.trail.map((step, k) => ({
			key: k,
			when: utcTime(step.at, true),
			who: step.actor,
			what: actionName(t, step.action),
			change: step.before && step.after ? `${statusName(t, step.before)} → ${statusName(t, step.after)}` : '',
			comment: step.comment ?? ''
		})),
		moves: data.actions.map((move) => ({
			move,
			label: t[`review${move[0].toUpperCase()}${move.slice(1)}` as 'reviewApprove'],
			commentLabel: move === 'return' ? t.reviewReturnLabel : move === 'reopen' ? t.reviewReopenLabel : null
		}))
	};
}

/**
 * Why a move was refused, in the reader's language, from what the page knows rather than the
 * server's English: the state changed since the page was read (someone reviewed it meanwhile),
 * no comment where one is needed, every row replaced, or a state that does not allow the move.
 */
export function refusalText(
	t: Messages,
	refusal: { move: Move; comment: string; shownStatus: string; status: string; currentRows: number }
): string {
	const status = statusName(t, refusal.status);
	if (refusal.status !== refusal.shownStatus) return format(t.reviewRefusedAlready, { status });
	if (refusal.move !== 'approve' && refusal.comment.trim() === '') return t.reviewRefusedComment;
	if (refusal.currentRows === 0) return t.reviewRefusedReplaced;
	return format(t.reviewRefusedState, { status });
}
