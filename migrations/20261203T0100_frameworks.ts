import type { Kysely } from 'kysely';

/**
 * Frameworks a user stored (docs/methodology.md section 3.5): one row per id and version, with
 * the file's text exactly as given and its SHA-256. A version's content never changes once stored
 * (a different content under the same id and version is refused: bump the version), so a run
 * keyed by framework id and version always means one framework. The default framework is built
 * in (data/frameworks/) and not stored here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('frameworks')
		.addColumn('id', 'text', (c) => c.notNull())
		.addColumn('version', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('stored_at', 'text', (c) => c.notNull())
		.addColumn('stored_by', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('frameworks_pk', ['id', 'version'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('frameworks').execute();
}
