/**
 * Opens HIMAP's database from a URL: `sqlite:<path>` (the embedded default, WAL mode) or
 * `postgres://…`. Dialect differences live here and in `dialect.ts`, nowhere else.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export const DEFAULT_DATABASE_URL = 'sqlite:data/himap.db';

export type DialectName = 'sqlite' | 'postgres';

export interface HimapDatabase {
	db: Kysely<Database>;
	dialect: DialectName;
	/** The SQLite handle under `db`, for bulk writes inside a Kysely transaction (same connection). */
	sqlite?: SqliteDatabase.Database;
	/** The URL with any password removed, for messages. */
	label: string;
	close(): Promise<void>;
}

export function resolveDatabaseUrl(explicit?: string): string {
	return explicit || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function openDatabase(url: string): HimapDatabase {
	if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
		const pool = new pg.Pool({ connectionString: url, max: 10 });
		const label = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		return { db, dialect: 'postgres', label, close: () => db.destroy() };
	}
	if (url.startsWith('sqlite:')) {
		const path = url.slice('sqlite:'.length);
		if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
		const sqlite = new SqliteDatabase(path);
		sqlite.pragma('journal_mode = WAL');
		// WAL makes NORMAL durable against application crashes; a power cut may lose the last commit.
		sqlite.pragma('synchronous = NORMAL');
		sqlite.pragma('foreign_keys = ON');
		// A second writer (another `himap import`) waits for the first rather than failing at once.
		sqlite.pragma('busy_timeout = 60000');
		const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
		return { db, dialect: 'sqlite', sqlite, label: url, close: () => db.destroy() };
	}
	throw new Error(
		`unsupported database URL "${url}": use sqlite:<path> or postgres://user@host:port/database`
	);
}
