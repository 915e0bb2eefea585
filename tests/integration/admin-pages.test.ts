/**
 * The administration pages through real HTTP against the built app, on SQLite and PostgreSQL
 * (docs/security.md, Administration): admins only; users added, changed, disabled and given new
 * passwords through plain forms, each refusal named in the reader's language with nothing stored;
 * an admin cannot lock itself out; rounds moved by their rule, publishing only once confirmed;
 * no form posted from another site. The audit log page is admin-audit.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { DIALECTS } from '../helpers/databases.ts';
import {
	alertText,
	appWithUsers,
	shownSecret,
	type AppWithUsers,
	type FormClient
} from '../helpers/form-client.ts';

const ADMIN_PAGES = ['/admin', '/admin/users', '/admin/users/boss', '/admin/rounds', '/admin/audit'];

describe.each(DIALECTS)('administration pages (%s)', (dialect) => {
	let database: HimapDatabase;
	let web: FormClient;
	let boss: string;
	const users = () => database.db.selectFrom('users').selectAll().orderBy('id').execute();
	const auditLog = () => database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

	let setup: AppWithUsers;
	beforeAll(async () => {
		setup = await appWithUsers(dialect, [
			['boss', 'admin'],
			['viewer1', 'viewer'],
			['clerk1', 'submitter', '440106'],
			['clerk2', 'submitter', '440300']
		]);
		({ database, web } = setup);
		boss = await web.signIn('boss');
	});
	afterAll(() => setup?.stop());

	it('sends the signed-out to sign in (303) and answers the audit API 401', async () => {
		for (const path of ADMIN_PAGES) {
			const r = await web.get(path);
			expect([r.status, r.headers.get('location')], path).toEqual([
				303,
				`/login?next=${encodeURIComponent(path)}`
			]);
		}
		const api = await web.get('/api/v1/admin/audit?format=csv');
		expect(api.status).toBe(401);
		expect(api.headers.get('content-type')).toBe('application/problem+json');
	});

	it('refuses a viewer and a submitter (403) on every admin page and on the audit API', async () => {
		for (const login of ['viewer1', 'clerk2']) {
			const cookie = await web.signIn(login);
			for (const path of [...ADMIN_PAGES, '/api/v1/admin/audit?format=csv'])
				expect((await web.get(path, { cookie })).status, `${login} ${path}`).toBe(403);
			// Their account page does not link to the administration; an admin's does.
			expect(await (await web.get('/account', { cookie })).text()).not.toContain('>Administration</a>');
		}
		expect(await (await web.get('/account', { cookie: boss })).text()).toContain('>Administration</a>');
	});

	it('shows every admin page to an admin, private and never stored', async () => {
		for (const path of ADMIN_PAGES) {
			const r = await web.get(path, { cookie: boss });
			expect(r.status, path).toBe(200);
			expect(r.headers.get('cache-control'), path).toBe('private, no-store');
		}
		const list = await (await web.get('/admin/users', { cookie: boss })).text();
		// Login, role, region code and name (in the reader's language), status.
		expect(list).toMatch(
			/clerk1<\/a><\/td>\s*<td>submitter<\/td>\s*<td>440106<\/td>\s*<td>Tianhe District<\/td>\s*<td>Active/
		);
		const zh = await (await web.get('/admin/users', { cookie: boss, language: 'zh-CN' })).text();
		expect(zh).toMatch(/<td>填报员<\/td>\s*<td>440106<\/td>\s*<td>天河区<\/td>\s*<td>正常/);
	});

	it('adds a user through the form, who can then sign in; an empty password is made and shown once', async () => {
		const typed = await web.post(
			'/admin/users?/add',
			{ login: 'gz-clerk', role: 'submitter', region: '440100', password: 'a long enough passphrase' },
			{ cookie: boss }
		);
		expect(typed.status).toBe(200);
		const html = await typed.text();
		expect(html).toContain('User gz-clerk added.');
		expect(shownSecret(html)).toBeNull();
		await web.signIn('gz-clerk', 'a long enough passphrase');

		const made = await web.post(
			'/admin/users?/add',
			{ login: 'analyst9', role: 'analyst', region: '', password: '' },
			{ cookie: boss }
		);
		const password = shownSecret(await made.text());
		expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
		await web.signIn('analyst9', password!);
		// Shown once: the page read again does not have it.
		expect(await (await web.get('/admin/users', { cookie: boss })).text()).not.toContain(password!);
		const added = await database.db
			.selectFrom('audit_log')
			.select(['actor', 'region'])
			.where('action', '=', 'user.add')
			.where('actor', '=', 'boss')
			.execute();
		expect(added).toEqual([
			{ actor: 'boss', region: '440100' },
			{ actor: 'boss', region: null }
		]);
	});

	it.each([
		[
			{
				login: '<script>alert(1)</script>',
				role: 'viewer',
				region: '',
				password: 'a long enough passphrase'
			},
			['Login: use 2 to 64 letters']
		],
		[
			{ login: 'weak1', role: 'viewer', region: '', password: 'password1234' },
			['Password: it is one of the most commonly used']
		],
		[
			{ login: 'short1', role: 'viewer', region: '', password: 'short' },
			['Password: it has 5 characters; use at least 12.']
		],
		[
			{ login: 'nowhere', role: 'submitter', region: "4401' OR 1=1", password: 'a long enough passphrase' },
			["Region: “4401' OR 1=1” is not a province"]
		],
		[
			{ login: 'noregion', role: 'reviewer', region: '', password: 'a long enough passphrase' },
			['Region: the role reviewer acts for a region']
		],
		[
			{ login: 'boss', role: 'admin', region: '', password: 'a long enough passphrase' },
			['Login: a user “boss” exists already.']
		],
		[
			{ login: 'x', role: 'root', region: '', password: 'x' },
			['Login: use', 'Role: “root” is not a role.', 'Password: it has 1 characters']
		]
	])('refuses %j, naming each field, and stores nothing', async (fields, reasons) => {
		const [beforeUsers, beforeLog] = [await users(), await auditLog()];
		const r = await web.post('/admin/users?/add', fields, { cookie: boss });
		expect(r.status).toBe(400);
		const html = await r.text();
		for (const reason of reasons) expect(alertText(html)).toContain(reason);
		// What was typed comes back in the form, as text: never as markup.
		expect(html).not.toContain('<script>alert(1)</script>');
		if (fields.login.startsWith('<')) expect(html).toContain('value="&lt;script>alert(1)&lt;/script>"');
		expect(await users()).toEqual(beforeUsers);
		expect(await auditLog()).toEqual(beforeLog);
	});

	it('says why in Chinese to a Chinese reader', async () => {
		const zh = { cookie: boss, language: 'zh-CN' } as const;
		const weak = await web.post(
			'/admin/users?/add',
			{ login: 'gz2', role: 'submitter', region: '', password: 'short' },
			zh
		);
		const text = alertText(await weak.text());
		expect(text).toContain('未作任何更改');
		expect(text).toContain('地区：角色“填报员”须对应一个地区');
		expect(text).toContain('密码：当前为 5 个字符');
		const taken = await web.post(
			'/admin/users?/add',
			{ login: 'boss', role: 'viewer', region: '', password: 'a long enough passphrase' },
			zh
		);
		expect(alertText(await taken.text())).toContain('用户名：用户“boss”已存在');
	});

	it('changes a role and region with an audit line (before → after) and ends the user’s sessions', async () => {
		const clerk = await web.signIn('clerk1');
		expect((await web.get('/account', { cookie: clerk })).status).toBe(200);
		const r = await web.post(
			'/admin/users/clerk1?/role',
			{ role: 'reviewer', region: '440000' },
			{ cookie: boss }
		);
		expect(r.status).toBe(200);
		expect(await r.text()).toContain('clerk1 now has the role reviewer; its sessions have ended.');
		expect((await web.get('/account', { cookie: clerk })).status).toBe(303);
		const row = await database.db
			.selectFrom('users')
			.select(['role', 'region_code'])
			.where('login', '=', 'clerk1')
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ role: 'reviewer', region_code: '440000' });
		const line = await database.db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'user.role')
			.executeTakeFirstOrThrow();
		expect(line).toMatchObject({ actor: 'boss', region: '440000', year: null });
		expect(JSON.parse(line.value_before!)).toEqual({ role: 'submitter', region: '440106' });
		expect(JSON.parse(line.value_after!)).toEqual({ role: 'reviewer', region: '440000' });
		expect(JSON.parse(line.detail)).toEqual({ login: 'clerk1' });
	});

	it('will not let an admin disable itself or drop its own admin role', async () => {
		const [beforeUsers, beforeLog] = [await users(), await auditLog()];
		const disable = await web.post('/admin/users/boss?/disable', {}, { cookie: boss });
		expect(disable.status).toBe(400);
		expect(alertText(await disable.text())).toContain('Login: you may not disable yourself');
		const demote = await web.post(
			'/admin/users/boss?/role',
			{ role: 'viewer', region: '' },
			{ cookie: boss }
		);
		expect(demote.status).toBe(400);
		expect(alertText(await demote.text())).toContain('Role: you may not take away your own admin role');
		expect(await users()).toEqual(beforeUsers);
		expect(await auditLog()).toEqual(beforeLog);
		expect((await web.get('/admin', { cookie: boss })).status).toBe(200);
	});

	it('makes a new password (shown once) and disables a user, each ending its sessions', async () => {
		const first = await web.signIn('clerk2');
		const reset = await web.post('/admin/users/clerk2?/password', {}, { cookie: boss });
		const password = shownSecret(await reset.text());
		expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
		expect((await web.get('/account', { cookie: first })).status).toBe(303);
		const second = await web.signIn('clerk2', password!);
		const disabled = await web.post('/admin/users/clerk2?/disable', {}, { cookie: boss });
		expect(await disabled.text()).toContain('clerk2 is disabled; its sessions have ended.');
		expect((await web.get('/account', { cookie: second })).status).toBe(303);
		expect((await web.post('/login', { login: 'clerk2', password: password! })).status).toBe(400);
		const again = await web.post('/admin/users/clerk2?/disable', {}, { cookie: boss });
		expect(alertText(await again.text())).toContain('Login: “clerk2” is disabled already.');
	});

	it('opens, closes and publishes a round by its rule, publishing only once confirmed', async () => {
		const move = (year: string, m: string, extra: Record<string, string> = {}) =>
			web.post('/admin/rounds?/move', { year, move: m, ...extra }, { cookie: boss });
		expect(await (await move('2025', 'open')).text()).toContain('Round 2025 is now Open.');
		const early = await move('2025', 'publish', { confirm: 'yes' });
		expect(early.status).toBe(409);
		expect(alertText(await early.text())).toContain(
			'Round 2025 is Open: “Publish” is not possible from there.'
		);
		expect((await move('2025', 'close')).status).toBe(200);
		const unconfirmed = await move('2025', 'publish');
		expect(unconfirmed.status).toBe(400);
		expect(alertText(await unconfirmed.text())).toContain('tick “I understand publishing is final”');
		expect(
			(
				await database.db
					.selectFrom('rounds')
					.select('state')
					.where('year', '=', 2025)
					.executeTakeFirstOrThrow()
			).state
		).toBe('closed');
		expect(await (await move('2025', 'publish', { confirm: 'yes' })).text()).toContain(
			'Round 2025 is now Published.'
		);
		expect((await move('25', 'open')).status).toBe(400);
		const page = await (await web.get('/admin/rounds', { cookie: boss })).text();
		expect(page).toMatch(
			/<td>2025<\/td>\s*<td>Published<\/td>\s*<td>(?:(?!<\/td>)[\s\S])*—(?:(?!<\/td>)[\s\S])*<\/td>\s*<td class="num">0<\/td>\s*<td class="time">[\d-]+ [\d:]+<\/td>\s*<td>boss<\/td>/
		);
		const moves = await database.db
			.selectFrom('audit_log')
			.select(['action', 'actor', 'year', 'value_before', 'value_after'])
			.where('action', 'like', 'round.%')
			.orderBy('id')
			.execute();
		expect(moves.map((m) => [m.action, m.actor, m.year, m.value_before, m.value_after])).toEqual([
			['round.open', 'boss', 2025, 'null', '"open"'],
			['round.close', 'boss', 2025, '"open"', '"closed"'],
			['round.publish', 'boss', 2025, '"closed"', '"published"']
		]);
	});

	it('refuses an admin form posted from another site, changing nothing', async () => {
		const [beforeUsers, beforeLog] = [await users(), await auditLog()];
		for (const [path, fields] of [
			[
				'/admin/users?/add',
				{ login: 'planted', role: 'admin', region: '', password: 'a long enough passphrase' }
			],
			['/admin/users/viewer1?/role', { role: 'admin', region: '' }],
			['/admin/users/viewer1?/disable', {}],
			['/admin/rounds?/move', { year: '2030', move: 'open' }]
		] as const) {
			const r = await web.post(path, fields, { cookie: boss, headers: { origin: 'http://evil.example' } });
			expect(r.status, path).toBe(403);
		}
		expect(await users()).toEqual(beforeUsers);
		expect(await auditLog()).toEqual(beforeLog);
	});
});
