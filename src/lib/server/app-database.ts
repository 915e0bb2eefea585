/**
 * The web app's database and what runs beside it: opened once from DATABASE_URL (default
 * sqlite:data/himap.db) and migrated, the background scoring runner, whether the database is
 * reachable, and the export slots. A start that fails is tried again by the next request.
 */
import { sql } from 'kysely';
import { Availability } from './availability.ts';
import { openDatabase, resolveDatabaseUrl, type HimapDatabase } from './db/connect.ts';
import { classifyFailure } from './db/failure.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ExportSlots } from './http/export-slots.ts';
import { log } from './log.ts';
import { childProcessLaunch, ScoringRunner } from './scoring-runner.ts';
import { sweepStaged } from './staging-service.ts';

export interface App {
	database: HimapDatabase;
	availability: Availability;
	scoring: ScoringRunner;
	exports: ExportSlots;
}

let ready: Promise<App> | null = null;

export function app(): Promise<App> {
	ready ??= start().catch((e) => {
		ready = null;
		throw e;
	});
	return ready;
}

export async function appDatabase(): Promise<HimapDatabase> {
	return (await app()).database;
}

/**
 * Opens and migrates the database, then starts the scoring runner. A PostgreSQL server that
 * cannot be reached yet does not stop the start: the app answers 503 and keeps trying (see
 * availability.ts). A SQLite file that cannot be opened does (connect.ts says why).
 */
async function start(): Promise<App> {
	const url = resolveDatabaseUrl();
	const database = openDatabase(url);
	const scoring = new ScoringRunner(database, childProcessLaunch(url));
	let migrated = false;
	const migrate = async () => {
		if (migrated) return;
		await migrateToLatest(database.db);
		migrated = true;
		scoring.start();
		// Uploads checked but never confirmed before the last stop: expired ones, and files no upload names.
		void sweepStaged(database, { strays: true }).catch((e: Error) =>
			log.warn({ err: e.message }, 'could not clear the staging directory')
		);
	};
	const availability = new Availability(async () => {
		await migrate();
		await sql`select 1`.execute(database.db);
	});
	try {
		await migrate();
	} catch (e) {
		const failure = classifyFailure(e);
		if (!failure || database.dialect === 'sqlite') {
			await database.close().catch(() => {});
			throw e;
		}
		// Not migrated yet: down until the probe has migrated, whatever kept it from migrating now.
		availability.markDown(failure);
	}
	// adapter-node's graceful shutdown (SIGTERM, SIGINT): nothing of ours may keep the process alive.
	process.once('sveltekit:shutdown' as 'exit', () => {
		scoring.stop();
		availability.stop();
		void database.close();
	});
	return { database, availability, scoring, exports: new ExportSlots() };
}
