/**
 * A copy of the seeded demo (demo-database.ts) for one describe block, opened before its first
 * test and dropped after its last: `demo.db` (its URL, for the CLI) and `demo.database` (for the
 * services), read inside the tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import type { Dialect, TestDatabase } from './databases.ts';
import { demoDatabase } from './demo-database.ts';

export function demoForBlock(dialect: Dialect): { db: TestDatabase; database: HimapDatabase } {
	const demo = {} as { db: TestDatabase; database: HimapDatabase };
	// The first test of a run to ask seeds the demo (seven rounds scored): minutes on a busy machine.
	beforeAll(async () => {
		demo.db = await demoDatabase(dialect);
		demo.database = openDatabase(demo.db.url);
	}, 600_000);
	afterAll(async () => {
		await demo.database?.close();
		await demo.db?.drop();
	});
	return demo;
}
