/**
 * Where a survey round stands and how it moves (docs/security.md, Rounds): opened to take
 * submissions, closed, reopened if need be, then published for viewers and the public. Publishing
 * is final: figures that have been published are not taken back by reopening. A round that was
 * never opened holds only what an operator loaded with `himap import`, and may be published as it is.
 */
export const ROUND_STATES = ['open', 'closed', 'published'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const ROUND_ACTIONS = ['open', 'close', 'publish'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

const RESULT: Record<RoundAction, RoundState> = { open: 'open', close: 'closed', publish: 'published' };

/** The states each action may start from; `null` is a round that has no state yet. */
const FROM: Record<RoundAction, readonly (RoundState | null)[]> = {
	open: [null, 'closed'],
	close: ['open'],
	publish: [null, 'closed']
};

/** The state an action leads to from `current`, or why it may not be taken. */
export function nextRoundState(
	current: RoundState | null,
	action: RoundAction
): { state: RoundState } | { refused: string } {
	if (FROM[action].includes(current)) return { state: RESULT[action] };
	if (current === RESULT[action]) return { refused: `the round is ${current} already` };
	if (current === 'published') return { refused: 'the round is published; published figures are final' };
	if (action === 'publish')
		return { refused: `the round is ${current ?? 'not open yet'}; close it before publishing` };
	return { refused: `the round is ${current ?? 'not open yet'}; open it first` };
}
