import { app } from '$lib/server/app-database';
import { mayViewCompleteness } from '$lib/server/auth/completeness-access';
import { isDemoData } from '$lib/server/rounds-service';
import { scoresStatus } from '$lib/server/scores-status';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const application = await app();
	return {
		locale: locals.locale,
		demo: await isDemoData(application.database),
		scores: await scoresStatus(application),
		// Known only where the caller is (signed-in pages): a cached public page never shows the link.
		completeness: mayViewCompleteness(locals.principal).allowed
	};
};
