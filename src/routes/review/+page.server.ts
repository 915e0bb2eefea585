import { error } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { regionNames } from '$lib/server/region-reference';
import { reviewQueue } from '$lib/server/review-queue-service';
import { roundStates } from '$lib/server/round-state-service';
import { queueFilter, submissionLines } from '$lib/views/submission-lists';
import type { PageServerLoad } from './$types';

// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const caller = event.locals.principal!;
	if (caller.role !== 'reviewer' && caller.role !== 'admin')
		error(403, `a ${caller.role} does not review submissions; reviewers and admins do`);
	const database = await appDatabase();
	const filter = queueFilter(event.url.searchParams);
	const queue = await reviewQueue(database, caller, filter);
	const { locale } = event.locals;
	return {
		filter: { status: filter.status, year: filter.year ?? null },
		years: (await roundStates(database)).map((r) => r.year),
		lines: submissionLines(MESSAGES[locale], locale, regionNames(queue.map((s) => s.region_code)), queue)
	};
};
