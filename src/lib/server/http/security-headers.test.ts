import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, policyText } from './content-security-policy.js';
import { anyAncestor, withSecurityHeaders } from './security-headers.ts';

const page = (headers: Record<string, string> = {}) =>
	new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });

/** A policy as SvelteKit sends it: the directives, a script hash added. */
const rendered = policyText({ ...CSP_DIRECTIVES, 'script-src': ['self', 'sha256-abc='] });

describe('withSecurityHeaders', () => {
	it('gives a page nosniff, the referrer policy, Vary on cookie and language, and keeps its policy', () => {
		const r = withSecurityHeaders(
			page({ vary: 'Accept-Encoding', 'content-security-policy': rendered }),
			new URL('http://himap.test/')
		);
		expect(Object.fromEntries(r.headers)).toMatchObject({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
			vary: 'Accept-Encoding, Cookie, Accept-Language',
			'content-security-policy': rendered,
			'x-frame-options': 'DENY'
		});
		expect(r.headers.has('strict-transport-security')).toBe(false);
	});

	it('gives a page built without SvelteKit (403, 503) the same directives, framing refused', () => {
		const r = withSecurityHeaders(page(), new URL('http://himap.test/admin'));
		expect(r.headers.get('content-security-policy')).toBe(policyText(CSP_DIRECTIVES));
		expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(r.headers.get('x-frame-options')).toBe('DENY');
	});

	it('opens framing to every site on the embeds alone, the rest of their policy kept, and adds HSTS over HTTPS', () => {
		const r = withSecurityHeaders(
			page({ 'content-security-policy': rendered }),
			new URL('https://himap.test/embed/map')
		);
		expect(r.headers.get('content-security-policy')).toBe(
			rendered.replace("frame-ancestors 'none'", 'frame-ancestors *')
		);
		expect(r.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-abc='");
		expect(r.headers.has('x-frame-options')).toBe(false);
		expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000');
		// Only a path under /embed/ is an embed.
		const other = withSecurityHeaders(
			page({ 'content-security-policy': rendered }),
			new URL('http://himap.test/embedded')
		);
		expect(other.headers.get('content-security-policy')).toBe(rendered);
	});

	it('adds no page headers to data, and copies a response whose headers cannot change', () => {
		const json = withSecurityHeaders(Response.json({ ok: true }), new URL('http://himap.test/api/v1/health'));
		expect(json.headers.get('x-content-type-options')).toBe('nosniff');
		expect(json.headers.has('content-security-policy')).toBe(false);
		const redirect = withSecurityHeaders(
			Response.redirect('http://himap.test/login', 303),
			new URL('http://himap.test/account')
		);
		expect([
			redirect.status,
			redirect.headers.get('location'),
			redirect.headers.get('x-content-type-options')
		]).toEqual([303, 'http://himap.test/login', 'nosniff']);
	});
});

describe('anyAncestor', () => {
	it.each([
		["default-src 'self'; frame-ancestors 'none'", "default-src 'self'; frame-ancestors *"],
		["frame-ancestors 'none'; img-src 'self'", "frame-ancestors *; img-src 'self'"],
		['frame-ancestors https://a.test https://b.test', 'frame-ancestors *'],
		["default-src 'self'", "default-src 'self'"]
	])('%s → %s', (policy, opened) => expect(anyAncestor(policy)).toBe(opened));
});
