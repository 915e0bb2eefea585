/**
 * Score runs: one computation of a round under one framework version and method, with each
 * respondent's scores (`scores`) and what was computed from them (`score_run_results`). A run is
 * written whole in one transaction, replacing the run it brings up to date, so a reader sees the
 * old run or the new one and never half of either.
 */
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { BootstrapResult } from '../../analysis/bootstrap.ts';
import type { AuditRow } from '../../analysis/method-audit.ts';
import type { MonteCarloDraws } from '../../analysis/rank-profiles.ts';
import type { RateRow } from '../../analysis/rates.ts';
import type { RoundRollup } from '../../analysis/round-rollup.ts';
import type { RankInterval } from '../../analysis/sensitivity.ts';
import type { Framework } from '../../scoring/framework.ts';
import type { IndicatorTransform } from '../../scoring/indicator-transform.ts';
import { methodKey, type Method } from '../../scoring/method.ts';
import { scoreOf, type ScoredRound } from '../../scoring/score-round.ts';
import { insertScoreRows, type ScoreInsert } from './bulk-insert.ts';
import type { HimapDatabase } from './connect.ts';
import { writerTurn } from './dialect.ts';
import type { Database, ScoreRun } from './schema.ts';

export interface RunKey {
	year: number;
	framework_id: string;
	framework_version: string;
	method: string;
}

export const runKeyOf = (year: number, framework: Framework, method: Method): RunKey => ({
	year,
	framework_id: framework.id,
	framework_version: framework.version,
	method: methodKey(method)
});

/** What a run stores besides the scores. The default method's runs carry them all. */
export interface RunResults {
	/** Provinces, cities and zones. */
	rollup: RoundRollup;
	/** Rank intervals over the Monte Carlo of methods around the run's (the `sensitivity` table). */
	intervals?: RankInterval[];
	/**
	 * Every draw of that Monte Carlo (`sensitivity-draws`, `sensitivity-weights`): megabytes, so
	 * `runWithResults` leaves it out and `runDraws` reads it, for the exports that need it.
	 */
	draws?: MonteCarloDraws;
	/** The method audit (the `audit` table). */
	audit?: AuditRow[];
	/** Yes/no rates by respondent group (the `rates` table). */
	rates?: RateRow[];
	/** Yes/no rates by province (group = province code), for the province and compare pages. */
	provinceRates?: RateRow[];
	/**
	 * How each group's indicators were normalised (the `normalised` and `pillars` tables). Every run
	 * stores it; read on its own (runTransforms), never with the others, which pages read.
	 */
	normalisation?: IndicatorTransform[];
	/** Bootstrap intervals of every province's and city's scores (the `bootstrap` table); every method's run. */
	bootstrap?: BootstrapResult;
}

/**
 * The kind a result is stored under. A kind is renamed when what it holds changes meaning, so that
 * runs stored before are no longer `readable` and are scored again: `rollup_2` since provinces and
 * cities with too few respondents are left unranked; `rollup_3` since every method's run holds its
 * audit (with the items alpha dropped) and the research outputs of docs/methodology.md §6;
 * `rollup_4` since every run carries the bootstrap of its provinces' and cities' scores beside its
 * roll-up (runs stored before have none, so they are scored again); `rollup_5` since every
 * method's run holds its rank intervals and their Monte Carlo draws (§6.2).
 */
const KINDS: Record<keyof RunResults, string> = {
	rollup: 'rollup_5',
	intervals: 'intervals',
	draws: 'draws',
	audit: 'audit',
	rates: 'rates',
	provinceRates: 'province_rates',
	normalisation: 'normalisation',
	bootstrap: 'bootstrap'
};
const FIELD_OF_KIND = new Map(
	Object.entries(KINDS).map(([field, kind]) => [kind, field as keyof RunResults])
);

type Reader = Kysely<Database> | Transaction<Database>;

/** Results too large to read with the others (pages read those): each has a reader of its own. */
type LazyField = 'draws' | 'normalisation';
const LAZY = [KINDS.draws, KINDS.normalisation];

function whereKey(db: Reader, key: RunKey) {
	return db
		.selectFrom('score_runs')
		.where('year', '=', key.year)
		.where('framework_id', '=', key.framework_id)
		.where('framework_version', '=', key.framework_version)
		.where('method', '=', key.method);
}

/**
 * Whether a run holds its results: one stored by a version of HIMAP before them (or before it
 * stored its normalisation) does not, and is scored again.
 */
const readable = (eb: ExpressionBuilder<Database, 'score_runs'>) => {
	const has = (kind: string) =>
		eb.exists(
			eb
				.selectFrom('score_run_results as x')
				.select('x.run_id')
				.whereRef('x.run_id', '=', 'score_runs.id')
				.where('x.kind', '=', kind)
		);
	return eb.and([has(KINDS.rollup), has(KINDS.normalisation)]).as('readable');
};

/** The run of a key, and whether it can be read (see `readable`). */
export async function findRun(
	db: Reader,
	key: RunKey
): Promise<(ScoreRun & { readable: boolean }) | undefined> {
	const run = await whereKey(db, key).selectAll().select(readable).executeTakeFirst();
	return run && { ...run, readable: Boolean(run.readable) };
}

