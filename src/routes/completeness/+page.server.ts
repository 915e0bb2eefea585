import { error } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { completenessScope, mayViewCompleteness } from '$lib/server/auth/completeness-access';
import { NATIONAL_REGION } from '$lib/server/auth/roles';
import { completenessReport, completenessRounds } from '$lib/server/completeness-service';
import { REGIONS } from '$lib/server/region-reference';
import { completenessPage } from '$lib/views/completeness';
import type { PageServerLoad } from './$types';

// Signed-in only (auth/route-access.ts) and never kept by the page cache: it differs by caller.
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const caller = event.locals.principal;
	const may = mayViewCompleteness(caller);
	if (!may.allowed || !caller) error(may.allowed ? 401 : may.status, may.allowed ? '' : may.reason);
	const database = await appDatabase();
	const { rounds, preferred } = await completenessRounds(database);
	const asked = Number(event.url.searchParams.get('year'));
	const year = rounds.some((r) => r.year === asked) ? asked : preferred;
	if (year === null) return { page: null };
	const scope = completenessScope(caller, event.url.searchParams.get('province'), REGIONS);
	const report = await completenessReport(database, year, scope);
	const locale = event.locals.locale;
	const mayWiden = caller.role === 'admin' || caller.region === NATIONAL_REGION;
	return { page: completenessPage(report, rounds, MESSAGES[locale], locale, REGIONS, mayWiden) };
};
