import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	const id = db.getExecutor().adapter instanceof PostgresAdapter ? 'serial' : 'integer';

	// One computation of one round's scores under one framework version and method.
	await db.schema
		.createTable('score_runs')
		.addColumn('id', id, (c) => c.primaryKey())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('framework_id', 'text', (c) => c.notNull())
		.addColumn('framework_version', 'text', (c) => c.notNull())
		.addColumn('method', 'text', (c) => c.notNull())
		// The newest response id of the round when scored: a larger one now means the run is stale.
		.addColumn('source_max_response_id', 'integer', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('flagged', 'integer', (c) => c.notNull())
		.addColumn('report', 'text', (c) => c.notNull())
		.addColumn('computed_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('score_runs_key', ['year', 'framework_id', 'framework_version', 'method'])
		.execute();

	await db.schema
		.createTable('scores')
		.addColumn('run_id', 'integer', (c) => c.notNull().references('score_runs.id').onDelete('cascade'))
		.addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id'))
		.addColumn('respondent_group', 'text', (c) => c.notNull())
		.addColumn('region_code', 'text', (c) => c.notNull())
		.addColumn('governance', 'double precision')
		.addColumn('infrastructure', 'double precision')
		.addColumn('application', 'double precision')
		.addColumn('composite', 'double precision')
		.addColumn('stage', 'integer')
		.addColumn('coverage', 'double precision', (c) => c.notNull())
		.addColumn('flag', 'text')
		.addPrimaryKeyConstraint('scores_pk', ['run_id', 'response_id'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('scores').execute();
	await db.schema.dropTable('score_runs').execute();
}
