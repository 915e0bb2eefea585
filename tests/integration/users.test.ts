/**
 * `himap user add` and `user list` (docs/contracts.md, Command line) on SQLite and PostgreSQL:
 * a user is stored with an argon2id hash and an audit line, and a refused one leaves the users and
 * the audit log exactly as they were.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

/** The command line with `input` on standard input. */
async function himap(argv: string[], input?: string) {
	const out: string[] = [];
	const err: string[] = [];
	const stdin = input === undefined ? undefined : Readable.from([Buffer.from(input)]);
	const code = await run(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t), stdin });
	return { code, out: out.join(''), err: err.join('') };
}

describe.each(DIALECTS)('users (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	const counts = async () => ({
		users: (
			await database.db
				.selectFrom('users')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n,
		audit: (
			await database.db
				.selectFrom('audit_log')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	});
	beforeAll(async () => {
		db = await freshDatabase(dialect);
		database = openDatabase(db.url);
	});
	afterAll(async () => {
		await database?.close();
		await db?.drop();
	});

	it('adds the first admin from standard input, stored as an argon2id hash with an audit line', async () => {
		const added = await himap(
			['user', 'add', 'admin', '--role', 'admin', '--password-stdin', '--db', db.url],
			'correct horse battery staple\n'
		);
		expect([added.code, added.out, added.err]).toEqual([0, 'created user admin (admin)\n', '']);
		const user = await database.db
			.selectFrom('users')
			.selectAll()
			.where('login', '=', 'admin')
			.executeTakeFirstOrThrow();
		expect(user).toMatchObject({ role: 'admin', region_code: null, disabled: 0 });
		expect(user.password_hash).toMatch(/^\$argon2id\$/);
		expect(user.password_hash).not.toContain('horse');
		const audit = await database.db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'user.add')
			.execute();
		expect(audit.map((a) => [a.actor, JSON.parse(a.detail)])).toEqual([
			['cli', { login: 'admin', role: 'admin', region: null }]
		]);
	});

	it('adds a submitter for its county and a reviewer for its city; a login in Chinese is kept as it is', async () => {
		for (const [login, role, region] of [
			['张三', 'submitter', '440106'],
			['gz-review', 'reviewer', '440100']
		]) {
			const r = await himap(
				['user', 'add', login, '--role', role, '--region', region, '--password-stdin', '--db', db.url],
				'卫生健康信息化发展指数二〇二四\r\n'
			);
			expect(r.code, r.err).toBe(0);
		}
		const list = await himap(['user', 'list', '--db', db.url]);
		expect(list.out.split('\n').map((l) => l.split('\t').slice(0, 4))).toEqual([
			['admin', 'admin', '-', 'active'],
			['gz-review', 'reviewer', '440100', 'active'],
			['张三', 'submitter', '440106', 'active'],
			['']
		]);
		expect(list.out).not.toContain('argon2');
	});

	it('without --password-stdin makes a strong password and shows it once', async () => {
		const r = await himap(['user', 'add', 'analyst1', '--role', 'analyst', '--db', db.url]);
		expect(r.code).toBe(0);
		const [, password] = r.out.match(/password \(shown once; keep it safe\): (\S+)\n$/)!;
		expect(password).toHaveLength(24);
	});

	it.each([
		[['admin', '--role', 'admin'], 'correct horse battery staple', /a user "admin" exists already/],
		[
			['c1', '--role', 'submitter', '--region', '999999'],
			'correct horse battery staple',
			/"999999" is not a province, city or county code/
		],
		[['c2', '--role', 'submitter'], 'correct horse battery staple', /acts for a region/],
		[['c3', '--role', 'viewer'], '123456789012', /commonly used/],
		[['c4', '--role', 'viewer'], 'short', /at least 12/],
		[["x'; DROP TABLE users; --", '--role', 'viewer'], 'correct horse battery staple', /login/],
		[['c5', '--role', 'root'], 'correct horse battery staple', /role "root"/]
	])('refuses %j, saying why, and stores nothing', async (args, password, why) => {
		const before = await counts();
		const r = await himap(['user', 'add', ...args, '--password-stdin', '--db', db.url], `${password}\n`);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(why);
		expect(await counts()).toEqual(before);
	});

	it('sets a password and disables a user, each with its audit line; refuses no such user or a weak password', async () => {
		const before = await counts();
		expect(
			(
				await himap(
					['user', 'passwd', 'nobody', '--password-stdin', '--db', db.url],
					'a fine long passphrase\n'
				)
			).code
		).toBe(1);
		const weak = await himap(
			['user', 'passwd', 'analyst1', '--password-stdin', '--db', db.url],
			'password1234\n'
		);
		expect([weak.code, weak.err]).toEqual([1, expect.stringMatching(/commonly used/)]);
		expect(await counts()).toEqual(before);
		const hash = async () =>
			(
				await database.db
					.selectFrom('users')
					.select('password_hash')
					.where('login', '=', 'analyst1')
					.executeTakeFirstOrThrow()
			).password_hash;
		const old = await hash();
		const set = await himap(
			['user', 'passwd', 'analyst1', '--password-stdin', '--db', db.url],
			'a fine long passphrase\n'
		);
		expect([set.code, set.out]).toEqual([0, 'password of analyst1 set; its sessions ended\n']);
		expect(await hash()).not.toBe(old);
		expect((await himap(['user', 'disable', 'analyst1', '--db', db.url])).code).toBe(0);
		expect((await himap(['user', 'disable', 'analyst1', '--db', db.url])).code).toBe(1);
		expect((await himap(['user', 'list', '--db', db.url])).out).toMatch(/^analyst1\tanalyst\t-\tdisabled\t/m);
		const audit = await database.db
			.selectFrom('audit_log')
			.select('action')
			.where('action', 'in', ['user.password', 'user.disable'])
			.execute();
		expect(audit.map((a) => a.action)).toEqual(['user.password', 'user.disable']);
	});

	it('says how to use it when the command line is wrong', async () => {
		for (const argv of [
			['user'],
			['user', 'remove', 'x'],
			['user', 'add', '--role', 'admin'],
			['user', 'add', 'x', 'y', '--role', 'admin'],
			['user', 'add', 'x'],
			['user', 'add', 'x', '--role', 'admin', '--password', 'secret']
		])
			expect((await himap([...argv, '--db', db.url])).code, argv.join(' ')).toBe(2);
	});
});
