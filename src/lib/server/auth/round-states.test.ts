import { describe, expect, it } from 'vitest';
import { nextRoundState, ROUND_ACTIONS, type RoundAction, type RoundState } from './round-states.ts';

describe('nextRoundState', () => {
	// Every state × every action: the legal moves, and a reason for each illegal one.
	it.each([
		[null, 'open', 'open'],
		[null, 'close', /not open yet; open it first/],
		[null, 'publish', 'published'],
		['open', 'open', /open already/],
		['open', 'close', 'closed'],
		['open', 'publish', /close it before publishing/],
		['closed', 'open', 'open'],
		['closed', 'close', /closed already/],
		['closed', 'publish', 'published'],
		['published', 'open', /final/],
		['published', 'close', /final/],
		['published', 'publish', /published already/]
	] as [RoundState | null, RoundAction, RoundState | RegExp][])(
		'%s, %s → %s',
		(current, action, expected) => {
			const next = nextRoundState(current, action);
			if (typeof expected === 'string') expect(next).toEqual({ state: expected });
			else expect('refused' in next && next.refused).toMatch(expected);
		}
	);

	it('covers every action', () => expect(ROUND_ACTIONS).toEqual(['open', 'close', 'publish']));
});
