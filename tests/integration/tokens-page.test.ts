/**
 * One's own API tokens through real HTTP against the built app, on SQLite and PostgreSQL
 * (docs/security.md, Tokens): made on the page and shown once with how to use it, working as a
 * Bearer token until revoked on the page, refused once expired; names stored and shown verbatim,
 * as text; refusals named in the reader's language; no form posted from another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretHash } from '../../src/lib/server/auth/secret-hash.ts';
import type { HimapDatabase } from '../../src/lib/server/db/connect.ts';
import type { AppServer } from '../helpers/app-server.ts';
import { DIALECTS } from '../helpers/databases.ts';
import {
	alertText,
	appWithUsers,
	shownSecret,
	type AppWithUsers,
	type FormClient
} from '../helpers/form-client.ts';

describe.each(DIALECTS)('the API tokens page (%s)', (dialect) => {
	let app: AppServer;
	let database: HimapDatabase;
	let web: FormClient;
	let analyst: string;
	const tokens = () => database.db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
	const rates = (token: string) =>
		fetch(`${app.base}/api/v1/export/rates?format=csv`, { headers: { authorization: `Bearer ${token}` } });
	/** Makes a token on the page; returns it and the page that showed it. */
	const made = async (name: string, days = '', cookie = analyst) => {
		const r = await web.post('/account/tokens?/create', { name, days }, { cookie });
		expect(r.status).toBe(200);
		const html = await r.text();
		return { token: shownSecret(html)!, html };
	};

	let setup: AppWithUsers;
	beforeAll(async () => {
		setup = await appWithUsers(dialect, [
			['analyst1', 'analyst'],
			['clerk1', 'submitter', '440106']
		]);
		({ app, database, web } = setup);
		analyst = await web.signIn('analyst1');
	});
	afterAll(() => setup?.stop());

	it('sends the signed-out to sign in, and is private to the signed-in', async () => {
		const away = await web.get('/account/tokens');
		expect([away.status, away.headers.get('location')]).toEqual([303, '/login?next=%2Faccount%2Ftokens']);
		const page = await web.get('/account/tokens', { cookie: analyst });
		expect([page.status, page.headers.get('cache-control')]).toEqual([200, 'private, no-store']);
		expect(await page.text()).toContain('You have no tokens yet.');
		expect(await (await web.get('/account', { cookie: analyst })).text()).toContain('>API tokens</a>');
	});

	it('makes a token shown once, with how to use it, that works as a Bearer token until revoked on the page', async () => {
		const { token, html } = await made('nightly R', '30');
		expect(token).toMatch(/^himap_[A-Za-z0-9_-]{43}$/);
		expect(html).toContain('Token “nightly R” created. Copy it now');
		expect(html).toContain(`curl -H "Authorization: Bearer ${token}"`);
		expect(html).toContain(`${app.base}/api/v1/export/rates?format=csv`);
		const [stored] = await tokens();
		expect(stored).toMatchObject({ name: 'nightly R', token_hash: secretHash(token), revoked_at: null });
		expect((Date.parse(stored.expires_at!) - Date.parse(stored.created_at)) / 86_400_000).toBe(30);
		expect((await rates(token)).status).toBe(200);

		const listed = await (await web.get('/account/tokens', { cookie: analyst })).text();
		expect(listed).not.toContain(token);
		expect(listed).toMatch(
			/<td class="name[^"]*">nightly R<\/td>\s*<td class="time[^"]*">[\d-]+ [\d:]+<\/td>\s*<td class="time[^"]*">[\d-]+ [\d:]+<\/td>\s*<td>Active<\/td>/
		);

		const revoked = await web.post('/account/tokens?/revoke', { id: String(stored.id) }, { cookie: analyst });
		expect(revoked.status).toBe(200);
		const after = await revoked.text();
		expect(after).toContain('Token “nightly R” revoked: it no longer works.');
		expect(after).toMatch(/<td>Revoked [\d-]+ [\d:]+<\/td>/);
		expect((await rates(token)).status).toBe(401);
		const again = await web.post('/account/tokens?/revoke', { id: String(stored.id) }, { cookie: analyst });
		expect(again.status).toBe(404);
	});

	it('stores names that look like SQL or markup verbatim and shows them as text', async () => {
		for (const name of ["'; DROP TABLE users;--", '<script>alert(1)</script>']) {
			const { token, html } = await made(name);
			expect((await rates(token)).status).toBe(200);
			expect(html).not.toContain('<script>alert(1)</script>');
		}
		const names = (await tokens()).map((t) => t.name);
		expect(names.slice(-2)).toEqual(["'; DROP TABLE users;--", '<script>alert(1)</script>']);
		const listed = await (await web.get('/account/tokens', { cookie: analyst })).text();
		expect(listed).toMatch(/<td class="name[^"]*">&lt;script>alert\(1\)&lt;\/script><\/td>/);
		expect(listed).toMatch(/<td class="name[^"]*">'; DROP TABLE users;--<\/td>/);
		expect(listed).not.toContain('<script>alert(1)</script>');
		expect(await database.db.selectFrom('users').select('login').orderBy('login').execute()).toHaveLength(2);
	});

	it('answers 401 to an expired token, and lists it as expired', async () => {
		const token = 'himap_expired0000000000000000000000000000000000';
		const user = await database.db
			.selectFrom('users')
			.select('id')
			.where('login', '=', 'analyst1')
			.executeTakeFirstOrThrow();
		await database.db
			.insertInto('api_tokens')
			.values({
				user_id: user.id,
				token_hash: secretHash(token),
				name: 'old script',
				created_at: '2020-01-01T00:00:00.000Z',
				expires_at: new Date(Date.now() - 60_000).toISOString(),
				revoked_at: null
			})
			.execute();
		expect((await rates(token)).status).toBe(401);
		const listed = await (await web.get('/account/tokens', { cookie: analyst })).text();
		expect(listed).toMatch(
			/<td class="name[^"]*">old script<\/td>(\s*<td[^>]*>[^<]*<\/td>){2}\s*<td>Expired<\/td>/
		);
	});

	it.each([
		['', '', 'en', 'Name: give the token a name.'],
		['x'.repeat(101), '', 'en', 'Name: at most 100 characters.'],
		['ok', '0', 'en', 'Expires after (days): a whole number of days from 1 to 9999'],
		['ok', 'soon', 'zh-CN', '有效天数：须为1至9999的整数天数']
	] as const)(
		'refuses name %j for %j days, saying why, and stores nothing',
		async (name, days, language, why) => {
			const before = await tokens();
			const r = await web.post('/account/tokens?/create', { name, days }, { cookie: analyst, language });
			expect(r.status).toBe(400);
			expect(alertText(await r.text())).toContain(why);
			expect(await tokens()).toEqual(before);
		}
	);

	it('revokes only one’s own tokens', async () => {
		const clerk = await web.signIn('clerk1');
		const { token } = await made('clerk script', '', clerk);
		const id = (await tokens()).find((t) => t.name === 'clerk script')!.id;
		const r = await web.post('/account/tokens?/revoke', { id: String(id) }, { cookie: analyst });
		expect(r.status).toBe(404);
		expect(alertText(await r.text())).toContain('No such token of yours');
		expect((await rates(token)).status).toBe(200);
		expect(await (await web.get('/account/tokens', { cookie: analyst })).text()).not.toContain(
			'clerk script'
		);
	});

	it('refuses a token form posted from another site, making and revoking nothing', async () => {
		const before = await tokens();
		const evil = { cookie: analyst, headers: { origin: 'http://evil.example' } };
		expect((await web.post('/account/tokens?/create', { name: 'planted', days: '' }, evil)).status).toBe(403);
		const live = before.find((t) => t.revoked_at === null && t.name.startsWith("'"))!;
		expect((await web.post('/account/tokens?/revoke', { id: String(live.id) }, evil)).status).toBe(403);
		expect(await tokens()).toEqual(before);
	});
});
