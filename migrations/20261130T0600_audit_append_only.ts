import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The audit log is append-only in the database itself (docs/security.md): a trigger refuses every
 * UPDATE and DELETE of its rows, on SQLite and on PostgreSQL, whatever code or person tries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`
			CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
			END $$`.execute(db);
		await sql`
			CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
			FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
		return;
	}
	for (const operation of ['UPDATE', 'DELETE'])
		await sql
			.raw(
				`CREATE TRIGGER audit_log_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_log
				BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: ${operation} refused'); END`
			)
			.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(db);
		await sql`DROP FUNCTION audit_log_append_only()`.execute(db);
		return;
	}
	for (const operation of ['update', 'delete'])
		await sql.raw(`DROP TRIGGER audit_log_no_${operation}`).execute(db);
}
