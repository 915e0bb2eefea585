/** Stored frameworks (migrations/20261203T0100_frameworks.ts): written once per id and version. */
import type { Kysely } from 'kysely';
import type { Database, FrameworkTable } from './schema.ts';

export type StoredFrameworkRow = FrameworkTable;

/** Every stored version, by id then when stored. */
export function allFrameworks(db: Kysely<Database>): Promise<StoredFrameworkRow[]> {
	return db.selectFrom('frameworks').selectAll().orderBy('id').orderBy('stored_at').execute();
}

export function versionsOf(db: Kysely<Database>, id: string): Promise<StoredFrameworkRow[]> {
	return db.selectFrom('frameworks').selectAll().where('id', '=', id).execute();
}

/**
 * Stores a version unless one of the same id and version is there already (two processes storing
 * it at once: one wins); returns the row stored under that id and version, to compare with.
 */
export async function insertFramework(
	db: Kysely<Database>,
	row: StoredFrameworkRow
): Promise<StoredFrameworkRow> {
	await db
		.insertInto('frameworks')
		.values(row)
		.onConflict((oc) => oc.columns(['id', 'version']).doNothing())
		.execute();
	return db
		.selectFrom('frameworks')
		.selectAll()
		.where('id', '=', row.id)
		.where('version', '=', row.version)
		.executeTakeFirstOrThrow();
}
