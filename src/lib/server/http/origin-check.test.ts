import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './origin-check.ts';

const ours = new URL('https://himap.example.gov.cn/');
const request = (method: string, path: string, headers: Record<string, string> = {}) => ({
	request: new Request(new URL(path, ours), { method, headers }),
	url: new URL(path, ours)
});

describe('the cross-site check', () => {
	it.each([
		// [method, path, headers, refused]
		['GET', '/', { origin: 'https://evil.example', cookie: 'himap_session=x' }, false],
		['POST', '/login', { origin: 'https://himap.example.gov.cn' }, false],
		['POST', '/login', { origin: 'https://evil.example' }, true],
		['POST', '/login', {}, true], // no Origin: a page form from nowhere we know
		['POST', '/admin/users', { origin: 'https://evil.example', cookie: 'himap_session=x' }, true],
		['DELETE', '/api/v1/submissions', { origin: 'https://evil.example', cookie: 'himap_session=x' }, true],
		['POST', '/api/v1/submissions', { cookie: 'himap_session=x' }, true],
		['POST', '/api/v1/submissions', { 'content-type': 'application/json', cookie: 'himap_session=x' }, true],
		// A script: its token is its only credential, which no other site can make a browser send.
		['POST', '/api/v1/submissions', { authorization: 'Bearer himap_abc' }, false],
		['POST', '/api/v1/submissions', { authorization: 'Bearer himap_abc', cookie: 'himap_session=x' }, false],
		// Nothing to act with: answered 401 by the access rules, not 403 here.
		['POST', '/api/v1/submissions', {}, false],
		// Bearer counts on the API only; pages are judged by their cookie.
		['POST', '/account', { authorization: 'Bearer himap_abc', origin: 'https://evil.example' }, true]
	] as [string, string, Record<string, string>, boolean][])(
		'%s %s %j → refused %s',
		(method, path, headers, refused) => {
			const { request: r, url } = request(method, path, headers);
			expect(crossSiteRefusal(r, url) !== null).toBe(refused);
		}
	);
});
