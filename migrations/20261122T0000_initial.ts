import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	// Keys: SQLite's INTEGER PRIMARY KEY (the rowid; no AUTOINCREMENT, which costs a write to
	// sqlite_sequence per row, and nothing here is ever deleted), PostgreSQL's serial.
	const id = db.getExecutor().adapter instanceof PostgresAdapter ? 'serial' : 'integer';
	const key = <T extends { primaryKey(): T }>(c: T) => c.primaryKey();

	await db.schema
		.createTable('submissions')
		.addColumn('id', id, key)
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('encoding', 'text', (c) => c.notNull())
		.addColumn('template', 'text', (c) => c.notNull())
		// JSON array of the answer columns, in the order responses.answers lists their values.
		.addColumn('answer_columns', 'text', (c) => c.notNull())
		.addColumn('years', 'text', (c) => c.notNull())
		.addColumn('row_count', 'integer', (c) => c.notNull())
		.addColumn('new_count', 'integer', (c) => c.notNull())
		.addColumn('superseded_count', 'integer', (c) => c.notNull())
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.addColumn('submitted_by', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('responses')
		.addColumn('id', id, key)
		.addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('respondent_id', 'text', (c) => c.notNull())
		.addColumn('survey', 'text', (c) => c.notNull())
		.addColumn('respondent_group', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('region_code', 'text', (c) => c.notNull())
		.addColumn('province_code', 'text', (c) => c.notNull())
		.addColumn('answers', 'text', (c) => c.notNull())
		.addColumn('superseded_by', 'integer', (c) => c.references('submissions.id'))
		.execute();
	await db.schema
		.createIndex('responses_current_key')
		.on('responses')
		.columns(['year', 'respondent_id'])
		.unique()
		.where(sql.ref('superseded_by'), 'is', null)
		.execute();
	// The only index on responses: bulk imports pay for every index, and this one serves both the
	// supersede lookup and "current rows of a round".

	await db.schema
		.createTable('audit_log')
		.addColumn('id', id, key)
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('submission_id', 'integer')
		.addColumn('detail', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('audit_log').execute();
	await db.schema.dropTable('responses').execute();
	await db.schema.dropTable('submissions').execute();
}
