/**
 * When a session ends (docs/security.md): after 30 minutes without a request, or 12 hours after
 * sign-in whatever happens. Its last use is written at most once a minute, so that reading pages
 * does not mean a write per request.
 */
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;
export const TOUCH_EVERY_MS = 60_000;

export interface SessionTimes {
	created_at: string;
	last_seen_at: string;
}

/** Whether a session is still good at `now`, and whether its last use should be written. */
export function sessionState(session: SessionTimes, now: number): 'ended' | 'touch' | 'live' {
	const created = Date.parse(session.created_at);
	const seen = Date.parse(session.last_seen_at);
	if (!(now - created < ABSOLUTE_MS) || !(now - seen < IDLE_MS)) return 'ended';
	return now - seen >= TOUCH_EVERY_MS ? 'touch' : 'live';
}
