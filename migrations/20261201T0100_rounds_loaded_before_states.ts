import { sql, type Kysely } from 'kysely';

/**
 * From now on only a published round is shown to viewers and the public (docs/security.md,
 * Rounds). Rounds already holding data when this runs were public until now: they are recorded as
 * published, so an upgrade hides nothing that was shown. A round loaded later by an operator is
 * shown once `himap round publish` says so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
		INSERT INTO rounds (year, state, changed_at, changed_by)
		SELECT DISTINCT year, 'published', ${new Date().toISOString()}, 'upgrade'
		FROM responses
		WHERE year NOT IN (SELECT year FROM rounds)`.execute(db);
}

export async function down(): Promise<void> {}
