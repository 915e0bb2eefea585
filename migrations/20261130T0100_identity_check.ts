import { sql, type Kysely } from 'kysely';

/**
 * One identity per respondent (src/lib/survey/identity.ts): from this version on, an import
 * refuses a respondent_id that names a unit of the other survey in the same round, and a move to
 * another region or level without --allow-move. Data stored before may already hold such a clash
 * (a hospital row that superseded a provincial commission). This checks every round once and
 * records each clash in the audit log (action `identity-conflict`) for an operator to resolve; it
 * changes no answer, since only the submitter knows which of the two units the id belongs to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	// SQLite migrations run without a transaction: a check cut short and run again adds nothing twice.
	const { rows: done } =
		await sql`select 1 from audit_log where action = 'identity-conflict' and actor = 'migration' limit 1`.execute(
			db
		);
	if (done.length) return;
	const { rows } = await sql<{ year: number; respondent_id: string; surveys: string }>`
		select year, respondent_id, min(survey) || ',' || max(survey) as surveys
		from responses group by year, respondent_id having count(distinct survey) > 1`.execute(db);
	const at = new Date().toISOString();
	for (const r of rows) {
		const detail = JSON.stringify({
			year: Number(r.year),
			respondent_id: r.respondent_id,
			surveys: r.surveys.split(','),
			message: `respondent_id ${r.respondent_id} names units of both surveys in ${r.year}; resubmit one of them with an id of its own`
		});
		await sql`insert into audit_log (at, actor, action, submission_id, detail)
			values (${at}, 'migration', 'identity-conflict', null, ${detail})`.execute(db);
	}
}

// A check leaves nothing to undo; the audit log is append-only.
export async function down(): Promise<void> {}
