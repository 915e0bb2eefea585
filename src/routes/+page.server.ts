import { appDatabase } from '$lib/server/app-database';
import { roundTrend, roundView, servedMethod } from '$lib/server/dashboard-service';
import { roundsWithData } from '$lib/server/score-service';
import { chosenMethod, chosenYear, chosenScore } from '$lib/server/view-params';
import { DEFAULT_METHOD, methodKey } from '$lib/scoring/method';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const database = await appDatabase();
	const years = await roundsWithData(database);
	const year = chosenYear(url, years);
	const dimension = chosenScore(url);
	const { method, notScored } = await servedMethod(database, year, chosenMethod(url));
	if (year === null)
		return { years, year, dimension, method, notScored: null, view: null, previous: null, trend: [] };
	const previousYear = years.find((y) => y < year) ?? null;
	const view = await roundView(database, year, { method, withIntervals: true });
	// The rank intervals arrive later: this page is not the one to keep.
	locals.partial = view !== null && !view.withIntervals && view.method === methodKey(DEFAULT_METHOD);
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
