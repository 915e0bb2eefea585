/**
 * The Content-Security-Policy as the built app sends it (docs/security.md, Response headers), on
 * SQLite and PostgreSQL: every page, in both languages, rendered and then again from the page
 * cache, carries one policy — the directives of content-security-policy.js, with script-src
 * 'self' and exactly the sha256 of each inline script in the HTML served, never 'unsafe-inline' or
 * 'unsafe-eval'. The embeds alone may be framed; the pages built in hooks.server.ts, and the API
 * reference that runs no script, get the same directives.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { CSP_DIRECTIVES, policyText } from '../../src/lib/server/http/content-security-policy.js';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import { waitFor } from '../helpers/wait.ts';

const PASSWORD = 'correct horse battery staple';

const PAGES = [
	'/',
	'/?view=map',
	'/?view=chart',
	'/cities',
	'/compare?p=11,31,44',
	'/disparities',
	'/methodology',
	'/data',
	'/province/51',
	'/province/51/brief',
	'/login'
];
const EMBEDS = ['/embed/map', '/embed/ranking', '/embed/province-radar?province=44'];

/** The bodies of the scripts a browser runs inline (no `src`; no data block such as JSON). */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes = '']) => {
			if (/\ssrc=/.test(attributes)) return false;
			const type = attributes.match(/\stype="([^"]*)"/)?.[1];
			return type === undefined || type === 'module' || /javascript/.test(type);
		})
		.map(([, , body]) => body);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy's directives, name → sources, in no particular order (SvelteKit writes its own). */
const directives = (policy: string): Record<string, string[]> =>
	Object.fromEntries(
		policy.split(';').map((d) => {
			const [name, ...sources] = d.trim().split(/\s+/);
			return [name, sources];
		})
	);

/** What a page that may be framed by `ancestors` ('none' or '*') must say, its script hashes apart. */
const expected = (ancestors: string) =>
	directives(policyText({ ...CSP_DIRECTIVES, 'frame-ancestors': [ancestors as 'none'] }));

/**
 * Checks one answer's policy against its HTML and returns the policy: one header, script-src
 * 'self' and the hash of every inline script and nothing else, the other directives as configured.
 */
function checkedPolicy(res: Response, html: string, ancestors = 'none'): string {
	const policy = res.headers.get('content-security-policy') ?? '';
	// Two headers would reach fetch joined by a comma (base64 has none): both would be enforced.
	expect(policy, res.url).not.toContain(',');
	const scriptSrc = directives(policy)['script-src'] ?? [];
	expect(scriptSrc[0], res.url).toBe("'self'");
	expect(scriptSrc.join(' '), res.url).not.toMatch(/unsafe/);
	expect(new Set(scriptSrc.slice(1)), res.url).toEqual(new Set(inlineScripts(html).map(sha256)));
	expect(directives(policy.replace(/ 'sha256-[^']+'/g, '')), res.url).toEqual(expected(ancestors));
	expect(res.headers.get('x-frame-options'), res.url).toBe(ancestors === 'none' ? 'DENY' : null);
	return policy;
}

describe.each(DIALECTS)('Content-Security-Policy (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;

	/** The request lines the server logged for a path, in order (they reach the test a moment after the answer). */
	const cacheOf = (path: string, count: number) =>
		waitFor(`${count} log lines for ${path}`, async () => {
			const seen = app
				.log()
				.split('\n')
				.filter((line) => line.includes('"msg":"request"'))
				.map((line) => JSON.parse(line) as { path: string; cache?: string })
				.filter((line) => line.path === path)
				.map((line) => line.cache);
			return seen.length >= count ? seen : undefined;
		});

	beforeAll(async () => {
		db = await demoDatabase(dialect);
		const code = await run(
			['user', 'add', 'reader', '--role', 'viewer', '--password-stdin', '--db', db.url],
			{
				out: () => {},
				err: () => {},
				stdin: Readable.from([Buffer.from(`${PASSWORD}\n`)])
			}
		);
		expect(code).toBe(0);
		app = await startApp(db);
	});
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	it('every page in both languages, rendered and from the page cache: the same policy, hashes matching its scripts', async () => {
		for (const lang of ['en', 'zh-CN'])
			for (const path of [...PAGES, ...EMBEDS]) {
				const url = `${app.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
				const fresh = await fetch(url);
				const freshHtml = await fresh.text();
				expect(fresh.status, url).toBe(200);
				// SvelteKit's start of hydration: every rendered page has one, so no page passes empty.
				expect(inlineScripts(freshHtml).length, url).toBeGreaterThan(0);
				const ancestors = path.startsWith('/embed/') ? '*' : 'none';
				const policy = checkedPolicy(fresh, freshHtml, ancestors);
				const cached = await fetch(url);
				const cachedHtml = await cached.text();
				expect(checkedPolicy(cached, cachedHtml, ancestors), url).toBe(policy);
				expect(cachedHtml, url).toBe(freshHtml);
			}
		// The second answers did come from the cache (the sign-in page is never kept).
		for (const path of ['/cities', '/province/51/brief', '/embed/ranking'])
			expect(await cacheOf(path, 4), path).toEqual(['miss', 'hit', 'miss', 'hit']);
	});

	it('a page behind a sign-in, the 404 page, and the 403 page built in the hook carry it too', async () => {
		const signIn = await fetch(`${app.base}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ login: 'reader', password: PASSWORD })
		});
		expect(signIn.status).toBe(303);
		const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
		const get = (path: string) =>
			fetch(`${app.base}${path}`, { headers: { cookie, 'accept-language': 'en' } });

		const account = await get('/account');
		expect(account.status).toBe(200);
		checkedPolicy(account, await account.text());

		// The API reference is rendered without hydration (csr = false): no script at all, the same policy.
		const docs = await get('/api/docs');
		expect(docs.status).toBe(200);
		const docsHtml = await docs.text();
		expect(docsHtml).not.toContain('<script');
		checkedPolicy(docs, docsHtml);

		const missing = await get('/province/99');
		expect(missing.status).toBe(404);
		checkedPolicy(missing, await missing.text());

		// A viewer at an admin page: refused by the hook with a page of its own, which has no scripts.
		const refused = await get('/admin');
		expect(refused.status).toBe(403);
		const html = await refused.text();
		expect(inlineScripts(html)).toEqual([]);
		expect(checkedPolicy(refused, html)).toBe(policyText(CSP_DIRECTIVES));
	});
});
