/** What each survey round holds: current respondents per survey. */
import type { HimapDatabase } from './db/connect.ts';

export interface RoundCount {
	year: number;
	survey: string;
	respondents: number;
}

export async function roundCounts({ db }: HimapDatabase): Promise<RoundCount[]> {
	const rows = await db
		.selectFrom('responses')
		.select(['year', 'survey', (eb) => eb.fn.countAll<number>().as('respondents')])
		.where('superseded_by', 'is', null)
		.groupBy(['year', 'survey'])
		.orderBy('year', 'desc')
		.orderBy('survey', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, respondents: Number(r.respondents) }));
}

/** Whether the data came from the demo generator: then every page says it is synthetic. */
export async function isDemoData({ db }: HimapDatabase): Promise<boolean> {
	const row = await db
		.selectFrom('submissions')
		.select('id')
		.where('submitted_by', '=', 'demo')
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}
