/** Opens the database a command names (`--db`, else DATABASE_URL, else the SQLite default) and migrates it. */
import { openDatabase, resolveDatabaseUrl, type HimapDatabase } from '../lib/server/db/connect.ts';
import { migrateToLatest } from '../lib/server/db/migrate.ts';

export async function withDatabase<T>(
	url: string | undefined,
	use: (database: HimapDatabase) => Promise<T>
): Promise<T> {
	// A dropped connection is reported once, by the command that it stops (cli/failure.ts).
	const database = openDatabase(resolveDatabaseUrl(url), { onConnectionError: () => {} });
	try {
		await migrateToLatest(database.db);
		return await use(database);
	} finally {
		await database.close();
	}
}
