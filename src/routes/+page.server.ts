import { SCORE_KEYS, type ScoreKey } from '$lib/analysis/rollup';
import { appDatabase } from '$lib/server/app-database';
import { roundView, trends } from '$lib/server/dashboard-service';
import { roundsWithData } from '$lib/server/score-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const database = await appDatabase();
	const years = await roundsWithData(database);
	const requested = Number(url.searchParams.get('year'));
	const year = years.includes(requested) ? requested : (years[0] ?? null);
	const d = url.searchParams.get('dimension');
	const dimension: ScoreKey = SCORE_KEYS.includes(d as ScoreKey) ? (d as ScoreKey) : 'composite';
	if (year === null) return { years, year, dimension, view: null, previous: null, trend: [] };
	const previousYear = years.find((y) => y < year) ?? null;
	return {
		years,
		year,
		dimension,
		view: await roundView(database, year, { withIntervals: true }),
		previous: previousYear === null ? null : await roundView(database, previousYear),
		trend: await trends(database)
	};
};
