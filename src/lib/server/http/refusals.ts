/**
 * Answers given in hooks.server.ts before any route runs: a caller the path's rules do not admit,
 * a request refused outright, the database unreachable. problem+json for the API and data
 * requests, a short page in the reader's language for people.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { escapeHtml } from '../../charts/format.ts';
import { format, MESSAGES, type Locale } from '../../i18n/messages.ts';
import { mayAdminister, type Principal } from '../auth/permissions.ts';
import type { Access } from '../auth/route-access.ts';
import { bearerToken } from './principal.ts';
import { problem } from './problem.ts';

/**
 * A caller the path's rule (auth/route-access.ts) does not admit: nobody signed in is sent to the
 * sign-in page (401 on the API, which says how to send a token); a signed-in user without the
 * role gets 403.
 */
export function accessRefusal(
	event: RequestEvent,
	locale: Locale,
	access: Access,
	caller: Principal | null
): Response | null {
	const api = event.url.pathname.startsWith('/api/');
	// A token that opens nothing (unknown, revoked, expired, its user disabled) is refused even
	// where no caller is needed: the script that sent it learns that it stopped working, rather
	// than being served quietly as the public (RFC 6750, invalid_token).
	if (api && !caller && bearerToken(event.request) !== null)
		return problem(
			401,
			'Unauthorized',
			'The API token is unknown, revoked or expired: make a new one on your account’s API tokens page.',
			{ 'www-authenticate': 'Bearer realm="himap", error="invalid_token"' }
		);
	if (access === 'public' || access === 'per-caller') return null;
	if (!caller) {
		if (api)
			return problem(
				401,
				'Unauthorized',
				'Sign in, or send an API token as "Authorization: Bearer <token>".',
				{
					'www-authenticate': 'Bearer realm="himap"'
				}
			);
		const next = event.url.pathname + event.url.search;
		return new Response(null, {
			status: 303,
			headers: { location: `/login?next=${encodeURIComponent(next)}`, 'cache-control': 'no-store' }
		});
	}
	const decision = access === 'admin' ? mayAdminister(caller) : { allowed: true as const };
	return decision.allowed ? null : refused(event, locale, decision.status, decision.reason);
}

/** A refusal: problem+json for the API and data requests, a short page in the reader's language for people. */
export function refused(event: RequestEvent, locale: Locale, status: number, reason: string): Response {
	if (event.url.pathname.startsWith('/api/') || event.isDataRequest)
		return problem(status, status === 401 ? 'Unauthorized' : 'Forbidden', reason);
	const t = MESSAGES[locale];
	return plainPage(locale, status, t.forbiddenTitle, reason, {});
}

/**
 * 503 with Retry-After: problem+json for the API and data requests, a short page for people. The
 * reason is the kind of failure only; the driver's words (hosts, users, paths) stay in the log,
 * found by the reference id.
 */
export function unavailable(
	event: RequestEvent,
	locale: Locale,
	reason: string,
	seconds: number,
	id?: string
): Response {
	const headers = { 'retry-after': String(seconds) };
	const t = MESSAGES[locale];
	const reference = id ? ` [${id}]` : '';
	const detail = format(t.unavailableBody, { reason, seconds }) + reference;
	if (event.url.pathname.startsWith('/api/') || event.isDataRequest)
		return problem(
			503,
			'Database unavailable',
			format(MESSAGES.en.unavailableBody, { reason, seconds }) + reference,
			headers,
			id ? { id } : {}
		);
	return plainPage(locale, 503, t.unavailableTitle, detail, headers);
}

/** A page of a title and one paragraph, for answers given before any route runs. */
function plainPage(
	locale: Locale,
	status: number,
	title: string,
	body: string,
	headers: Record<string, string>
): Response {
	const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${MESSAGES[locale].appShort}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></body></html>`;
	return new Response(html, {
		status,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}
