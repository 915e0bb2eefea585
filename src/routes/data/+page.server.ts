import { appDatabase } from '$lib/server/app-database';
import { EXPORT_TABLE_NAMES } from '$lib/server/export-service';
import { roundCounts } from '$lib/server/rounds-service';
import { chosenYearOrAll } from '$lib/views/query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const rounds = await roundCounts(await appDatabase());
	const years = [...new Set(rounds.map((r) => r.year))];
	return { rounds, years, year: chosenYearOrAll(url, years), tables: EXPORT_TABLE_NAMES };
};
