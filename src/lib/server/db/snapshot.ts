/**
 * Reads that see one state of the data however long they take: an export of a million
 * respondents, or the responses a score run is computed from, must not mix rows from before and
 * after an import that commits halfway through. Each snapshot has a connection of its own, so a
 * long read never holds up the queries of the pages:
 *
 * - SQLite: a read-only connection to the same file inside one read transaction (WAL keeps the
 *   version it started with); rows come from better-sqlite3's iterator.
 * - PostgreSQL: a pooled connection in a REPEATABLE READ, READ ONLY transaction; rows come from a
 *   server-side cursor (pg-cursor), a batch at a time.
 *
 * Either way memory holds one batch, whatever the size of the table. Small reads go through a
 * Kysely bound to the snapshot's connection, so the repositories' own functions read inside it.
 */
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Compilable, type PostgresPool } from 'kysely';
import type { PoolClient } from 'pg';
import Cursor from 'pg-cursor';
import type { HimapDatabase } from './connect.ts';
import type { Database } from './schema.ts';

export const BATCH_ROWS = 2_000;

export interface Snapshot {
	/** Queries inside the snapshot: pass it to any repository function that reads. */
	db: Kysely<Database>;
	/** The rows of a query of any size, a batch at a time. */
	batches<T>(query: Compilable<T>, size?: number): AsyncGenerator<T[]>;
}

export async function withSnapshot<R>(
	database: HimapDatabase,
	use: (snapshot: Snapshot) => Promise<R>
): Promise<R> {
	return database.dialect === 'postgres' ? postgresSnapshot(database, use) : sqliteSnapshot(database, use);
}

async function sqliteSnapshot<R>(
	database: HimapDatabase,
	use: (snapshot: Snapshot) => Promise<R>
): Promise<R> {
	// An in-memory database has no file to open twice: read on its one connection.
	const own = database.path !== ':memory:';
	const handle = own
		? new SqliteDatabase(database.path!, { readonly: true, fileMustExist: true })
		: database.sqlite!;
	try {
		if (own) {
			handle.pragma('busy_timeout = 60000');
			// A stream reads each page once: a small cache (and sorts spilling to temporary files
			// early) keeps four exports at once from holding 16 MB each.
			handle.pragma('cache_size = -2000');
			handle.exec('begin');
		}
		return await use({
			// Never destroyed: that would close the handle, which the `finally` below owns.
			db: own ? new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) }) : database.db,
			async *batches<T>(query: Compilable<T>, size = BATCH_ROWS) {
				const { sql, parameters } = query.compile();
				let batch: T[] = [];
				for (const row of handle.prepare(sql).iterate(...(parameters as unknown[]))) {
					batch.push(row as T);
					if (batch.length < size) continue;
					yield batch;
					batch = [];
				}
				if (batch.length) yield batch;
			}
		});
	} finally {
		if (own) handle.close();
	}
}

async function postgresSnapshot<R>(
	database: HimapDatabase,
	use: (snapshot: Snapshot) => Promise<R>
): Promise<R> {
	const client = await database.pool!.connect();
	try {
		await client.query('begin isolation level repeatable read read only');
		const result = await use({
			db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: poolOf(client) }) }),
			async *batches<T>(query: Compilable<T>, size = BATCH_ROWS) {
				const { sql, parameters } = query.compile();
				const cursor = client.query(new Cursor<T>(sql, parameters as unknown[]));
				try {
					for (;;) {
						const rows = await cursor.read(size);
						if (rows.length === 0) return;
						yield rows;
					}
				} finally {
					await cursor.close().catch(() => {});
				}
			}
		});
		await client.query('commit');
		return result;
	} catch (e) {
		await client.query('rollback').catch(() => {});
		throw e;
	} finally {
		// pg's pool drops a client whose connection failed rather than hand it to the next request.
		client.release();
	}
}

/** A pool of the one client the snapshot holds: Kysely's queries all run in its transaction. */
function poolOf(client: PoolClient): PostgresPool {
	return {
		connect: async () => ({ query: client.query.bind(client), release: () => {} }) as never,
		end: async () => {}
	};
}
