/**
 * The audit log cannot be changed, only added to (docs/security.md): the database refuses an
 * UPDATE, a DELETE (and on PostgreSQL a TRUNCATE) of it, whoever sends one, on both databases.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { himap } from '../fixtures/cli.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

describe.each(DIALECTS)('the audit log (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	const rows = () => database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
	beforeAll(async () => {
		db = await freshDatabase(dialect);
		expect((await himap(['round', 'open', '2026', '--db', db.url])).code).toBe(0);
		database = openDatabase(db.url);
	});
	afterAll(async () => {
		await database?.close();
		await db?.drop();
	});

	it('takes new lines', async () => {
		expect((await himap(['round', 'close', '2026', '--db', db.url])).code).toBe(0);
		expect((await rows()).map((r) => r.action)).toEqual(['round.open', 'round.close']);
	});

	it('refuses to change or remove a line, and keeps every line as it was', async () => {
		const before = await rows();
		await expect(
			database.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()
		).rejects.toThrow(/append-only: UPDATE refused/);
		await expect(
			database.db.deleteFrom('audit_log').where('action', '=', 'round.open').execute()
		).rejects.toThrow(/append-only: DELETE refused/);
		if (dialect === 'postgres')
			await expect(sql`TRUNCATE audit_log`.execute(database.db)).rejects.toThrow(
				/append-only: TRUNCATE refused/
			);
		expect(await rows()).toEqual(before);
	});
});
