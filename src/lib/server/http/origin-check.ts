/**
 * The cross-site request check (docs/security.md), in place of SvelteKit's own, which refuses a
 * multipart POST without an `Origin` header before any hook runs — and so every script posting a
 * survey file to the API with a token. Here: a request that changes anything must come from this
 * site's own pages (its `Origin` is ours), whatever its content type — stricter than SvelteKit's,
 * which looks at form content types only. Two kinds of API request are let through, since neither
 * carries a credential the browser adds by itself: one with a Bearer token, judged by the token
 * alone (http/principal.ts), which no other site can make a browser send; and one with no cookie
 * at all, which acts for nobody and is answered 401 where that matters.
 */
import { bearerToken } from './principal.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why the request is refused as cross-site, or null when it may go on. */
export function crossSiteRefusal(request: Request, url: URL): string | null {
	if (SAFE.has(request.method)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	if (url.pathname.startsWith('/api/') && (bearerToken(request) !== null || !request.headers.has('cookie')))
		return null;
	return `Cross-site ${request.method} requests are forbidden: send it from HIMAP's own pages, or call the API with an API token`;
}
