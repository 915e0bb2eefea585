/**
 * Signing in and out through real HTTP against the built app, on SQLite and PostgreSQL
 * (docs/security.md): one answer for an unknown login and a wrong password, a session cookie that
 * is HttpOnly and SameSite=Lax and stored only as a hash, pages behind it never cached, a cookie
 * that stops working at sign-out, and no form posted from another site.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { LoginThrottle } from '../../src/lib/server/auth/login-throttle.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { signIn } from '../../src/lib/server/session-service.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(DIALECTS)('signing in (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;
	let database: HimapDatabase;
	const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
		fetch(`${app.base}${path}`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.base,
				'content-type': 'application/x-www-form-urlencoded',
				// As a browser posts a form (with */* SvelteKit answers an action in JSON).
				accept: 'text/html',
				'accept-language': 'en',
				...headers
			},
			body: new URLSearchParams(fields)
		});
	const get = (path: string, cookie?: string) =>
		fetch(`${app.base}${path}`, {
			redirect: 'manual',
			headers: { 'accept-language': 'en', ...(cookie ? { cookie } : {}) }
		});

	/** The command line, `input` on standard input; fails the test unless it exits 0. */
	const himap = async (argv: string[], input = `${PASSWORD}\n`) => {
		const out: string[] = [];
		const code = await run([...argv, '--db', db.url], {
			out: (t) => void out.push(t),
			err: (t) => void out.push(t),
			stdin: Readable.from([Buffer.from(input)])
		});
		expect(code, out.join('')).toBe(0);
	};
	/** Signs in and returns the session cookie to send back. */
	const signedIn = async (login: string, password = PASSWORD) => {
		const r = await post('/login', { login, password });
		expect(r.status).toBe(303);
		return r.headers.get('set-cookie')!.split(';')[0];
	};

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		await himap(['user', 'add', 'gd-clerk', '--role', 'submitter', '--region', '440106', '--password-stdin']);
		for (const login of ['sz-clerk', 'guesser'])
			await himap(['user', 'add', login, '--role', 'submitter', '--region', '440300', '--password-stdin']);
		app = await startApp(db);
		database = openDatabase(db.url);
	});
	afterAll(async () => {
		await database?.close();
		await app?.stop();
		await db?.drop();
	});

	it('answers an unknown login and a wrong password alike, and logs both failures', async () => {
		const wrong = await post('/login', { login: 'gd-clerk', password: 'not the password at all' });
		const unknown = await post('/login', { login: 'nobody', password: PASSWORD });
		expect([wrong.status, unknown.status]).toEqual([400, 400]);
		const [a, b] = [await wrong.text(), await unknown.text()];
		for (const html of [a, b]) expect(html).toContain('Wrong login or password.');
		expect(wrong.headers.get('set-cookie') ?? '').not.toContain('himap_session');
		const failures = await database.db
			.selectFrom('audit_log')
			.select('actor')
			.where('action', '=', 'login.failure')
			.execute();
		expect(failures.map((f) => f.actor).sort()).toEqual(['gd-clerk', 'nobody']);
	});

	it('signs in with an HttpOnly, SameSite=Lax cookie kept only as a hash, shows the account, and signs out for good', async () => {
		const signedIn = await post('/login', { login: 'gd-clerk', password: PASSWORD });
		expect(signedIn.status).toBe(303);
		expect(signedIn.headers.get('location')).toBe('/account');
		const setCookie = signedIn.headers.get('set-cookie')!;
		expect(setCookie).toMatch(/^himap_session=[A-Za-z0-9_-]{43};/);
		expect(setCookie).toMatch(/HttpOnly/);
		expect(setCookie).toMatch(/SameSite=Lax/);
		expect(setCookie).toMatch(/Path=\//);
		expect(setCookie).not.toMatch(/Secure/); // plain HTTP here
		const id = setCookie.split(';')[0].split('=')[1];
		const cookie = `himap_session=${id}`;
		const stored = await database.db.selectFrom('sessions').select('id_hash').execute();
		expect(stored.map((s) => s.id_hash)).toEqual([createHash('sha256').update(id).digest('hex')]);

		const account = await get('/account', cookie);
		expect(account.status).toBe(200);
		expect(account.headers.get('cache-control')).toBe('private, no-store');
		const html = await account.text();
		expect(html).toContain('gd-clerk');
		expect(html).toContain('440106');

		const out = await post('/account?/signOut', {}, { cookie });
		expect([out.status, out.headers.get('location')]).toEqual([303, '/login']);
		expect(out.headers.get('set-cookie')).toMatch(/himap_session=;.*Max-Age=0/);
		expect(await database.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
		// The old cookie, kept by whoever copied it, opens nothing.
		const after = await get('/account', cookie);
		expect([after.status, after.headers.get('location')]).toEqual([303, '/login?next=%2Faccount']);
	});

	it('is not fooled by a made-up session id, and sends the signed-out to sign in', async () => {
		const forged = await get('/account', `himap_session=${'A'.repeat(43)}`);
		expect([forged.status, forged.headers.get('location')]).toEqual([303, '/login?next=%2Faccount']);
		const page = await get('/login');
		expect(page.status).toBe(200);
		expect(page.headers.get('cache-control')).toBe('private, no-store');
		expect(await page.text()).toContain('autocomplete="current-password"');
	});

	it('refuses a sign-in form posted from another site', async () => {
		const before = await database.db.selectFrom('sessions').selectAll().execute();
		const forged = await post(
			'/login',
			{ login: 'gd-clerk', password: PASSWORD },
			{ origin: 'http://evil.example' }
		);
		expect(forged.status).toBe(403);
		expect(await database.db.selectFrom('sessions').selectAll().execute()).toEqual(before);
	});

	it('ends every session at a password change and when the user is disabled', async () => {
		const first = await signedIn('sz-clerk');
		expect((await get('/account', first)).status).toBe(200);
		await himap(['user', 'passwd', 'sz-clerk', '--password-stdin'], 'a new long passphrase for sz\n');
		expect((await get('/account', first)).status).toBe(303);
		expect((await post('/login', { login: 'sz-clerk', password: PASSWORD })).status).toBe(400);
		const second = await signedIn('sz-clerk', 'a new long passphrase for sz');
		await himap(['user', 'disable', 'sz-clerk']);
		expect((await get('/account', second)).status).toBe(303);
		expect(
			(await post('/login', { login: 'sz-clerk', password: 'a new long passphrase for sz' })).status
		).toBe(400);
	});

	it('throttles an account after 10 wrong passwords, the right one included, and logs the lockout', async () => {
		for (let k = 0; k < 10; k++)
			expect((await post('/login', { login: 'guesser', password: `wrong guess number ${k}` })).status).toBe(
				400
			);
		const refused = await post('/login', { login: 'guesser', password: PASSWORD });
		expect(refused.status).toBe(429);
		expect(await refused.text()).toMatch(/Too many failed attempts: try again in 1\d minutes\./);
		const lockouts = await database.db
			.selectFrom('audit_log')
			.select('actor')
			.where('action', '=', 'login.lockout')
			.execute();
		expect(lockouts.map((l) => l.actor)).toEqual(['guesser']);
		// Another account from the same address is not locked by it.
		expect((await post('/login', { login: 'gd-clerk', password: PASSWORD })).status).toBe(303);
	});

	it('changes one’s own password on the account page, ending every other session of it', async () => {
		await himap(['user', 'add', 'changer', '--role', 'viewer', '--password-stdin']);
		const here = await signedIn('changer');
		const elsewhere = await signedIn('changer');
		const change = (current: string, password: string) =>
			post('/account?/password', { current, password }, { cookie: here });
		const wrong = await change('not my password at all', 'a brand new passphrase 42');
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain('Current password: it is not your current password.');
		const weak = await change(PASSWORD, 'short');
		expect(weak.status).toBe(400);
		expect(await weak.text()).toContain('it has 5 characters; use at least 12.');
		expect((await get('/account', elsewhere)).status).toBe(200);

		const done = await change(PASSWORD, 'a brand new passphrase 42');
		expect(done.status).toBe(200);
		expect(await done.text()).toContain('every other session of yours has ended');
		expect((await get('/account', here)).status).toBe(200);
		expect((await get('/account', elsewhere)).status).toBe(303);
		expect((await post('/login', { login: 'changer', password: PASSWORD })).status).toBe(400);
		expect((await post('/login', { login: 'changer', password: 'a brand new passphrase 42' })).status).toBe(
			303
		);
		const lines = await database.db
			.selectFrom('audit_log')
			.select(['actor', 'detail'])
			.where('action', '=', 'user.password')
			.where('actor', '=', 'changer')
			.execute();
		expect(lines.map((l) => JSON.parse(l.detail))).toEqual([{ login: 'changer', own: true }]);
	});

	it('throttles an address after 20 wrong passwords, and lets it in again 15 minutes later (an injected clock)', async () => {
		const throttle = new LoginThrottle();
		const at = Date.parse('2026-12-01T09:00:00Z');
		const attempt = (login: string, password: string, now: number) =>
			signIn(database, throttle, { login, password, address: '203.0.113.9' }, now);
		for (let k = 0; k < 20; k++)
			expect(await attempt(k % 2 ? 'sz-clerk' : 'nobody', `wrong guess ${k}`, at + k * 1000)).toEqual({
				ok: false,
				reason: 'refused'
			});
		const locked = await attempt('gd-clerk', PASSWORD, at + 30_000);
		expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await attempt('gd-clerk', PASSWORD, at + 15 * 60_000 + 1000)).toMatchObject({ ok: true });
	});
});
