import { error } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { mayListSubmissions, maySubmitAtAll } from '$lib/server/auth/permissions';
import { regionNames } from '$lib/server/region-reference';
import { visibleSubmissions } from '$lib/server/submission-service';
import { submissionLines } from '$lib/views/submission-lists';
import type { PageServerLoad } from './$types';

// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const caller = event.locals.principal!;
	const allowed = mayListSubmissions(caller);
	if (!allowed.allowed) error(allowed.status, allowed.reason);
	// Newest first: the unit looks for what it sent last and what came back.
	const rows = (await visibleSubmissions(await appDatabase(), caller)).reverse();
	const { locale } = event.locals;
	return {
		maySubmit: maySubmitAtAll(caller).allowed,
		lines: submissionLines(MESSAGES[locale], locale, regionNames(rows.map((s) => s.region_code)), rows)
	};
};
