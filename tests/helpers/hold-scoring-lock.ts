/** Takes the scoring lock of a database and holds it until killed (tests/integration/scoring-lock.test.ts). */
import { openDatabase } from '../../src/lib/server/db/connect.ts';
import { withScoringLock } from '../../src/lib/server/db/dialect.ts';

const database = openDatabase(process.argv[2]);
await withScoringLock(database, async () => {
	process.stdout.write('held\n');
	// A timer keeps the process (and so the lock) alive until it is killed.
	await new Promise(() => setInterval(() => {}, 1 << 30));
});
