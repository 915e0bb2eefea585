/**
 * Opens HIMAP's database from a URL: `sqlite:<path>` (the embedded default, WAL mode) or
 * `postgres://…`. Dialect differences live here and in `dialect.ts`, nowhere else.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely';
import pg from 'pg';
import { log } from '../log.ts';
import { classifyFailure, DatabaseFailure, oneLine } from './failure.ts';
import type { Database } from './schema.ts';

export const DEFAULT_DATABASE_URL = 'sqlite:data/himap.db';

export type DialectName = 'sqlite' | 'postgres';

export interface HimapDatabase {
	db: Kysely<Database>;
	dialect: DialectName;
	/** The SQLite handle under `db`, for bulk writes inside a Kysely transaction (same connection). */
	sqlite?: SqliteDatabase.Database;
	/** The SQLite file, absolute. */
	path?: string;
	/** Device and inode of the SQLite file when it was opened (fileIdentity): health compares it with the file now at `path`. */
	fileId?: string | null;
	/** The PostgreSQL pool under `db`, for work that needs one connection of its own (streams, locks). */
	pool?: pg.Pool;
	/** The URL with any password removed, for messages. */
	label: string;
	close(): Promise<void>;
}

export interface OpenOptions {
	/**
	 * Called when a pooled PostgreSQL connection fails outside any query (the server restarted, a
	 * failover, `pg_terminate_backend`): pg reports that as an 'error' event, which kills the
	 * process unless someone listens. Default: one line in the server's log (log.ts).
	 */
	onConnectionError?(error: Error): void;
}

export function resolveDatabaseUrl(explicit?: string): string {
	return explicit || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

function isPostgresUrl(url: string): boolean {
	return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

export function openDatabase(url: string, options: OpenOptions = {}): HimapDatabase {
	if (isPostgresUrl(url)) return openPostgres(url, options);
	if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), url);
	throw new Error(
		`unsupported database URL "${url}": use sqlite:<path> or postgres://user@host:port/database`
	);
}

function openPostgres(url: string, options: OpenOptions): HimapDatabase {
	const pool = new pg.Pool({
		connectionString: url,
		max: 10,
		// An unreachable server fails a request in seconds instead of leaving it hanging.
		connectionTimeoutMillis: 10_000,
		application_name: 'himap'
	});
	const label = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
	const report = options.onConnectionError ?? reportOnce(label);
	// Idle clients' errors reach the pool; a client checked out by Kysely has no listener of pg's,
	// so each gets one of ours when it connects. The query in flight fails on its own.
	pool.on('error', report);
	pool.on('connect', (client) => client.on('error', report));
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	return { db, dialect: 'postgres', pool, label, close: () => db.destroy() };
}

/** One line per burst of connection errors (a restart drops every pooled connection at once). */
function reportOnce(label: string): (error: Error) => void {
	let last = 0;
	return (error) => {
		if (Date.now() - last < 5_000) return;
		last = Date.now();
		log.warn({ component: 'database', database: label }, `lost a connection: ${oneLine(error.message)}`);
	};
}

function openSqlite(path: string, url: string): HimapDatabase {
	const memory = path === ':memory:';
	const absolute = memory ? path : resolve(path);
	// A mistyped path must not become a new empty database somewhere unexpected.
	if (!memory && !existsSync(dirname(absolute)))
		throw new DatabaseFailure('unreachable', `the directory ${dirname(absolute)} of ${url} does not exist`, {
			remedy: 'create it, or correct the path (--db or DATABASE_URL); no database was created'
		});
	let sqlite: SqliteDatabase.Database;
	try {
		sqlite = new SqliteDatabase(path);
		sqlite.pragma('journal_mode = WAL');
	} catch (e) {
		throw openFailure(e, absolute, url);
	}
	// WAL makes NORMAL durable against application crashes; a power cut may lose the last commit.
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	// A second writer (another `himap import`) waits for the first rather than failing at once.
	sqlite.pragma('busy_timeout = 60000');
	const db = new Kysely<Database>({ dialect: new SafeRollbackSqliteDialect({ database: sqlite }) });
	return {
		db,
		dialect: 'sqlite',
		sqlite,
		path: absolute,
		fileId: memory ? null : fileIdentity(absolute),
		label: url,
		close: () => db.destroy()
	};
}

/**
 * Why a SQLite file would not open, in words that point at the fix: SQLite says only "unable to
 * open database file" for a read-only disk and a missing permission alike.
 */
function openFailure(e: unknown, path: string, url: string): DatabaseFailure {
	const known = classifyFailure(e);
	if (known && known.kind !== 'unreachable') return known;
	for (const target of [path, dirname(path)]) {
		try {
			if (existsSync(target)) accessSync(target, constants.W_OK);
		} catch (denied) {
			const code = (denied as NodeJS.ErrnoException).code;
			if (code === 'EROFS')
				return new DatabaseFailure('read-only', `${url} is on a read-only file system`, { cause: e });
			if (code === 'EACCES')
				return new DatabaseFailure('read-only', `${target} cannot be written by this user`, {
					cause: e,
					remedy: 'run HIMAP as a user who may write it, or change its permissions'
				});
		}
	}
	return new DatabaseFailure('unreachable', `cannot open ${url} (${oneLine((e as Error).message)})`, {
		cause: e,
		remedy: 'check the path and its permissions (--db or DATABASE_URL)'
	});
}

/**
 * SQLite itself rolls a transaction back on some errors (a full disk, I/O errors); Kysely's
 * ROLLBACK after that fails with "cannot rollback - no transaction is active", and that message
 * would replace the one that says what happened.
 */
class SafeRollbackSqliteDialect extends SqliteDialect {
	constructor(private readonly options: { database: SqliteDatabase.Database }) {
		super(options);
	}

	override createDriver() {
		const handle = this.options.database;
		return new (class extends SqliteDriver {
			override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
				if (handle.inTransaction) await super.rollbackTransaction(connection);
			}
		})(this.options);
	}
}

/** Identity of the file at a path: a deleted or replaced database file has another (or none). */
export function fileIdentity(path: string): string | null {
	try {
		const s = statSync(path);
		return `${s.dev}:${s.ino}`;
	} catch {
		return null;
	}
}
