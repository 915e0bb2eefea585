/** Submissions (uploaded files) and the audit log entries that go with them. */
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { Database, NewSubmission, Submission } from './schema.ts';

export async function create(trx: Transaction<Database>, submission: NewSubmission): Promise<number> {
	const { id } = await trx
		.insertInto('submissions')
		.values(submission)
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function complete(
	trx: Transaction<Database>,
	id: number,
	fields: Pick<
		Submission,
		| 'sha256'
		| 'encoding'
		| 'template'
		| 'answer_columns'
		| 'years'
		| 'row_count'
		| 'new_count'
		| 'superseded_count'
		| 'region_code'
	>
): Promise<void> {
	await trx.updateTable('submissions').set(fields).where('id', '=', id).execute();
}

/**
 * Submissions, oldest first: of one round, and inside one region (a code prefix,
 * survey/region-cover.ts `scopePrefix`) when asked — then only those stored whole, which have one.
 */
export async function list(
	db: Kysely<Database>,
	year?: number,
	regionPrefix?: string
): Promise<Submission[]> {
	let q = db.selectFrom('submissions').selectAll();
	if (regionPrefix !== undefined)
		q = q.where('region_code', 'is not', null).where('region_code', 'like', `${regionPrefix}%`);
	if (year !== undefined) q = ofYear(q, year);
	return q.orderBy('id').execute();
}

/** Narrows a query of submissions to those holding rows of `year` (`years` is a comma list; whole entries only). */
export function ofYear<Q extends SelectQueryBuilder<Database, 'submissions', object>>(q: Q, year: number): Q {
	const y = String(year);
	return q.where((eb) =>
		eb.or([
			eb('years', '=', y),
			eb('years', 'like', `${y},%`),
			eb('years', 'like', `%,${y}`),
			eb('years', 'like', `%,${y},%`)
		])
	) as Q;
}

export async function findBySha(db: Kysely<Database>, sha256: string): Promise<Submission | undefined> {
	return db.selectFrom('submissions').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** One line of the audit log (docs/security.md): who did what, about which region and round, from what to what. */
export interface AuditEntry {
	actor: string;
	action: string;
	submission_id: number | null;
	detail: unknown;
	region?: string | null;
	year?: number | null;
	before?: unknown;
	after?: unknown;
}

export async function audit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
	const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
	await trx
		.insertInto('audit_log')
		.values({
			at: new Date().toISOString(),
			actor: entry.actor,
			action: entry.action,
			submission_id: entry.submission_id,
			detail: JSON.stringify(entry.detail),
			region: entry.region ?? null,
			year: entry.year ?? null,
			value_before: json(entry.before),
			value_after: json(entry.after)
		})
		.execute();
}

/** Each submission's answer columns: the key to its responses' answers arrays. */
export async function answerColumnsById(db: Kysely<Database>): Promise<Map<number, string[]>> {
	const rows = await db.selectFrom('submissions').select(['id', 'answer_columns']).execute();
	return new Map(rows.map((r) => [r.id, JSON.parse(r.answer_columns) as string[]]));
}
