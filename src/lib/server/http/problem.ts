/**
 * Errors of the HTTP API as `application/problem+json` (RFC 9457): a status, a short title, and
 * a detail that says what to do — never a stack trace or a path of the server. `message` repeats
 * the detail for clients written against the API's earlier `{message}` errors. Every 401 says how
 * to authenticate (`WWW-Authenticate`, RFC 9110 section 11.6.1), whichever route answers it.
 */
export function problem(
	status: number,
	title: string,
	detail: string,
	headers: Record<string, string> = {},
	extra: Record<string, unknown> = {}
): Response {
	return new Response(
		JSON.stringify({ type: 'about:blank', title, status, detail, message: detail, ...extra }),
		{
			status,
			headers: {
				'content-type': 'application/problem+json',
				'cache-control': 'no-store',
				...(status === 401 && { 'www-authenticate': 'Bearer realm="himap"' }),
				...headers
			}
		}
	);
}
