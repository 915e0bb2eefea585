import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * People and systems that sign in (docs/security.md): a login, a role, the region a submitter or
 * reviewer acts for, and an argon2id hash of the password — never the password. A user is
 * disabled, never deleted, so the audit log's actors always name someone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	const id = db.getExecutor().adapter instanceof PostgresAdapter ? 'serial' : 'integer';
	await db.schema
		.createTable('users')
		.addColumn('id', id, (c) => c.primaryKey())
		.addColumn('login', 'text', (c) => c.notNull().unique())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('region_code', 'text')
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('password_changed_at', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('users').execute();
}
