/**
 * Where a submission stands in review (docs/security.md, Review): filled in and confirmed by a
 * unit (`submitted`), then `approved` by a reviewer at the level above, or `returned` with a
 * comment for the unit to correct and submit again. Approved data is locked against further
 * submissions until a reviewer reopens it, which returns it to the unit with a comment.
 */
export const REVIEW_STATES = ['submitted', 'approved', 'returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_ACTIONS = ['approve', 'return', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const RESULT: Record<ReviewAction, ReviewState> = {
	approve: 'approved',
	return: 'returned',
	reopen: 'returned'
};
const FROM: Record<ReviewAction, ReviewState> = {
	approve: 'submitted',
	return: 'submitted',
	reopen: 'approved'
};

/** What else decides a move: the reviewer's comment, and how many of its rows are still current. */
export interface ReviewContext {
	comment: string;
	/** Rows not yet superseded by a later submission: a submission with none has nothing left to review. */
	currentRows: number;
}

export const isReviewState = (s: string): s is ReviewState =>
	(REVIEW_STATES as readonly string[]).includes(s);

/** The state an action leads to from `current`, or why it may not be taken. */
export function nextReviewState(
	current: ReviewState,
	action: ReviewAction,
	context: ReviewContext
): { state: ReviewState } | { refused: string } {
	if (current !== FROM[action]) {
		if (current === RESULT[action] && action !== 'reopen')
			return { refused: `the submission is ${current} already` };
		if (action === 'reopen')
			return { refused: `the submission is ${current}; only approved data is reopened` };
		return { refused: `the submission is ${current}; only a submitted one is ${RESULT[action]}` };
	}
	if (context.currentRows === 0)
		return { refused: 'every row of it has been replaced by a later submission; review that one instead' };
	if (action !== 'approve' && context.comment.trim() === '')
		return { refused: 'say what the unit is to correct: a comment is required' };
	return { state: RESULT[action] };
}
