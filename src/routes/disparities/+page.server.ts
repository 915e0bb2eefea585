import { SCORE_KEYS, type ScoreKey } from '$lib/analysis/rollup';
import { appDatabase } from '$lib/server/app-database';
import { disparityView } from '$lib/server/dashboard-service';
import { roundsWithData } from '$lib/server/score-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const database = await appDatabase();
	const years = await roundsWithData(database);
	const requested = Number(url.searchParams.get('year'));
	const year = years.includes(requested) ? requested : (years[0] ?? null);
	const d = url.searchParams.get('dimension');
	const dimension: ScoreKey = SCORE_KEYS.includes(d as ScoreKey) ? (d as ScoreKey) : 'composite';
	return {
		years,
		year,
		dimension,
		view: year === null ? null : await disparityView(database, year, dimension)
	};
};
