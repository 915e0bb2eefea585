import { appDatabase } from '$lib/server/app-database';
import { roundView } from '$lib/server/dashboard-service';
import { roundsWithData } from '$lib/server/score-service';
import { chosenYear, chosenScore } from '$lib/server/view-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const database = await appDatabase();
	const years = await roundsWithData(database);
	const year = chosenYear(url, years);
	const dimension = chosenScore(url);
	if (year === null) return { years, year, dimension, view: null, previous: null };
	const previousYear = years.find((y) => y < year) ?? null;
	return {
		years,
		year,
		dimension,
		view: await roundView(database, year, { withIntervals: true }),
		previous: previousYear === null ? null : await roundView(database, previousYear)
	};
};
