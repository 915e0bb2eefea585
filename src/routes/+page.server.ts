import { appDatabase } from '$lib/server/app-database';
import { roundTrend, roundView } from '$lib/server/dashboard-service';
import { roundsWithData } from '$lib/server/score-service';
import { chosenYear, chosenScore } from '$lib/server/view-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const database = await appDatabase();
	const years = await roundsWithData(database);
	const year = chosenYear(url, years);
	const dimension = chosenScore(url);
	if (year === null) return { years, year, dimension, view: null, previous: null, trend: [] };
	const previousYear = years.find((y) => y < year) ?? null;
	const view = await roundView(database, year, { withIntervals: true });
	// The rank intervals arrive later: this page is not the one to keep.
	locals.partial = view !== null && !view.withIntervals;
	const previous = previousYear === null ? null : await roundView(database, previousYear);
	// Only what the page draws goes into the HTML: not the cities, not the previous round's tables.
	return {
		years,
		year,
		dimension,
		view: view && { ...view, cities: [] },
		previous: previous && { year: previous.year, national: previous.national },
		trend: await roundTrend(database)
	};
};
