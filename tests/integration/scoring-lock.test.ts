/**
 * The scoring lock (src/lib/server/db/dialect.ts): one run computed at a time per database, in
 * one process or several, and a lock whose holder was killed is free at once — no file or row
 * left behind to go stale. On both databases.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/connect.ts';
import { withScoringLock } from '../../src/lib/server/db/dialect.ts';
import { migrateToLatest } from '../../src/lib/server/db/migrate.ts';
import { DIALECTS, freshDatabase } from '../helpers/databases.ts';
import { holdScoringLock } from '../helpers/scoring-lock-holder.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DIALECTS)('the scoring lock (%s)', (dialect) => {
	it('lets one holder in at a time, in one process', async () => {
		const db = await freshDatabase(dialect);
		const database = openDatabase(db.url);
		try {
			await migrateToLatest(database.db);
			const events: string[] = [];
			const hold = (name: string) =>
				withScoringLock(database, async () => {
					events.push(`${name} in`);
					await pause(300);
					events.push(`${name} out`);
				});
			await Promise.all([hold('a'), hold('b')]);
			expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
		} finally {
			await database.close();
			await db.drop();
		}
	});

	it('waits for another process, and is free the moment that process is killed', async () => {
		const db = await freshDatabase(dialect);
		const database = openDatabase(db.url);
		let holder: Awaited<ReturnType<typeof holdScoringLock>> | undefined;
		try {
			await migrateToLatest(database.db);
			holder = await holdScoringLock(db.url);
			let got = false;
			const waiting = withScoringLock(database, async () => void (got = true));
			await pause(600);
			expect(got).toBe(false);
			await holder.release();
			await waiting;
			expect(got).toBe(true);
		} finally {
			await holder?.release();
			await database.close();
			await db.drop();
		}
	});
});
