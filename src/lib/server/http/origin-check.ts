/**
 * The cross-site request check (docs/security.md), in place of SvelteKit's own, which refuses a
 * multipart POST without an `Origin` header before any hook runs — and so every script posting a
 * survey file to the API with a token. Here: a request that changes anything must come from this
 * site's own pages (its `Origin` is ours), whatever its content type — stricter than SvelteKit's,
 * which looks at form content types only — unless it is an API request carrying a Bearer token
 * and so judged by the token alone (http/principal.ts), which no other site can make a browser send.
 */
import { bearerToken } from './principal.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why the request is refused as cross-site, or null when it may go on. */
export function crossSiteRefusal(request: Request, url: URL): string | null {
	if (SAFE.has(request.method)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	if (url.pathname.startsWith('/api/') && bearerToken(request) !== null) return null;
	return `Cross-site ${request.method} requests are forbidden: send it from HIMAP's own pages, or call the API with an API token`;
}
