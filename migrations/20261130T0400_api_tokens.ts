import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Personal API tokens (docs/security.md): only a SHA-256 of each is kept — a token is 256 random
 * bits, so a fast hash is enough — with an optional expiry and the time it was revoked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	const id = db.getExecutor().adapter instanceof PostgresAdapter ? 'serial' : 'integer';
	await db.schema
		.createTable('api_tokens')
		.addColumn('id', id, (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text')
		.addColumn('revoked_at', 'text')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('api_tokens').execute();
}
