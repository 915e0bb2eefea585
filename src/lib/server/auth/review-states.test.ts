import { describe, expect, it } from 'vitest';
import { nextReviewState, REVIEW_ACTIONS, type ReviewAction, type ReviewState } from './review-states.ts';

const CONTEXT = { comment: 'row 4: the bed count is 10 times last year', currentRows: 3 };

describe('nextReviewState', () => {
	// Every state × every action: the legal moves, and a reason for each illegal one.
	it.each([
		['submitted', 'approve', 'approved'],
		['submitted', 'return', 'returned'],
		['submitted', 'reopen', /only approved data is reopened/],
		['approved', 'approve', /approved already/],
		['approved', 'return', /only a submitted one is returned/],
		['approved', 'reopen', 'returned'],
		['returned', 'approve', /only a submitted one is approved/],
		['returned', 'return', /returned already/],
		['returned', 'reopen', /only approved data is reopened/]
	] as [ReviewState, ReviewAction, ReviewState | RegExp][])('%s, %s → %s', (current, action, expected) => {
		const next = nextReviewState(current, action, CONTEXT);
		if (typeof expected === 'string') expect(next).toEqual({ state: expected });
		else expect('refused' in next && next.refused).toMatch(expected);
	});

	it.each(['return', 'reopen'] as const)('%s needs a comment the unit can act on', (action) => {
		const from = action === 'return' ? 'submitted' : 'approved';
		for (const comment of ['', '   \n'])
			expect(nextReviewState(from, action, { ...CONTEXT, comment })).toEqual({
				refused: 'say what the unit is to correct: a comment is required'
			});
	});

	it('approves without a comment', () =>
		expect(nextReviewState('submitted', 'approve', { ...CONTEXT, comment: '' })).toEqual({
			state: 'approved'
		}));

	it.each(['approve', 'return'] as const)('refuses to %s a submission a later one replaced whole', (action) =>
		expect(nextReviewState('submitted', action, { ...CONTEXT, currentRows: 0 })).toEqual({
			refused: 'every row of it has been replaced by a later submission; review that one instead'
		})
	);

	it('covers every action', () => expect(REVIEW_ACTIONS).toEqual(['approve', 'return', 'reopen']));
});
