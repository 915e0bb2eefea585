/** The web app's database: opened once from DATABASE_URL (default sqlite:data/himap.db) and migrated at start. */
import { openDatabase, resolveDatabaseUrl, type HimapDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';

let ready: Promise<HimapDatabase> | null = null;

export function appDatabase(): Promise<HimapDatabase> {
	ready ??= (async () => {
		const database = openDatabase(resolveDatabaseUrl());
		await migrateToLatest(database.db);
		return database;
	})();
	return ready;
}
