/**
 * The fastest way each database takes a batch of responses. Kysely's builder costs more per row
 * than the database does at a million rows, so this is the one place that writes SQL by hand:
 * SQLite runs one cached prepared statement per row on the transaction's own connection;
 * PostgreSQL takes the whole batch as one JSON parameter through json_to_recordset.
 */
import type Sqlite from 'better-sqlite3';
import { CompiledQuery, type Transaction } from 'kysely';
import type { SurveyRow } from '../../survey/validator.ts';
import type { HimapDatabase } from './connect.ts';
import type { Database } from './schema.ts';

const COLUMNS =
	'submission_id, year, respondent_id, survey, respondent_group, name, region_code, province_code, answers';

const statements = new WeakMap<Sqlite.Database, Sqlite.Statement>();

function sqliteInsert(handle: Sqlite.Database): Sqlite.Statement {
	let statement = statements.get(handle);
	if (!statement) {
		statement = handle.prepare(`insert into responses (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
		statements.set(handle, statement);
	}
	return statement;
}

// The batch travels as one JSON document: V8 writes JSON natively, where pg would escape every
// element of nine arrays in JavaScript. `a` is json (not jsonb), so ::text returns it verbatim.
const PG_INSERT = `insert into responses (${COLUMNS})
select $1::int, t.y, t.i, $2::text, t.g, t.n, t.r, t.p, t.a::text
from json_to_recordset($3::json) as t(y int, i text, g text, n text, r text, p text, a json)`;

function pgBatch(rows: SurveyRow[]): string {
	const parts = rows.map(
		(r) =>
			`{"y":${r.year},"i":${JSON.stringify(r.respondentId)},"g":"${r.group}","n":${JSON.stringify(r.name)},"r":"${r.regionCode}","p":"${r.provinceCode}","a":${r.answers}}`
	);
	return `[${parts.join(',')}]`;
}

/** Must run inside `trx`: on SQLite the raw handle is the connection `trx` holds. */
export async function insertResponseRows(
	trx: Transaction<Database>,
	database: HimapDatabase,
	submissionId: number,
	survey: string,
	rows: SurveyRow[]
): Promise<void> {
	if (database.sqlite) {
		const insert = sqliteInsert(database.sqlite);
		for (const r of rows) {
			insert.run(
				submissionId,
				r.year,
				r.respondentId,
				survey,
				r.group,
				r.name,
				r.regionCode,
				r.provinceCode,
				r.answers
			);
		}
		return;
	}
	await trx.executeQuery(CompiledQuery.raw(PG_INSERT, [submissionId, survey, pgBatch(rows)]));
}

export interface ScoreInsert {
	responseId: number;
	group: string;
	regionCode: string;
	governance: number | null;
	infrastructure: number | null;
	application: number | null;
	composite: number | null;
	stage: number | null;
	coverage: number;
	flag: string | null;
}

const SCORE_COLUMNS =
	'run_id, response_id, respondent_group, region_code, governance, infrastructure, application, composite, stage, coverage, flag';
const scoreStatements = new WeakMap<Sqlite.Database, Sqlite.Statement>();

const PG_SCORES = `insert into scores (${SCORE_COLUMNS})
select $1::int, t.r, t.g, t.c, t.gv, t.inf, t.ap, t.cp, t.s, t.cv, t.f
from json_to_recordset($2::json) as t(r int, g text, c text, gv float8, inf float8, ap float8, cp float8, s int, cv float8, f text)`;

/** Inserts one run's scores; same rules as insertResponseRows. */
export async function insertScoreRows(
	trx: Transaction<Database>,
	database: HimapDatabase,
	runId: number,
	rows: ScoreInsert[]
): Promise<void> {
	if (database.sqlite) {
		let insert = scoreStatements.get(database.sqlite);
		if (!insert) {
			insert = database.sqlite.prepare(
				`insert into scores (${SCORE_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			);
			scoreStatements.set(database.sqlite, insert);
		}
		for (const r of rows) {
			insert.run(
				runId,
				r.responseId,
				r.group,
				r.regionCode,
				r.governance,
				r.infrastructure,
				r.application,
				r.composite,
				r.stage,
				r.coverage,
				r.flag
			);
		}
		return;
	}
	const json = JSON.stringify(
		rows.map((r) => ({
			r: r.responseId,
			g: r.group,
			c: r.regionCode,
			gv: r.governance,
			inf: r.infrastructure,
			ap: r.application,
			cp: r.composite,
			s: r.stage,
			cv: r.coverage,
			f: r.flag
		}))
	);
	await trx.executeQuery(CompiledQuery.raw(PG_SCORES, [runId, json]));
}
