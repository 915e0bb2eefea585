import type { Kysely } from 'kysely';

/**
 * What a score run computes besides each respondent's scores — the roll-up to provinces, cities
 * and zones, rank intervals, the method audit and the rates — stored with the run, so that pages
 * and exports read it and never compute it on a request. One row per run and kind; `body` is JSON.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('score_run_results')
		.addColumn('run_id', 'integer', (c) => c.notNull().references('score_runs.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('score_run_results_pk', ['run_id', 'kind'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('score_run_results').execute();
}
