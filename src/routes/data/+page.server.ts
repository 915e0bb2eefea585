import { appDatabase } from '$lib/server/app-database';
import { EXPORT_TABLE_NAMES } from '$lib/server/export-service';
import { roundCounts } from '$lib/server/rounds-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const rounds = await roundCounts(await appDatabase());
	const years = [...new Set(rounds.map((r) => r.year))];
	const requested = Number(url.searchParams.get('year'));
	return { rounds, years, year: years.includes(requested) ? requested : null, tables: EXPORT_TABLE_NAMES };
};
