import type { Kysely } from 'kysely';

/**
 * Survey rounds and where each stands (server/auth/round-states.ts): `open` takes submissions,
 * `closed` takes none, `published` is what viewers and the public see. A round with data and no
 * row here was loaded by an operator before rounds had states.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('rounds')
		.addColumn('year', 'integer', (c) => c.primaryKey())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('changed_at', 'text', (c) => c.notNull())
		.addColumn('changed_by', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('rounds').execute();
}
