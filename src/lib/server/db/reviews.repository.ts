/** Submissions as review sees them: their state, how many of their rows are still current, the queue. */
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Database, Submission } from './schema.ts';
import { ofYear } from './submissions.repository.ts';

export type ReviewedSubmission = Omit<Submission, 'answer_columns'>;

/** A submission with the number of its rows no later submission has replaced. */
export type SubmissionWithRows = ReviewedSubmission & { current_rows: number };

const LISTED = [
	'id',
	'file_name',
	'sha256',
	'encoding',
	'template',
	'years',
	'row_count',
	'new_count',
	'superseded_count',
	'submitted_at',
	'submitted_by',
	'region_code',
	'status',
	'reviewed_by',
	'reviewed_at',
	'review_comment',
	'review_seq'
] as const;

const currentRows = (eb: ExpressionBuilder<Database, 'submissions'>) =>
	eb
		.selectFrom('responses')
		.select((e) => e.fn.countAll<number | string>().as('n'))
		.whereRef('responses.submission_id', '=', 'submissions.id')
		.where('responses.superseded_by', 'is', null)
		.as('current_rows');

export async function findForReview(
	db: Kysely<Database> | Transaction<Database>,
	id: number
): Promise<SubmissionWithRows | undefined> {
	const row = await db
		.selectFrom('submissions')
		.select([...LISTED, currentRows])
		.where('id', '=', id)
		.where('region_code', 'is not', null)
		.executeTakeFirst();
	return row && { ...row, current_rows: Number(row.current_rows ?? 0) };
}

/** Sets a submission's review state with the next review sequence number; returns it as stored. */
export async function setState(
	trx: Transaction<Database>,
	id: number,
	change: Pick<Submission, 'status' | 'reviewed_by' | 'reviewed_at' | 'review_comment'>
): Promise<ReviewedSubmission> {
	await trx
		.updateTable('submissions')
		.set({
			...change,
			review_seq: sql<number>`(select coalesce(max(review_seq), 0) + 1 from submissions)`
		})
		.where('id', '=', id)
		.execute();
	return trx.selectFrom('submissions').select(LISTED).where('id', '=', id).executeTakeFirstOrThrow();
}

export interface QueueFilter {
	/** A region code prefix (survey/region-cover.ts `scopePrefix`): submissions inside it. */
	regionPrefix: string;
	status?: string;
	year?: number;
}

/** Submissions inside a region, newest first, with their current rows (those with none left out unless approved or returned). */
export async function queue(db: Kysely<Database>, filter: QueueFilter): Promise<SubmissionWithRows[]> {
	let q = db
		.selectFrom('submissions')
		.select([...LISTED, currentRows])
		.where('region_code', 'is not', null)
		.where('region_code', 'like', `${filter.regionPrefix}%`)
		.where('row_count', '>', 0);
	if (filter.status) q = q.where('status', '=', filter.status);
	if (filter.year !== undefined) q = ofYear(q, filter.year);
	const rows = await q.orderBy('id', 'desc').limit(1000).execute();
	return rows.map((r) => ({ ...r, current_rows: Number(r.current_rows ?? 0) }));
}

/** One row of a submission as its reviewer reads it, with its composite in the round's default run when scored. */
export interface SubmittedRow {
	response_id: number;
	year: number;
	respondent_id: string;
	name: string;
	respondent_group: string;
	region_code: string;
	/** The submission that replaced this row; null while it is current. */
	superseded_by: number | null;
	composite: number | null;
	stage: number | null;
}

/** A submission's rows (the first `limit`, by respondent), each with its scores in the run given per round. */
export async function rowsOf(
	db: Kysely<Database>,
	submissionId: number,
	runByYear: ReadonlyMap<number, number>,
	limit = 500
): Promise<SubmittedRow[]> {
	const rows = await db
		.selectFrom('responses')
		.select(['id', 'year', 'respondent_id', 'name', 'respondent_group', 'region_code', 'superseded_by'])
		.where('submission_id', '=', submissionId)
		.orderBy('year')
		.orderBy('respondent_id')
		.limit(limit)
		.execute();
	const runs = [...new Set(runByYear.values())];
	const scores =
		runs.length === 0 || rows.length === 0
			? []
			: await db
					.selectFrom('scores')
					.select(['response_id', 'composite', 'stage'])
					.where('run_id', 'in', runs)
					.where(
						'response_id',
						'in',
						rows.map((r) => r.id)
					)
					.execute();
	const byResponse = new Map(scores.map((s) => [s.response_id, s]));
	return rows.map(({ id, ...r }) => ({
		response_id: id,
		...r,
		composite: byResponse.get(id)?.composite ?? null,
		stage: byResponse.get(id)?.stage ?? null
	}));
}
