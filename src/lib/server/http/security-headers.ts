/**
 * Headers every answer carries (docs/security.md): no content sniffing, referrers cut to the
 * origin across sites, HSTS over HTTPS, and on pages — whose language follows the cookie and
 * Accept-Language — `Vary` saying so and framing refused, unless the page set its own policy (the
 * embeds, made to be framed).
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
			if (!response.headers.has('content-security-policy')) {
				response.headers.set('content-security-policy', "frame-ancestors 'none'");
				set('x-frame-options', 'DENY');
			}
		}
		return response;
	} catch {
		// A response with immutable headers (fetched, or a redirect made by the platform): copied.
		return withSecurityHeaders(new Response(response.body, response), url);
	}
}
