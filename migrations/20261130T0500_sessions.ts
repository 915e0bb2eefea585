import type { Kysely } from 'kysely';

/**
 * Signed-in sessions (server/session-service.ts): the SHA-256 of a 256-bit random id (the cookie
 * holds the id, the database never does), whose user, when it began and when it was last used —
 * from which it ends after 30 idle minutes or 12 hours in all (server/auth/session-rules.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('sessions')
		.addColumn('id_hash', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_seen_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('sessions').execute();
}
