/** Responses: every version of every respondent's answers. */
import type { Kysely, Transaction } from 'kysely';
import { decodeAnswers, type SurveyRow } from '../../survey/validator.ts';
import type { HimapDatabase } from './connect.ts';
import { placeholder, raw } from './dialect.ts';
import type { Database, ResponseRow } from './schema.ts';
import { insertResponseRows } from './bulk-insert.ts';
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

/**
 * Marks the current versions of these rows' keys as superseded by `submissionId` (only in the
 * rounds listed in `supersedeIn`) and inserts the rows as the new current versions. Returns how
 * many earlier versions were superseded. The rows must be free of duplicate keys (the validator
 * sees to that).
 */
export async function supersedeAndInsert(
	trx: Transaction<Database>,
	database: HimapDatabase,
	submissionId: number,
	survey: string,
	rows: SurveyRow[],
	supersedeIn: ReadonlySet<number>
): Promise<number> {
	const { dialect } = database;
	let superseded = 0;
	const byYear = new Map<number, string[]>();
	for (const r of rows) {
		if (!supersedeIn.has(r.year)) continue;
		const ids = byYear.get(r.year);
		if (ids) ids.push(r.respondentId);
		else byYear.set(r.year, [r.respondentId]);
	}
	for (const [year, ids] of byYear) {
		const marks = ids.map((_, i) => placeholder(dialect, i + 2)).join(',');
		const result = await raw(
			trx,
			`update responses set superseded_by = ${placeholder(dialect, 0)} where superseded_by is null and year = ${placeholder(dialect, 1)} and respondent_id in (${marks})`,
			[submissionId, year, ...ids]
		);
		superseded += Number(result.numAffectedRows ?? 0);
	}
	await insertResponseRows(trx, database, submissionId, survey, rows);
	return superseded;
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
