import type { Kysely } from 'kysely';

/**
 * Every page asks which rounds hold data and whether a round's scores are fresh (the newest
 * response id of the round). Without this index both scan every response with its answers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.createIndex('responses_year_id').on('responses').columns(['year', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('responses_year_id').execute();
}
