import { appDatabase } from '$lib/server/app-database';
import { EXPORT_TABLE_NAMES } from '$lib/server/export-service';
import { exportProvenance } from '$lib/server/exports/provenance';
import { DEFAULT_METHOD } from '$lib/scoring/method';
import { roundCounts } from '$lib/server/rounds-service';
import { chosenYearOrAll } from '$lib/views/query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const rounds = await roundCounts(await appDatabase());
	const years = [...new Set(rounds.map((r) => r.year))];
	// The page's downloads are of the default method: the citation names it, with this HIMAP's version and commit.
	const citation = exportProvenance(DEFAULT_METHOD, []);
	return { rounds, years, year: chosenYearOrAll(url, years), tables: EXPORT_TABLE_NAMES, citation };
};
