/**
 * Keeps stored scores consistent with the data. A score run remembers the newest response id of
 * its round; reading scores first recomputes any run that an import or supersede has made stale,
 * so imports stay fast and no reader ever sees old scores.
 */
import { sql, type Transaction } from 'kysely';
import type { Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import { ColumnsBuilder, type GroupColumns } from '../scoring/columns.ts';
import { scoreGroup, type ScoringReport } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { decodeAnswers } from '../survey/validator.ts';
import { insertScoreRows, type ScoreInsert } from './db/bulk-insert.ts';
import { answerColumnsById } from './db/submissions.repository.ts';
import type { HimapDatabase } from './db/connect.ts';
import type { Database, ScoreRun } from './db/schema.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';

const PAGE = 20_000;
const INSERT_BATCH = 250;

async function newestResponseId(
	db: Transaction<Database> | HimapDatabase['db'],
	year: number
): Promise<number> {
	const row = await db
		.selectFrom('responses')
		.select((eb) => eb.fn.max('id').as('max'))
		.where('year', '=', year)
		.executeTakeFirst();
	return Number(row?.max ?? 0);
}

/** The fresh score run for a round, recomputed first if the data changed since. Null for an empty round. */
export async function freshRun(
	database: HimapDatabase,
	year: number,
	method: Method = DEFAULT_METHOD,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<ScoreRun | null> {
	const key = {
		year,
		framework_id: framework.id,
		framework_version: framework.version,
		method: methodKey(method)
	};
	const find = (db: Transaction<Database> | HimapDatabase['db']) =>
		db
			.selectFrom('score_runs')
			.selectAll()
			.where('year', '=', key.year)
			.where('framework_id', '=', key.framework_id)
			.where('framework_version', '=', key.framework_version)
			.where('method', '=', key.method)
			.executeTakeFirst();
	const newest = await newestResponseId(database.db, year);
	if (newest === 0) return null;
	const run = await find(database.db);
	if (run && run.source_max_response_id === newest) return run;
	return database.db.transaction().execute(async (trx) => {
		if (database.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${0x53434f52})`.execute(trx);
		// Someone else may have recomputed while we waited for the lock.
		const current = await newestResponseId(trx, year);
		const again = await find(trx);
		if (again && again.source_max_response_id === current) return again;
		if (again) {
			await trx.deleteFrom('scores').where('run_id', '=', again.id).execute();
			await trx.deleteFrom('score_runs').where('id', '=', again.id).execute();
		}
		return computeRun(trx, database, year, current, framework, method, key);
	});
}

async function computeRun(
	trx: Transaction<Database>,
	database: HimapDatabase,
	year: number,
	newest: number,
	framework: Framework,
	method: Method,
	key: { year: number; framework_id: string; framework_version: string; method: string }
): Promise<ScoreRun> {
	const groups = await loadGroupColumns(trx, year, framework);
	const report: ScoringReport = { outliers: [], weights: {} };
	// Plan every group first: the run row records the report (weights, outlier treatments).
	const scorers = groups.map((g) => scoreGroup(framework, g.group, g, method, report));
	const respondents = groups.reduce((n, g) => n + g.ids.length, 0);
	const run = await trx
		.insertInto('score_runs')
		.values({
			...key,
			source_max_response_id: newest,
			respondents,
			flagged: 0,
			report: JSON.stringify(report),
			computed_at: new Date().toISOString()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	// Scores go out in batches as they are computed: a million score objects never exist at once.
	let flagged = 0;
	let batch: ScoreInsert[] = [];
	for (const [i, g] of groups.entries()) {
		for (let k = 0; k < g.ids.length; k++) {
			const score = scorers[i](k);
			if (score.flag) flagged++;
			batch.push({ responseId: g.ids[k], group: g.group, regionCode: g.regions[k], ...score });
			if (batch.length === INSERT_BATCH) {
				await insertScoreRows(trx, database, run.id, batch);
				batch = [];
			}
		}
	}
	await insertScoreRows(trx, database, run.id, batch);
	await trx.updateTable('score_runs').set({ flagged }).where('id', '=', run.id).execute();
	run.flagged = flagged;
	return run;
}

/**
 * The current responses of a round as per-group columns (see scoring/columns.ts), read in keyset
 * pages so neither the query rows nor the parsed answers of a whole round exist at once.
 */
export async function loadGroupColumns(
	db: Transaction<Database> | HimapDatabase['db'],
	year: number,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<GroupColumns[]> {
	const builder = new ColumnsBuilder(framework);
	const columns = await answerColumnsById(db);
	for (let after = 0; ;) {
		const page = await db
			.selectFrom('responses')
			.select(['id', 'submission_id', 'respondent_group', 'region_code', 'answers'])
			.where('year', '=', year)
			.where('superseded_by', 'is', null)
			.where('id', '>', after)
			.orderBy('id')
			.limit(PAGE)
			.execute();
		for (const r of page) {
			const answers = decodeAnswers(r.answers, columns.get(r.submission_id)!);
			builder.add(r.id, r.region_code, r.respondent_group as RespondentGroup, answers);
		}
		if (page.length < PAGE) return builder.build();
		after = page[page.length - 1].id;
	}
}

/** Rounds that hold responses, newest first. */
export async function roundsWithData(database: HimapDatabase): Promise<number[]> {
	const rows = await database.db
		.selectFrom('responses')
		.select('year')
		.distinct()
		.orderBy('year', 'desc')
		.execute();
	return rows.map((r) => r.year);
}

/**
 * Rounds that may be shown under a method, newest first: every round with data for the default
 * method (scored on read); for another, only rounds someone scored with it (`himap score`), so a
 * page view never starts scoring whole rounds under an arbitrary method.
 */
export async function roundsScoredWith(
	database: HimapDatabase,
	method: Method,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<number[]> {
	const withData = await roundsWithData(database);
	if (methodKey(method) === methodKey(DEFAULT_METHOD)) return withData;
	const rows = await database.db
		.selectFrom('score_runs')
		.select('year')
		.where('framework_id', '=', framework.id)
		.where('framework_version', '=', framework.version)
		.where('method', '=', methodKey(method))
		.execute();
	const scored = new Set(rows.map((r) => r.year));
	return withData.filter((y) => scored.has(y));
}
