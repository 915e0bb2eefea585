import { describe, expect, it } from 'vitest';
import { ABSOLUTE_MS, IDLE_MS, sessionState, TOUCH_EVERY_MS } from './session-rules.ts';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 30) + ms).toISOString();

describe('sessionState', () => {
	it.each([
		// [since sign-in, since last use, state]
		[0, 0, 'live'],
		[TOUCH_EVERY_MS - 1, TOUCH_EVERY_MS - 1, 'live'],
		[TOUCH_EVERY_MS, TOUCH_EVERY_MS, 'touch'],
		[IDLE_MS - 1, IDLE_MS - 1, 'touch'],
		[IDLE_MS, IDLE_MS, 'ended'],
		[ABSOLUTE_MS - 1, 0, 'live'],
		[ABSOLUTE_MS, 0, 'ended']
	])('%i ms after sign-in, %i ms after last use: %s', (sinceStart, sinceSeen, state) => {
		const now = Date.UTC(2026, 10, 30) + sinceStart;
		expect(sessionState({ created_at: at(0), last_seen_at: at(sinceStart - sinceSeen) }, now)).toBe(state);
	});

	it('ends a session whose times cannot be read', () => {
		expect(sessionState({ created_at: 'garbage', last_seen_at: at(0) }, Date.UTC(2026, 10, 30))).toBe(
			'ended'
		);
	});
});
