/**
 * What review shows (docs/security.md, Review): a reviewer's queue — the submissions inside its
 * region at the level below it — and one submission opened: its rows with their scores (from
 * approved data, once scored), its state and comment, the moves the caller may make, and the
 * preview the unit saw before confirming.
 */
import { mayReview, submissionScope, type Principal } from './auth/permissions.ts';
import { isReviewState, nextReviewState, REVIEW_ACTIONS, type ReviewAction } from './auth/review-states.ts';
import type { HimapDatabase } from './db/connect.ts';
import * as reviews from './db/reviews.repository.ts';
import { runKeyOf, findRun } from './db/runs.repository.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { REGIONS } from './region-reference.ts';
import { mayKnowSubmission } from './review-service.ts';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { scopePrefix } from '../survey/region-cover.ts';

/** The submissions the caller may review, in one state (default: waiting), newest first. */
export async function reviewQueue(
	database: HimapDatabase,
	caller: Principal,
	filter: { status?: string; year?: number } = {}
): Promise<reviews.SubmissionWithRows[]> {
	const rows = await reviews.queue(database.db, {
		regionPrefix: scopePrefix(submissionScope(caller)),
		status: filter.status ?? 'submitted',
		year: filter.year
	});
	return rows.filter((s) => mayReview(caller, s.region_code!, s.submitted_by, REGIONS).allowed);
}

export interface SubmissionDetail {
	submission: reviews.SubmissionWithRows;
	rows: reviews.SubmittedRow[];
	/** The moves the caller may make now (none for the unit itself). */
	actions: ReviewAction[];
	/** Whether the caller may review it at all (then a refused move says why). */
	reviewer: boolean;
}

/** One submission as the caller may see it; null when it does not exist or lies outside the caller's region. */
export async function submissionDetail(
	database: HimapDatabase,
	caller: Principal,
	id: number
): Promise<SubmissionDetail | null> {
	const submission = await reviews.findForReview(database.db, id);
	if (!submission || !mayKnowSubmission(caller, submission)) return null;
	const years = submission.years.split(',').filter(Boolean).map(Number);
	const runByYear = new Map<number, number>();
	for (const year of years) {
		const run = await findRun(database.db, runKeyOf(year, DEFAULT_FRAMEWORK, DEFAULT_METHOD));
		if (run) runByYear.set(year, run.id);
	}
	const reviewer = mayReview(caller, submission.region_code!, submission.submitted_by, REGIONS).allowed;
	const status = submission.status;
	const actions =
		reviewer && isReviewState(status)
			? REVIEW_ACTIONS.filter(
					(a) =>
						!('refused' in nextReviewState(status, a, { comment: 'x', currentRows: submission.current_rows }))
				)
			: [];
	return { submission, rows: await reviews.rowsOf(database.db, id, runByYear), actions, reviewer };
}
