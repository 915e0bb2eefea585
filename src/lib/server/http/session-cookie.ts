/**
 * The session cookie (docs/security.md): HttpOnly, SameSite=Lax, Secure when the page came over
 * HTTPS (behind a proxy, adapter-node's PROTOCOL_HEADER makes the request's URL say so), for the
 * whole site, living no longer than the session may.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { ABSOLUTE_MS } from '../auth/session-rules.ts';
import { appDatabase } from '../app-database.ts';
import { SESSION_COOKIE, sessionUser, type SignedInUser } from '../session-service.ts';

export function setSessionCookie(event: Pick<RequestEvent, 'cookies' | 'url'>, sessionId: string): void {
	event.cookies.set(SESSION_COOKIE, sessionId, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: ABSOLUTE_MS / 1000
	});
}

export const clearSessionCookie = (cookies: Cookies): void => cookies.delete(SESSION_COOKIE, { path: '/' });

/** The signed-in user of a request, or null. */
export async function currentUser(event: Pick<RequestEvent, 'cookies'>): Promise<SignedInUser | null> {
	const id = event.cookies.get(SESSION_COOKIE);
	return id ? sessionUser(await appDatabase(), id) : null;
}
