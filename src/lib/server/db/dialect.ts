/** SQL that differs between SQLite and PostgreSQL. */
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { DialectName } from './connect.ts';
import type { Database } from './schema.ts';

/** Positional placeholders for `count` parameters starting after `offset`. */
export function placeholder(dialect: DialectName, index: number): string {
	return dialect === 'postgres' ? `$${index + 1}` : '?';
}

/**
 * Serialises imports. PostgreSQL: a transaction-scoped advisory lock. SQLite allows one writer at a
 * time already (the import's first statement is a write, which takes the lock).
 */
export async function lockImports(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
	if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}
const IMPORT_LOCK = 0x48494d41; // "HIMA"

export function raw(db: Kysely<Database>, text: string, params: unknown[]) {
	return db.executeQuery(CompiledQuery.raw(text, params));
}
