import { appDatabase } from '$lib/server/app-database';
import { servedMethod } from '$lib/server/dashboard-service';
import { disparityView } from '$lib/server/disparity-service';
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
	return {
		years,
		year,
		dimension,
		method,
		notScored: notScored && methodKey(notScored),
		view: year === null ? null : await disparityView(database, year, dimension, method)
	};
};
