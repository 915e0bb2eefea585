import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './security-headers.ts';

const page = (headers: Record<string, string> = {}) =>
	new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });

describe('withSecurityHeaders', () => {
	it('gives a page nosniff, the referrer policy, Vary on cookie and language, and refuses framing', () => {
		const r = withSecurityHeaders(page({ vary: 'Accept-Encoding' }), new URL('http://himap.test/'));
		expect(Object.fromEntries(r.headers)).toMatchObject({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
			vary: 'Accept-Encoding, Cookie, Accept-Language',
			'content-security-policy': "frame-ancestors 'none'",
			'x-frame-options': 'DENY'
		});
		expect(r.headers.has('strict-transport-security')).toBe(false);
	});

	it("leaves a page's own framing policy (the embeds) and adds HSTS over HTTPS", () => {
		const r = withSecurityHeaders(
			page({ 'content-security-policy': 'frame-ancestors *' }),
			new URL('https://himap.test/embed/map')
		);
		expect(r.headers.get('content-security-policy')).toBe('frame-ancestors *');
		expect(r.headers.has('x-frame-options')).toBe(false);
		expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000');
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