/** The runs of a framework version, newest round first, of one method or all, and whether each can be read. */
export async function runsOf(
	db: Reader,
	framework: Framework,
	method?: Method
): Promise<(ScoreRun & { readable: boolean })[]> {
	let q = db
		.selectFrom('score_runs')
		.selectAll()
		.select(readable)
		.where('framework_id', '=', framework.id)
		.where('framework_version', '=', framework.version);
	if (method) q = q.where('method', '=', methodKey(method));
	const rows = await q.orderBy('year', 'desc').execute();
	return rows.map((r) => ({ ...r, readable: Boolean(r.readable) }));
}

/**
 * The run of a key together with its results, read in one statement: a run replaced between two
 * queries cannot leave a reader with one run's row and nothing of its results.
 */
export async function runWithResults(
	db: Reader,
	key: RunKey
): Promise<{ run: ScoreRun; results: RunResults } | null> {
	const rows = await whereKey(db, key)
		.leftJoin('score_run_results as x', (join) =>
			join.onRef('x.run_id', '=', 'score_runs.id').on('x.kind', 'not in', LAZY)
		)
		.selectAll('score_runs')
		.select(['x.kind', 'x.body'])
		.execute();
	if (rows.length === 0) return null;
	const { kind: _kind, body: _body, ...run } = rows[0];
	const results: Partial<RunResults> = {};
	for (const r of rows) {
		const field = r.kind ? FIELD_OF_KIND.get(r.kind) : undefined;
		if (field) (results as Record<string, unknown>)[field] = JSON.parse(r.body!);
	}
	return results.rollup ? { run, results: results as RunResults } : null;
}

/** One result read on its own (the kinds in LAZY); undefined for a run stored without it. */
async function lazyResult<F extends LazyField>(db: Reader, runId: number, field: F): Promise<RunResults[F]> {
	const row = await db
		.selectFrom('score_run_results')
		.select('body')
		.where('run_id', '=', runId)
		.where('kind', '=', KINDS[field])
		.executeTakeFirst();
	return row && JSON.parse(row.body);
}

/** A run's Monte Carlo draws (RunResults.draws); undefined for a run stored without them. */
export const runDraws = (db: Reader, runId: number) => lazyResult(db, runId, 'draws');

/** A run's normalisation (RunResults.normalisation): empty for a run stored before it was kept. */
export async function runTransforms(db: Reader, runId: number): Promise<IndicatorTransform[]> {
	return (await lazyResult(db, runId, 'normalisation')) ?? [];
}

export interface NewRun extends RunKey {
	source_max_response_id: number;
	source_review_seq: number;
	report: string;
}

const INSERT_BATCH = 250;

/**
 * Stores a run with its scores and results, replacing the run of the same key, in one
 * transaction. The old run is renamed out of the way before the new one is written, then deleted
 * (its scores and results go with it): the new run's id is always larger than any before it, so
 * the newest run id names the state of the scores (page-cache.ts), even on SQLite, which would
 * otherwise hand a deleted largest id to the next row.
 */
export async function storeRun(
	database: HimapDatabase,
	run: NewRun,
	scored: ScoredRound,
	results: RunResults
): Promise<ScoreRun> {
	const endTurn = await writerTurn(database);
	try {
		return await database.db
			.transaction()
			.execute(async (trx) => writeRun(trx, database, run, scored, results));
	} finally {
		endTurn();
	}
}

async function writeRun(
	trx: Transaction<Database>,
	database: HimapDatabase,
	run: NewRun,
	scored: ScoredRound,
	results: RunResults
): Promise<ScoreRun> {
	const old = await findRun(trx, run);
	if (old)
		await trx
			.updateTable('score_runs')
			.set({ method: `${old.method}#replaced` })
			.where('id', '=', old.id)
			.execute();
	const stored = await trx
		.insertInto('score_runs')
		.values({
			...run,
			respondents: scored.respondents,
			flagged: scored.flagged,
			computed_at: new Date().toISOString()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	let batch: ScoreInsert[] = [];
	for (const g of scored.groups) {
		for (let k = 0; k < g.ids.length; k++) {
			batch.push({ responseId: g.ids[k], group: g.group, regionCode: g.regions[k], ...scoreOf(g, k) });
			if (batch.length < INSERT_BATCH) continue;
			await insertScoreRows(trx, database, stored.id, batch);
			batch = [];
		}
	}
	await insertScoreRows(trx, database, stored.id, batch);
	const rows = Object.entries(results).flatMap(([field, body]) =>
		body === undefined
			? []
			: [{ run_id: stored.id, kind: KINDS[field as keyof RunResults], body: JSON.stringify(body) }]
	);
	if (rows.length) await trx.insertInto('score_run_results').values(rows).execute();
	if (old) await trx.deleteFrom('score_runs').where('id', '=', old.id).execute();
	return stored;
}

/**
 * Removes the run of a key (its scores and results go with it): its round's data all went back for
 * review, so the round has no figures until a reviewer approves some again.
 */
export async function dropRun(database: HimapDatabase, key: RunKey): Promise<void> {
	const endTurn = await writerTurn(database);
	try {
		await database.db
			.deleteFrom('score_runs')
			.where('year', '=', key.year)
			.where('framework_id', '=', key.framework_id)
			.where('framework_version', '=', key.framework_version)
			.where('method', '=', key.method)
			.execute();
	} finally {
		endTurn();
	}
}
