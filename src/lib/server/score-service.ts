/**
 * Keeps stored scores consistent with the data. A score run remembers the newest response id of
 * its round; reading scores first recomputes any run that an import or supersede has made stale,
 * so imports stay fast and no reader ever sees old scores.
 */
import { sql, type Transaction } from 'kysely';
import type { Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import { scoreRespondents, type ScoringInput } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import { insertScoreRows } from './db/bulk-insert.ts';
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
	const { ids, regions, inputs } = await loadScoringInputs(trx, year);
	const { scores, report } = scoreRespondents(framework, inputs, method);
	const flagged = scores.filter((s) => s.flag).length;
	const run = await trx
		.insertInto('score_runs')
		.values({
			...key,
			source_max_response_id: newest,
			respondents: scores.length,
			flagged,
			report: JSON.stringify(report),
			computed_at: new Date().toISOString()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	for (let i = 0; i < scores.length; i += INSERT_BATCH) {
		const batch = scores.slice(i, i + INSERT_BATCH).map((s, k) => ({
			responseId: ids[i + k],
			group: inputs[i + k].group,
			regionCode: regions[i + k],
			...s
		}));
		await insertScoreRows(trx, database, run.id, batch);
	}
	return run;
}

export interface ScoringInputs {
	ids: number[];
	regions: string[];
	inputs: ScoringInput[];
}

/** The current responses of a round, parsed for scoring, in id order. */
export async function loadScoringInputs(
	db: Transaction<Database> | HimapDatabase['db'],
	year: number
): Promise<ScoringInputs> {
	const out: ScoringInputs = { ids: [], regions: [], inputs: [] };
	// Keyset pages: never the whole round as query rows at once, on either database.
	for (let after = 0; ;) {
		const page = await db
			.selectFrom('responses')
			.select(['id', 'respondent_group', 'region_code', 'answers'])
			.where('year', '=', year)
			.where('superseded_by', 'is', null)
			.where('id', '>', after)
			.orderBy('id')
			.limit(PAGE)
			.execute();
		for (const r of page) {
			out.ids.push(r.id);
			out.regions.push(r.region_code);
			out.inputs.push({ group: r.respondent_group as RespondentGroup, answers: JSON.parse(r.answers) });
		}
		if (page.length < PAGE) return out;
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
