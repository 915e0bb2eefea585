/**
 * The caller of a request (auth/permissions.ts `Principal`): from `Authorization: Bearer <token>`
 * on the API, otherwise from the session cookie. A request that brings a token is judged by the
 * token alone — its cookie is ignored — so a token request carries no ambient credential that
 * another site could borrow (http/origin-check.ts lets it through on that ground).
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Principal } from '../auth/permissions.ts';
import { isRole } from '../auth/roles.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { log } from '../log.ts';
import { SESSION_COOKIE, sessionUser, type SignedInUser } from '../session-service.ts';
import { noteTokenUse, tokenUser } from '../token-service.ts';

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(request: Request): string | null {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
	return match ? match[1] : null;
}

export async function requestPrincipal(
	database: HimapDatabase,
	event: Pick<RequestEvent, 'request' | 'cookies' | 'url'>
): Promise<Principal | null> {
	const token = event.url.pathname.startsWith('/api/') ? bearerToken(event.request) : null;
	if (token !== null) {
		const found = await tokenUser(database, token);
		if (!found) return null;
		const line = `${event.request.method} ${event.url.pathname}`;
		noteTokenUse(database, found.tokenId, found.user.login, line).catch((e) =>
			log.warn({ err: e }, 'token use not put in the audit log')
		);
		return principal(found.user, 'token');
	}
	const session = event.cookies.get(SESSION_COOKIE);
	const user = session ? await sessionUser(database, session) : null;
	return user ? principal(user, 'session') : null;
}

function principal(user: SignedInUser, via: Principal['via']): Principal | null {
	// A role the code does not know (a database edited by hand) opens nothing.
	if (!isRole(user.role)) return null;
	return { id: user.id, login: user.login, role: user.role, region: user.region_code, via };
}
