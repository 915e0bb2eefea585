/** Responses: every version of every respondent's answers. */
import type { Kysely, Transaction } from 'kysely';
import type { Identity } from '../../survey/identity.ts';
import type { RespondentGroup, TemplateId } from '../../survey/templates.ts';
import { decodeAnswers } from '../../survey/answers-codec.ts';
import type { DialectName } from './connect.ts';
import { placeholder, raw } from './dialect.ts';
import type { Database, ResponseRow } from './schema.ts';
import { answerColumnsById } from './submissions.repository.ts';

/** Whether a round already has current responses; if not, an import into it supersedes nothing. */
export async function roundHasResponses(trx: Transaction<Database>, year: number): Promise<boolean> {
	const row = await trx
		.selectFrom('responses')
		.select('id')
		.where('year', '=', year)
		.where('superseded_by', 'is', null)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** A respondent's current version: who it is, its row id, and where its submission stands in review. */
export interface CurrentVersion {
	id: number;
	identity: Identity;
	submissionId: number;
	status: string;
}

/** The current version of each of these respondents of a round that has one. */
export async function currentVersions(
	trx: Transaction<Database>,
	dialect: DialectName,
	year: number,
	respondentIds: readonly string[]
): Promise<Map<string, CurrentVersion>> {
	const marks = respondentIds.map((_, i) => placeholder(dialect, i + 1)).join(',');
	const { rows } = await raw(
		trx,
		`select r.id, r.respondent_id, r.survey, r.respondent_group, r.region_code, r.name, r.submission_id, s.status from responses r join submissions s on s.id = r.submission_id where r.superseded_by is null and r.year = ${placeholder(dialect, 0)} and r.respondent_id in (${marks})`,
		[year, ...respondentIds]
	);
	const found = new Map<string, CurrentVersion>();
	for (const r of rows as VersionRow[]) found.set(r.respondent_id, currentVersionOf(r, year));
	return found;
}

/** A current version's row as read with its submission's status (currentVersions, preview.repository.ts). */
export type VersionRow = Pick<
	ResponseRow,
	'id' | 'respondent_id' | 'survey' | 'respondent_group' | 'region_code' | 'name' | 'submission_id'
> & { status: string };

export function currentVersionOf(r: VersionRow, year: number): CurrentVersion {
	return {
		id: r.id,
		submissionId: r.submission_id,
		status: r.status,
		identity: {
			respondentId: r.respondent_id,
			year,
			survey: r.survey as TemplateId,
			group: r.respondent_group as RespondentGroup,
			regionCode: r.region_code,
			name: r.name
		}
	};
}

/** Marks these versions as superseded by a submission; returns how many. */
export async function supersede(
	trx: Transaction<Database>,
	submissionId: number,
	responseIds: readonly number[]
): Promise<number> {
	if (responseIds.length === 0) return 0;
	const result = await trx
		.updateTable('responses')
		.set({ superseded_by: submissionId })
		.where('id', 'in', responseIds)
		.where('superseded_by', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export type StoredResponse = Omit<ResponseRow, 'answers'> & { answers: Record<string, number> };

/** The current version of every response in a round (or all rounds), answers decoded. */
export async function currentResponses(db: Kysely<Database>, year?: number): Promise<StoredResponse[]> {
	const columns = await answerColumnsById(db);
	let q = db.selectFrom('responses').selectAll().where('superseded_by', 'is', null);
	if (year !== undefined) q = q.where('year', '=', year);
	const rows = await q.orderBy('year').orderBy('survey').orderBy('respondent_id').execute();
	return rows.map((r) => ({ ...r, answers: decodeAnswers(r.answers, columns.get(r.submission_id)!) }));
}

/**
 * Rounds that hold responses, newest first: read from the submissions (a few rows per file), not
 * from the responses (millions). A stored submission always holds rows of each year it lists.
 */
export async function roundYears(db: Kysely<Database>, only: { approved?: boolean } = {}): Promise<number[]> {
	let q = db.selectFrom('submissions').select('years').where('row_count', '>', 0);
	if (only.approved) q = q.where('status', '=', 'approved');
	const rows = await q.execute();
	const years = new Set(rows.flatMap((r) => r.years.split(',').filter(Boolean).map(Number)));
	return [...years].sort((a, b) => b - a);
}

/** Current respondents of each round that has any, by year. */
export async function respondentsByYear(db: Kysely<Database>): Promise<Map<number, number>> {
	const rows = await db
		.selectFrom('responses')
		.select(['year', (eb) => eb.fn.countAll<number | string>().as('n')])
		.where('superseded_by', 'is', null)
		.groupBy('year')
		.execute();
	return new Map(rows.map((r) => [r.year, Number(r.n)]));
}

/** The newest response id of a round (0 for none): a run scored from an older one is stale. */
export async function newestResponseId(
	db: Kysely<Database> | Transaction<Database>,
	year: number
): Promise<number> {
	const row = await db
		.selectFrom('responses')
		.select((eb) => eb.fn.max('id').as('max'))
		.where('year', '=', year)
		.executeTakeFirst();
	return Number(row?.max ?? 0);
}
