import type { Kysely } from 'kysely';

/**
 * Review by level (docs/security.md, Review): each submission's state — `submitted`, `approved`
 * or `returned` — who reviewed it when, and the reviewer's comment. Submissions stored before this
 * were loaded by operators or accepted before review existed, so they count as approved.
 *
 * `review_seq` takes the next number of one sequence at every review change; a run records the
 * highest of its round's (`score_runs.source_review_seq`), so an approval — which adds no response —
 * still makes the round's run stale.
 *
 * `staged_uploads` keeps a checked file's outcome (errors, or the preview) for a short time, so
 * that what is confirmed is exactly what was previewed: the file itself waits on disk under the
 * staging directory, named by the id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('submissions')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('approved'))
		.execute();
	await db.schema.alterTable('submissions').addColumn('reviewed_by', 'text').execute();
	await db.schema.alterTable('submissions').addColumn('reviewed_at', 'text').execute();
	await db.schema.alterTable('submissions').addColumn('review_comment', 'text').execute();
	await db.schema
		.alterTable('submissions')
		.addColumn('review_seq', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('submissions_status')
		.on('submissions')
		.columns(['status', 'region_code'])
		.execute();
	await db.schema
		.alterTable('score_runs')
		.addColumn('source_review_seq', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createTable('staged_uploads')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('login', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('source_version', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text', (c) => c.notNull())
		.addColumn('submission_id', 'integer')
		.execute();
	await db.schema.createIndex('staged_uploads_expiry').on('staged_uploads').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('staged_uploads').execute();
	await db.schema.alterTable('score_runs').dropColumn('source_review_seq').execute();
	await db.schema.dropIndex('submissions_status').execute();
	for (const column of ['review_seq', 'review_comment', 'reviewed_at', 'reviewed_by', 'status'])
		await db.schema.alterTable('submissions').dropColumn(column).execute();
}
