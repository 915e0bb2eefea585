/**
 * `himap round` and `himap token` (docs/contracts.md, Command line) on SQLite and PostgreSQL: each
 * legal move stored with its audit line (before → after), an illegal one refused with nothing
 * changed; a token printed once and kept only as its SHA-256.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { himap } from '../fixtures/cli.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

describe.each(DIALECTS)('rounds and tokens (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	const auditOf = (action: string) =>
		database.db
			.selectFrom('audit_log')
			.select(['actor', 'detail'])
			.where('action', '=', action)
			.orderBy('id')
			.execute()
			.then((rows) => rows.map((r) => [r.actor, JSON.parse(r.detail)]));
	beforeAll(async () => {
		db = await freshDatabase(dialect);
		database = openDatabase(db.url);
	});
	afterAll(async () => {
		await database?.close();
		await db?.drop();
	});

	it('opens, closes, reopens and publishes a round, each move in the audit log', async () => {
		for (const [action, state] of [
			['open', 'open'],
			['close', 'closed'],
			['open', 'open'],
			['close', 'closed'],
			['publish', 'published']
		]) {
			const r = await himap(['round', action, '2025', '--db', db.url]);
			expect([r.code, r.out]).toEqual([0, `round 2025 is ${state}\n`]);
		}
		expect((await himap(['round', 'list', '--db', db.url])).out).toMatch(/^2025\tpublished\t\S+\tcli\n$/);
		expect((await auditOf('round.publish'))[0]).toEqual([
			'cli',
			{ year: 2025, before: 'closed', after: 'published' }
		]);
		expect(await auditOf('round.open')).toHaveLength(2);
	});

	it.each([
		[['publish', '2025'], /published already/],
		[['close', '2026'], /open it first/],
		[['open', '2025'], /published; published figures are final/]
	])('refuses %j, saying why, and changes nothing', async (args, why) => {
		const before = await database.db.selectFrom('rounds').selectAll().execute();
		const audit = await database.db.selectFrom('audit_log').selectAll().execute();
		const r = await himap(['round', ...args, '--db', db.url]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(why);
		expect(await database.db.selectFrom('rounds').selectAll().execute()).toEqual(before);
		expect(await database.db.selectFrom('audit_log').selectAll().execute()).toEqual(audit);
	});

	it('rejects a wrong command line with the usage exit', async () => {
		for (const argv of [['round'], ['round', 'open'], ['round', 'open', '25'], ['round', 'delete', '2025']])
			expect((await himap([...argv, '--db', db.url])).code, argv.join(' ')).toBe(2);
	});

	it('prints a token once for an existing user and stores only its SHA-256', async () => {
		expect((await himap(['user', 'add', 'analyst1', '--role', 'analyst', '--db', db.url])).code).toBe(0);
		const r = await himap([
			'token',
			'create',
			'analyst1',
			'--name',
			'nightly R',
			'--expires-in-days',
			'30',
			'--db',
			db.url
		]);
		expect(r.code, r.err).toBe(0);
		const token = r.out.trim();
		expect(token).toMatch(/^himap_[A-Za-z0-9_-]{43}$/);
		const stored = await database.db.selectFrom('api_tokens').selectAll().execute();
		expect(stored).toHaveLength(1);
		expect(stored[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
		expect(JSON.stringify(stored)).not.toContain(token.slice(6));
		const days = (Date.parse(stored[0].expires_at!) - Date.parse(stored[0].created_at)) / 86_400_000;
		expect(days).toBe(30);
		expect((await auditOf('token.create'))[0]).toEqual([
			'cli',
			{ login: 'analyst1', name: 'nightly R', expires_at: stored[0].expires_at }
		]);
		// A second token is another token.
		const again = (await himap(['token', 'create', 'analyst1', '--db', db.url])).out.trim();
		expect(again).not.toBe(token);
	});

	it('refuses a token for no such user (1) and a wrong command line (2)', async () => {
		const before = await database.db.selectFrom('api_tokens').selectAll().execute();
		const r = await himap(['token', 'create', 'nobody', '--db', db.url]);
		expect([r.code, r.err]).toEqual([1, 'himap token: no active user "nobody"\n']);
		for (const argv of [
			['token'],
			['token', 'create'],
			['token', 'create', 'analyst1', '--expires-in-days', '0']
		])
			expect((await himap([...argv, '--db', db.url])).code, argv.join(' ')).toBe(2);
		expect(await database.db.selectFrom('api_tokens').selectAll().execute()).toEqual(before);
	});
});
