/**
 * Review by level (docs/security.md, Review): a reviewer approves a unit's submission, or returns
 * it with a comment, or reopens approved data so the unit can correct it. Each move is checked
 * (auth/review-states.ts, auth/permissions.ts `mayReview`), stored with its audit line and a new
 * review sequence number (which makes the round's scores stale: db/round-source.ts) in one
 * transaction, taken in turn with imports so that a file never replaces data being approved.
 */
import { mayReview, regionWithin, type Principal } from './auth/permissions.ts';
import { isReviewState, nextReviewState, type ReviewAction } from './auth/review-states.ts';
import type { HimapDatabase } from './db/connect.ts';
import { lockImports, writerTurn } from './db/dialect.ts';
import * as reviews from './db/reviews.repository.ts';
import { audit } from './db/submissions.repository.ts';
import { REGIONS } from './region-reference.ts';

/** Why a move was not made: 404 for a submission the caller may not see, 403 may not review, 409 the state forbids it. */
export class ReviewRefused extends Error {
	constructor(
		readonly status: 403 | 404 | 409,
		message: string
	) {
		super(message);
	}
}

/** Approves, returns or reopens submission `id`; returns its new state, or throws ReviewRefused. */
export async function reviewSubmission(
	database: HimapDatabase,
	caller: Principal,
	id: number,
	action: ReviewAction,
	comment = ''
): Promise<reviews.ReviewedSubmission> {
	const endTurn = await writerTurn(database);
	try {
		return await database.db.transaction().execute(async (trx) => {
			await lockImports(trx, database.dialect);
			const found = await reviews.findForReview(trx, id);
			if (!found || !found.region_code || !mayKnowSubmission(caller, found))
				throw new ReviewRefused(404, `there is no submission #${id} in your region`);
			const may = mayReview(caller, found.region_code, found.submitted_by, REGIONS);
			if (!may.allowed) throw new ReviewRefused(403, may.reason);
			if (!isReviewState(found.status)) throw new ReviewRefused(409, `submission #${id} is ${found.status}`);
			const next = nextReviewState(found.status, action, { comment, currentRows: found.current_rows });
			if ('refused' in next) throw new ReviewRefused(409, `submission #${id}: ${next.refused}`);
			const changed = await reviews.setState(trx, id, {
				status: next.state,
				reviewed_by: caller.login,
				reviewed_at: new Date().toISOString(),
				review_comment: comment.trim() === '' ? null : comment.trim()
			});
			await audit(trx, {
				actor: caller.login,
				action: `submission.${action}`,
				submission_id: id,
				detail: { comment: changed.review_comment, rows: found.current_rows },
				region: found.region_code,
				year: Number(found.years.split(',')[0]) || null,
				before: { status: found.status },
				after: { status: next.state }
			});
			return changed;
		});
	} finally {
		endTurn();
	}
}

/**
 * Whether `caller` may know a submission exists: its own unit's (a submitter whose region holds
 * it), a reviewer's whose region holds it, and every one for admins.
 */
export function mayKnowSubmission(caller: Principal, s: { region_code: string | null }): boolean {
	if (caller.role === 'admin') return true;
	if (caller.role !== 'submitter' && caller.role !== 'reviewer') return false;
	return Boolean(caller.region && s.region_code && regionWithin(caller.region, s.region_code, REGIONS));
}
