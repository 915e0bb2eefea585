import { CSP_DIRECTIVES, policyText } from './content-security-policy.js';

/** The policy of a page that SvelteKit did not render (hooks.server.ts `plainPage`): it has no scripts. */
const PLAIN_PAGE_POLICY = policyText(CSP_DIRECTIVES);

/** Pages made to be framed by other sites: the embeds (src/routes/embed/), one chart each. */
const FRAMEABLE = '/embed/';

/**
 * Headers every answer carries (docs/security.md): no content sniffing, referrers cut to the
 * origin across sites, HSTS over HTTPS, and on pages — whose language follows the cookie and
 * Accept-Language — `Vary` saying so and the Content-Security-Policy: SvelteKit's, with the hashes
 * of the page's own scripts (kept with the page in the page cache), or the same directives for a
 * page built here. Framing is refused but for the embeds. Only one policy header is ever sent: two
 * would both be enforced, and the embeds' `frame-ancestors *` could not undo the other's 'none'.
 */
export function withSecurityHeaders(response: Response, url: URL): Response {
	const set = (name: string, value: string) => {
		if (!response.headers.has(name)) response.headers.set(name, value);
	};
	try {
		set('x-content-type-options', 'nosniff');
		set('referrer-policy', 'strict-origin-when-cross-origin');
		if (url.protocol === 'https:') set('strict-transport-security', 'max-age=31536000');
		if (response.headers.get('content-type')?.startsWith('text/html')) {
			const vary = response.headers.get('vary');
			const needed = ['Cookie', 'Accept-Language'].filter(
				(h) => !vary?.toLowerCase().includes(h.toLowerCase())
			);
			if (needed.length) response.headers.set('vary', [vary, ...needed].filter(Boolean).join(', '));
			const policy = response.headers.get('content-security-policy') ?? PLAIN_PAGE_POLICY;
			if (url.pathname.startsWith(FRAMEABLE)) {
				response.headers.set('content-security-policy', anyAncestor(policy));
			} else {
				response.headers.set('content-security-policy', policy);
				set('x-frame-options', 'DENY');
			}
		}
		return response;
	} catch {
		// A response with immutable headers (fetched, or a redirect made by the platform): copied.
		return withSecurityHeaders(new Response(response.body, response), url);
	}
}

/** The policy with framing allowed to every site, its other directives as they were (none: allowed already). */
export const anyAncestor = (policy: string): string =>
	policy.replace(/(^|;\s*)frame-ancestors [^;]*/, '$1frame-ancestors *');
