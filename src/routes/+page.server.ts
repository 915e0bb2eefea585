import { appDatabase } from '$lib/server/app-database';
import { roundTrend, roundView, servedMethod } from '$lib/server/dashboard-service';
import { roundsScoredWith } from '$lib/server/rounds-service';
import { chosenMethod, chosenYear, chosenScore } from '$lib/server/view-params';
import { methodKey } from '$lib/scoring/method';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const database = await appDatabase();
	const years = await roundsScoredWith(database);
	const year = chosenYear(url, years);
	const dimension = chosenScore(url);
	const { method, notScored } = await servedMethod(database, year, chosenMethod(url));
	if (year === null)
		return { years, year, dimension, method, notScored: null, view: null, previous: null, trend: [] };
	const previousYear = years.find((y) => y < year) ?? null;
	const view = await roundView(database, year, { method });
	const previous = previousYear === null ? null : await roundView(database, previousYear, { method });
	// Only what the page draws goes into the HTML: not the cities, not the previous round's tables.
	return {
		years,
		year,
		dimension,
		method,
		notScored: notScored && methodKey(notScored),
		view: view && { ...view, cities: [] },
		previous: previous && { year: previous.year, national: previous.national },
		trend: await roundTrend(database, method)
	};
};
