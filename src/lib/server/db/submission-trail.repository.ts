/**
 * What a submission's page shows besides its rows (routes/submissions/[id]): the audit lines that
 * name it, oldest first — its creation and every review move — and the preview the unit saw before
 * confirming it, kept with the staged upload that became it (schema.ts `StagedUploadTable`).
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { AuditLine } from './audit.repository.ts';

/** The audit lines naming submission `id`, oldest first (a submission's story is short: the first `limit`). */
export function linesOfSubmission(db: Kysely<Database>, id: number, limit = 200): Promise<AuditLine[]> {
	return db
		.selectFrom('audit_log')
		.selectAll()
		.where('submission_id', '=', id)
		.orderBy('id')
		.limit(limit)
		.execute();
}

/** The stored outcome (JSON text) of the confirmed staged upload that became submission `id`, if one did and is still kept. */
export async function stagedOutcomeOf(db: Kysely<Database>, id: number): Promise<string | null> {
	const row = await db
		.selectFrom('staged_uploads')
		.select('outcome')
		.where('submission_id', '=', id)
		.orderBy('created_at', 'desc')
		.executeTakeFirst();
	return row?.outcome ?? null;
}
