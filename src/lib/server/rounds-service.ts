/** What each survey round holds: current respondents per survey, and which rounds are scored. */
import type { Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { roundYears } from './db/responses.repository.ts';
import { runsOf } from './db/runs.repository.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';

export interface RoundCount {
	year: number;
	survey: string;
	respondents: number;
}

/** Current, approved respondents per published round and survey, newest first: those the figures count. */
export async function roundCounts({ db }: HimapDatabase): Promise<RoundCount[]> {
	const rows = await db
		.selectFrom('responses')
		.where('year', 'in', (eb) => eb.selectFrom('rounds').select('year').where('state', '=', 'published'))
		.where('submission_id', 'in', (eb) =>
			eb.selectFrom('submissions').select('id').where('status', '=', 'approved')
		)
		.select(['year', 'survey', (eb) => eb.fn.countAll<number>().as('respondents')])
		.where('superseded_by', 'is', null)
		.groupBy(['year', 'survey'])
		.orderBy('year', 'desc')
		.orderBy('survey', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, respondents: Number(r.respondents) }));
}

/** Whether the data came from the demo generator: then every page says it is synthetic. */
export async function isDemoData({ db }: Pick<HimapDatabase, 'db'>): Promise<boolean> {
	const row = await db
		.selectFrom('submissions')
		.select('id')
		.where('submitted_by', '=', 'demo')
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** Rounds that have been published: the only ones the dashboard and the public API show. */
export async function publishedYears({ db }: Pick<HimapDatabase, 'db'>): Promise<Set<number>> {
	const rows = await db.selectFrom('rounds').select('year').where('state', '=', 'published').execute();
	return new Set(rows.map((r) => r.year));
}

/** Rounds that hold responses, newest first. */
export const roundsWithData = ({ db }: HimapDatabase) => roundYears(db);

/**
 * Rounds that can be shown under a method, newest first: published ones with a stored run of it
 * (current or being brought up to date). A round not yet scored or not published is not among them.
 */
export async function roundsScoredWith(
	database: HimapDatabase,
	method: Method = DEFAULT_METHOD,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<number[]> {
	const withData = new Set(await roundsWithData(database));
	const published = await publishedYears(database);
	return (await runsOf(database.db, framework, method))
		.filter((r) => r.readable && withData.has(r.year) && published.has(r.year))
		.map((r) => r.year);
}
