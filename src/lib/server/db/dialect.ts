/** SQL and locking that differ between SQLite and PostgreSQL. */
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { DialectName, HimapDatabase } from './connect.ts';
import type { Database } from './schema.ts';

/** Positional placeholders for `count` parameters starting after `offset`. */
export function placeholder(dialect: DialectName, index: number): string {
	return dialect === 'postgres' ? `$${index + 1}` : '?';
}

// Advisory lock keys, one per kind of writer: the letters "HIMA" and "SCOR".
const IMPORT_LOCK = 0x48494d41;
const SCORING_LOCK = 0x53434f52;

/**
 * Serialises imports. PostgreSQL: a transaction-scoped advisory lock. SQLite allows one writer at a
 * time already (the import's first statement is a write, which takes the lock).
 */
export async function lockImports(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
	if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}

/**
 * SQLite has one writer at a time, and better-sqlite3 waits for a busy database synchronously,
 * blocking the event loop: a second writer in this process, on its own connection, would stall
 * the first (which holds the lock and needs the loop to finish) until the busy timeout, then fail.
 * So the writers of one process — imports, and score runs being stored — take turns here; other
 * processes are kept apart by SQLite's own lock. Returns the call that ends this writer's turn.
 */
export async function writerTurn(database: HimapDatabase): Promise<() => void> {
	if (database.dialect !== 'sqlite') return () => {};
	const key = database.path ?? database.label;
	const previous = sqliteTurns.get(key) ?? Promise.resolve();
	let end!: () => void;
	const turn = new Promise<void>((resolve) => (end = resolve));
	const mine = previous.then(() => turn);
	sqliteTurns.set(key, mine);
	await previous;
	return () => {
		end();
		if (sqliteTurns.get(key) === mine) sqliteTurns.delete(key);
	};
}
const sqliteTurns = new Map<string, Promise<void>>();

export function raw(db: Kysely<Database>, text: string, params: unknown[]) {
	return db.executeQuery(CompiledQuery.raw(text, params));
}

/**
 * Runs `work` while holding the database's scoring lock, so that the processes that score — a
 * `himap import` finishing, the server's background runner, `himap score` — never compute the same
 * run twice at once: the second waits, then finds the run current. Scoring holds no lock on the
 * data while it computes (imports go on meanwhile); it writes its run in one transaction at the end.
 *
 * Both locks are the operating system's to release when a process dies, so a crash never leaves
 * one behind:
 * - PostgreSQL: a session advisory lock on a connection of its own.
 * - SQLite: an exclusive transaction on a small database file beside the data
 *   (`<file>.scoring-lock`), tried every 200 ms: SQLite's own wait would block the event loop.
 */
export async function withScoringLock<T>(database: HimapDatabase, work: () => Promise<T>): Promise<T> {
	if (database.dialect === 'postgres') {
		const client = await database.pool!.connect();
		let failed: Error | undefined;
		try {
			await client.query('select pg_advisory_lock($1)', [SCORING_LOCK]);
			try {
				return await work();
			} finally {
				await client.query('select pg_advisory_unlock($1)', [SCORING_LOCK]).catch((e) => (failed = e));
			}
		} catch (e) {
			failed = e as Error;
			throw e;
		} finally {
			client.release(failed);
		}
	}
	if (database.path === ':memory:') return work();
	const lock = new SqliteDatabase(`${database.path}.scoring-lock`);
	// Held here as well as by this call: a connection collected as garbage would close, and unlock.
	locks.add(lock);
	try {
		lock.pragma('busy_timeout = 0');
		for (;;) {
			try {
				// An empty file has nothing to lock: the table gives it a page.
				lock.exec('create table if not exists holder (pid integer)');
				lock.exec('begin exclusive');
				break;
			} catch (e) {
				if (!String((e as { code?: string }).code).startsWith('SQLITE_BUSY')) throw e;
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		}
		return await work();
	} finally {
		locks.delete(lock);
		lock.close();
	}
}

const POLL_MS = 200;
const locks = new Set<SqliteDatabase.Database>();

/** Whether a PostgreSQL server takes writes: a standby in recovery, or read-only transactions by default, do not. */
export async function postgresWriteState({
	db
}: HimapDatabase): Promise<{ recovery: boolean; readOnly: boolean }> {
	const { rows } = await sql<{ recovery: boolean; read_only: string }>`
		select pg_is_in_recovery() as recovery, current_setting('default_transaction_read_only') as read_only`.execute(
		db
	);
	return { recovery: rows[0].recovery, readOnly: rows[0].read_only === 'on' };
}
