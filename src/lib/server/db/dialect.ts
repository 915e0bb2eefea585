/** SQL and locking that differ between SQLite and PostgreSQL. */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
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
 * run twice at once: the second waits, then finds the run current. Scoring holds no database lock
 * while it computes (imports go on meanwhile); it writes its run in one short transaction at the end.
 *
 * - PostgreSQL: a session advisory lock on a connection of its own, which the server frees if the
 *   process dies.
 * - SQLite: a lock file beside the database holding the owner's process id; a file whose owner is
 *   no longer running is taken over (one machine: SQLite's file cannot be shared between machines).
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
	const lockPath = `${database.path}.scoring-lock`;
	await takeLockFile(lockPath);
	heldHere.add(lockPath);
	try {
		return await work();
	} finally {
		heldHere.delete(lockPath);
		try {
			unlinkSync(lockPath);
		} catch {
			// Already gone: nothing to release.
		}
	}
}

const POLL_MS = 200;
/** Lock files this process holds: one naming our pid that is not here was left by an earlier process. */
const heldHere = new Set<string>();

async function takeLockFile(path: string): Promise<void> {
	for (;;) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
		let text: string;
		let age: number;
		try {
			text = readFileSync(path, 'utf8').trim();
			age = Date.now() - statSync(path).mtimeMs;
		} catch {
			continue; // released between our two looks
		}
		const owner = Number(text);
		// An empty file is one being written this instant, unless it has been empty for a while.
		const writing = text === '' && age < 2_000;
		if (!writing && (!isRunning(owner) || (owner === process.pid && !heldHere.has(path)))) {
			try {
				unlinkSync(path);
			} catch {
				// Another waiter removed it first; try again.
			}
			continue;
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
}

function isRunning(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}
