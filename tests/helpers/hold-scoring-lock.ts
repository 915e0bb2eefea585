/** Takes the scoring lock of a database and holds it until killed (started by tests/helpers/scoring-lock-holder.ts). */
import { openDatabase } from '../../src/lib/server/db/connect.ts';
import { withScoringLock } from '../../src/lib/server/db/dialect.ts';

const database = openDatabase(process.argv[2]);
await withScoringLock(database, async () => {
	process.stdout.write('held\n');
	// A timer that can reach `resolve` keeps the process, this promise and so the lock alive until
	// the process is killed (a promise nothing can resolve would be garbage, and the lock with it).
	await new Promise((resolve) => setInterval(() => void resolve, 1 << 30));
});
