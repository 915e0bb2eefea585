import type { Kysely } from 'kysely';

/**
 * The audit log's own columns for what its page filters on and shows (docs/security.md): the
 * region and round an action concerns, and the value before and after it (JSON text). Lines
 * written before this keep these empty — the log is append-only, so they are not filled in
 * afterwards — and still carry the same facts in `detail`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	for (const [column, type] of [
		['region', 'text'],
		['year', 'integer'],
		['value_before', 'text'],
		['value_after', 'text']
	] as const)
		await db.schema.alterTable('audit_log').addColumn(column, type).execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
	await db.schema.createIndex('audit_log_region').on('audit_log').column('region').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('audit_log_region').execute();
	await db.schema.dropIndex('audit_log_at').execute();
	for (const column of ['value_after', 'value_before', 'year', 'region'])
		await db.schema.alterTable('audit_log').dropColumn(column).execute();
}
